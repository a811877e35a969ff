// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An administrator of the console and the REST API; the password is kept only as a hash. */
@Entity
@Table(name = "mqttee_admin_user")
public class AdminUser {
  public static final int USERNAME_LENGTH = 256;
  public static final int HASH_LENGTH = 512;

  @Id
  @Column(name = "username", length = USERNAME_LENGTH)
  private String username;

  @Column(name = "password_hash", nullable = false, length = HASH_LENGTH)
  private String passwordHash;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(name = "created_at", nullable = false)
  private long createdAtMillis;

  protected AdminUser() {}

  public AdminUser(
      String username, String passwordHash, boolean mustChangePassword, long createdAtMillis) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.mustChangePassword = mustChangePassword;
    this.createdAtMillis = createdAtMillis;
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public long getCreatedAtMillis() {
    return createdAtMillis;
  }

  /** Replaces the password; {@code mustChange} asks the administrator to choose a new one. */
  public void setPassword(String newPasswordHash, boolean mustChange) {
    this.passwordHash = newPasswordHash;
    this.mustChangePassword = mustChange;
  }
}
