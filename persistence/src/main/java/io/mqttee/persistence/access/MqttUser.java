// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user name an MQTT client may connect with, and the salted hash of its password. */
@Entity
@Table(name = "mqttee_mqtt_user")
public class MqttUser {

  @Id
  @Column(name = "username", length = 256)
  private String username;

  @Column(name = "password_hash", length = 512, nullable = false)
  private String passwordHash;

  @Column(name = "superuser", nullable = false)
  private boolean superuser;

  @Column(name = "created_at", nullable = false)
  private long createdAtMillis;

  protected MqttUser() {}

  public MqttUser(String username, String passwordHash, boolean superuser, long createdAtMillis) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.superuser = superuser;
    this.createdAtMillis = createdAtMillis;
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
    return createdAtMillis;
  }
}
