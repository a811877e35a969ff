// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn;

/**
 * The ReturnCode octet of CONNACK, REGACK, PUBACK, SUBACK, WILLTOPICRESP and WILLMSGRESP (MQTT-SN
 * 1.2 section 5.3.10). Values 0x04 to 0xFF are reserved; the codec passes them through unchanged.
 */
public final class ReturnCodes {

  public static final int ACCEPTED = 0x00;
  public static final int REJECTED_CONGESTION = 0x01;
  public static final int REJECTED_INVALID_TOPIC_ID = 0x02;
  public static final int REJECTED_NOT_SUPPORTED = 0x03;

  private ReturnCodes() {}
}
