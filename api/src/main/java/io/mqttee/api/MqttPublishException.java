// SPDX-License-Identifier: Apache-2.0
package io.mqttee.api;

/**
 * A publish the broker refused (for example the topic ACL denied it: MQTT 5 reason code 0x87), or
 * that could not be handed to it (the broker is not running, no acknowledgement in time).
 */
public class MqttPublishException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int reasonCode;

  /**
   * @param reasonCode the MQTT 5 reason code of the broker's refusal, or -1 when the broker did not
   *     answer
   */
  public MqttPublishException(String message, int reasonCode) {
    super(message);
    this.reasonCode = reasonCode;
  }

  /** The MQTT 5 reason code of the refusal, or -1 when the broker did not answer. */
  public int reasonCode() {
    return reasonCode;
  }
}
