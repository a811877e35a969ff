// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Signs in administrators. The REST API ({@code /api/v1/}) is stateless: every request carries HTTP
 * Basic credentials, an administrator's or an API key's ({@code keyId:secret}). The console ({@code
 * /console/}) signs in once through {@code SecurityContext.authenticate} from its login page and
 * keeps the name in the HTTP session; the account is read again on every request, so a deleted
 * administrator is signed out and a required password change applies at once.
 */
@ApplicationScoped
public class AdminAuthenticationMechanism implements HttpAuthenticationMechanism {
  public static final String ROLE = "admin";
  static final String SESSION_USER = AdminAuthenticationMechanism.class.getName() + ".user";
  private static final Set<String> GROUPS = Set.of(ROLE);

  @Inject AdminAccounts accounts;
  @Inject ApiKeys apiKeys;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = AdminPaths.of(request);
    try {
      if (AdminPaths.isApi(path)) {
        return api(request, response, context, path);
      }
      Credential credential =
          context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
      if (context.isAuthenticationRequest()
          && credential instanceof UsernamePasswordCredential login) {
        return consoleLogin(request, context, login);
      }
      return console(request, context, path);
    } catch (IOException e) {
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  private AuthenticationStatus api(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String path)
      throws IOException {
    Optional<BasicCredentials> credentials =
        BasicCredentials.parse(request.getHeader("Authorization"));
    if (credentials.isEmpty()) {
      return refuseIfProtected(response, context, "credentials required (HTTP Basic)");
    }
    BasicCredentials basic = credentials.get();
    // the key first: checking it costs one SHA-256, an administrator's password a PBKDF2
    Optional<ApiKeyView> key = apiKeys.verify(basic.user(), basic.password());
    if (key.isPresent()) {
      return context.notifyContainerAboutLogin(key.get().keyId(), GROUPS);
    }
    Optional<AdminAccount> admin = accounts.verify(basic.user(), basic.password().toCharArray());
    if (admin.isPresent()) {
      if (admin.get().mustChangePassword()
          && !AdminPaths.isOwnPasswordChange(request.getMethod(), path, basic.user())) {
        ApiRefusal.passwordChangeRequired(response, basic.user());
        return AuthenticationStatus.SEND_FAILURE;
      }
      return context.notifyContainerAboutLogin(basic.user(), GROUPS);
    }
    return refuseIfProtected(response, context, "wrong user name, password or API key");
  }

  private static AuthenticationStatus refuseIfProtected(
      HttpServletResponse response, HttpMessageContext context, String message) throws IOException {
    if (!context.isProtected()) {
      return context.doNothing();
    }
    ApiRefusal.unauthorized(response, message);
    return AuthenticationStatus.SEND_FAILURE;
  }

  private AuthenticationStatus consoleLogin(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential login) {
    Optional<AdminAccount> admin =
        accounts.verify(login.getCaller(), login.getPassword().getValue());
    if (admin.isEmpty()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    HttpSession session = request.getSession(true);
    request.changeSessionId(); // no session fixation
    session.setAttribute(SESSION_USER, admin.get().username());
    return context.notifyContainerAboutLogin(admin.get().username(), GROUPS);
  }

  private AuthenticationStatus console(
      HttpServletRequest request, HttpMessageContext context, String path) {
    Optional<AdminAccount> admin = sessionAdmin(request);
    if (admin.isPresent()) {
      if (admin.get().mustChangePassword() && !AdminPaths.allowedBeforePasswordChange(path)) {
        return context.redirect(request.getContextPath() + AdminPaths.CHANGE_PASSWORD_PAGE);
      }
      return context.notifyContainerAboutLogin(admin.get().username(), GROUPS);
    }
    if (context.isProtected()) {
      return context.redirect(request.getContextPath() + AdminPaths.LOGIN_PAGE);
    }
    return context.doNothing();
  }

  /** The administrator this session signed in, while the account exists. */
  private Optional<AdminAccount> sessionAdmin(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(SESSION_USER) instanceof String username)) {
      return Optional.empty();
    }
    Optional<AdminAccount> admin = accounts.find(username);
    if (admin.isEmpty()) {
      session.removeAttribute(SESSION_USER);
    }
    return admin;
  }
}
