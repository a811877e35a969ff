// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.SnMessageType;

/**
 * CONNECT (MQTT-SN 1.2 section 5.4.4). The ProtocolId octet is always 0x01, so it is not a
 * component; the decoder refuses any other value. The spec limits {@code clientId} to 1-23
 * characters, but the codec carries any length: the gateway decides whether to refuse it.
 *
 * @param will whether the client will send its will topic and message when asked (WILLTOPICREQ)
 * @param duration the keep-alive period in seconds
 */
public record SnConnect(boolean will, boolean cleanSession, int duration, String clientId)
    implements SnMessage {

  /** The only ProtocolId of MQTT-SN 1.2 (section 5.3.8). */
  public static final int PROTOCOL_ID = 0x01;

  public SnConnect {
    Fields.twoOctets("Duration", duration);
    Fields.present("ClientId", clientId);
  }

  @Override
  public SnMessageType type() {
    return SnMessageType.CONNECT;
  }
}
