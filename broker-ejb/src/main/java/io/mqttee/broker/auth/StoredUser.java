// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import io.mqttee.broker.admin.MqttUserView;

/**
 * An MQTT user as stored.
 *
 * @param passwordHash as {@link PasswordHash} makes it
 */
public record StoredUser(
    String username, String passwordHash, boolean superuser, long createdAtMillis) {

  public MqttUserView view() {
    return new MqttUserView(username, superuser, createdAtMillis);
  }
}
