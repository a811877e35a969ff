// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

/** The outcome of checking a CONNECT's credentials. */
public enum AuthResult {
  ALLOWED,
  /** Unknown user or wrong password: CONNACK 0x04 (MQTT 3.1.1 table 3.1). */
  BAD_CREDENTIALS,
  /** Anonymous clients are not allowed: CONNACK 0x05. */
  NOT_AUTHORIZED
}
