// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import io.mqttee.admin.security.AdminAccount;
import io.mqttee.admin.security.AdminAccounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The login form: authenticates through the container, then opens the dashboard. */
@Named
@RequestScoped
public class LoginPage {

  @Inject private SecurityContext security;

  @Inject private AdminAccounts accounts;

  private String username;
  private String password;

  public void login() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    switch (status) {
      case SUCCESS -> ConsolePaths.redirect(firstPage());
      case SEND_CONTINUE -> faces.responseComplete();
      default -> FacesFeedback.INSTANCE.error("Wrong user name or password.");
    }
  }

  private String firstPage() {
    boolean mustChange =
        accounts.find(username).map(AdminAccount::mustChangePassword).orElse(false);
    return mustChange ? ConsolePaths.CHANGE_PASSWORD : ConsolePaths.DASHBOARD;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
