// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import io.mqttee.broker.admin.BrokerAdmin;
import io.mqttee.broker.admin.MqttUserView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** MQTT users, and whether clients without a user name may connect. */
@Named
@ViewScoped
public class UsersPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private BrokerAdmin admin;

  private final PagedDataModel<MqttUserView> users =
      new PagedDataModel<>(
          page -> admin.access().users(page), MqttUserView::username, FacesFeedback.INSTANCE);

  private String newUsername;
  private String newPassword;
  private boolean newSuperuser;

  private String passwordFor;
  private String changedPassword;

  public void create() {
    FacesFeedback.INSTANCE.attempt(
        () ->
            admin.access().createUser(Blanks.toNull(newUsername), chars(newPassword), newSuperuser),
        "Added the MQTT user " + newUsername + ".");
  }

  public void choosePasswordFor(String username) {
    passwordFor = username;
    changedPassword = null;
  }

  public void changePassword() {
    FacesFeedback.INSTANCE.attempt(
        () -> admin.access().updateUser(passwordFor, chars(changedPassword), null),
        "Changed the password of " + passwordFor + ".");
  }

  public void setSuperuser(String username, boolean superuser) {
    FacesFeedback.INSTANCE.attempt(
        () -> admin.access().updateUser(username, null, superuser),
        (superuser ? "Made " : "Removed superuser from ")
            + username
            + (superuser ? " a superuser." : "."));
  }

  public void delete(String username) {
    FacesFeedback.INSTANCE.perform(
        () -> admin.access().deleteUser(username), "Deleted the MQTT user " + username + ".");
  }

  public boolean isAllowAnonymous() {
    return admin.access().allowAnonymous();
  }

  public void setAllowAnonymous(boolean allow) {
    admin.access().setAllowAnonymous(allow);
  }

  public void anonymousChanged() {
    FacesFeedback.INSTANCE.info(
        isAllowAnonymous()
            ? "Clients without a user name may now connect."
            : "Clients without a user name are now refused.");
  }

  private static char[] chars(String password) {
    return password == null ? new char[0] : password.toCharArray();
  }

  public PagedDataModel<MqttUserView> getUsers() {
    return users;
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

  public boolean isNewSuperuser() {
    return newSuperuser;
  }

  public void setNewSuperuser(boolean newSuperuser) {
    this.newSuperuser = newSuperuser;
  }

  public String getPasswordFor() {
    return passwordFor;
  }

  public String getChangedPassword() {
    return changedPassword;
  }

  public void setChangedPassword(String changedPassword) {
    this.changedPassword = changedPassword;
  }
}
