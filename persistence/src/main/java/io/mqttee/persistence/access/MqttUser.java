// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user MQTT clients authenticate as; the password is kept only as a salted hash. */
@Entity
@Table(name = "mqttee_mqtt_user")
public class MqttUser {
  public static final int NAME_LENGTH = 256;
  public static final int HASH_LENGTH = 512;

  @Id
  @Column(name = "username", length = NAME_LENGTH)
  private String username;

  @Column(name = "password_hash", length = HASH_LENGTH, nullable = false)
  private String passwordHash;

  @Column(name = "superuser", nullable = false)
  private boolean superuser;

  @Column(name = "created_at", nullable = false)
  private long createdAt;

  protected MqttUser() {}

  public MqttUser(String username, String passwordHash, boolean superuser, long createdAtMillis) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.superuser = superuser;
    this.createdAt = createdAtMillis;
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isSuperuser() {
    return superuser;
  }

  public long getCreatedAtMillis() {
    return createdAt;
  }
}
