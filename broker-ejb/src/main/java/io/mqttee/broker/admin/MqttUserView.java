// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

/**
 * An MQTT user; its password is kept only as a salted PBKDF2 hash.
 *
 * @param superuser whether topic ACL rules do not apply to it
 */
public record MqttUserView(String username, boolean superuser, long createdAtMillis) {}
