// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

/**
 * A banned client id, user name or IP address: its CONNECT is refused (MQTT 5: 0x8A banned; 3.1.1:
 * 0x05 not authorized).
 *
 * @param untilMillis epoch milliseconds when it ends; 0 for never
 */
public record BanView(
    Kind kind, String value, String reason, long createdAtMillis, long untilMillis) {

  public enum Kind {
    CLIENTID,
    USERNAME,
    IPADDRESS
  }
}
