// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import io.mqttee.admin.security.AdminAccount;
import io.mqttee.admin.security.AdminAccounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The logged-in administrator changes their own password (required after the first login). */
@Named
@RequestScoped
public class ChangePasswordPage {

  @Inject private AdminAccounts accounts;

  @Inject private ConsoleUser user;

  private String oldPassword;
  private String newPassword;
  private String repeated;

  public boolean isRequired() {
    return accounts.find(user.getName()).map(AdminAccount::mustChangePassword).orElse(false);
  }

  public void change() {
    if (newPassword == null || !newPassword.equals(repeated)) {
      FacesFeedback.INSTANCE.error("The new password and its repetition differ.");
      return;
    }
    boolean changed =
        FacesFeedback.INSTANCE.perform(
            () ->
                accounts.changePassword(
                    user.getName(), oldPassword.toCharArray(), newPassword.toCharArray()),
            null);
    if (changed) {
      ConsolePaths.redirect(ConsolePaths.DASHBOARD);
    }
  }

  public String getOldPassword() {
    return oldPassword;
  }

  public void setOldPassword(String oldPassword) {
    this.oldPassword = oldPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
