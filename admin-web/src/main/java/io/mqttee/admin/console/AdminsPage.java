// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import io.mqttee.admin.security.AdminAccount;
import io.mqttee.admin.security.AdminAccounts;
import io.mqttee.admin.security.ApiKeyView;
import io.mqttee.admin.security.ApiKeys;
import io.mqttee.admin.security.NewApiKey;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Console administrators and API keys; a new key's secret is shown once. */
@Named
@ViewScoped
public class AdminsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private AdminAccounts accounts;

  @Inject private ApiKeys apiKeys;

  @Inject private ConsoleUser user;

  private String newUsername;
  private String newPassword;

  private String resetFor;
  private String resetPassword;

  private String keyName;
  private LocalDateTime keyExpiry;
  private NewApiKey createdKey;

  public List<AdminAccount> getAdmins() {
    return accounts.list();
  }

  public List<ApiKeyView> getKeys() {
    return apiKeys.list();
  }

  public void create() {
    FacesFeedback.INSTANCE.attempt(
        () -> accounts.create(Blanks.toNull(newUsername), chars(newPassword)),
        "Added the administrator " + newUsername + "; they must change the password at login.");
  }

  public void chooseResetFor(String username) {
    resetFor = username;
    resetPassword = null;
  }

  public void reset() {
    FacesFeedback.INSTANCE.perform(
        () -> accounts.resetPassword(resetFor, chars(resetPassword)),
        "Reset the password of " + resetFor + ".");
  }

  public void delete(String username) {
    FacesFeedback.INSTANCE.perform(
        () -> accounts.delete(username), "Deleted the administrator " + username + ".");
  }

  public void createKey() {
    long expiresAt =
        keyExpiry == null ? 0 : keyExpiry.atZone(ZoneId.systemDefault()).toEpochSecond() * 1000;
    createdKey =
        FacesFeedback.INSTANCE
            .attempt(() -> apiKeys.create(Blanks.toNull(keyName), expiresAt, user.getName()), null)
            .orElse(null);
  }

  /** Forgets the secret once its dialog is closed. */
  public void forgetCreatedKey() {
    createdKey = null;
  }

  public void deleteKey(String keyId) {
    FacesFeedback.INSTANCE.perform(
        () -> apiKeys.delete(keyId), "Deleted the API key " + keyId + ".");
  }

  private static char[] chars(String password) {
    return password == null ? new char[0] : password.toCharArray();
  }

  public String getNewUsername() {
    return newUsername;
  }

  public void setNewUsername(String newUsername) {
    this.newUsername = newUsername;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getResetFor() {
    return resetFor;
  }

  public String getResetPassword() {
    return resetPassword;
  }

  public void setResetPassword(String resetPassword) {
    this.resetPassword = resetPassword;
  }

  public String getKeyName() {
    return keyName;
  }

  public void setKeyName(String keyName) {
    this.keyName = keyName;
  }

  public LocalDateTime getKeyExpiry() {
    return keyExpiry;
  }

  public void setKeyExpiry(LocalDateTime keyExpiry) {
    this.keyExpiry = keyExpiry;
  }

  public NewApiKey getCreatedKey() {
    return createdKey;
  }
}
