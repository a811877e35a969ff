// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.Bytes;
import io.mqttee.protocol.mqttsn.SnMessageType;

/**
 * A message relayed by a forwarder (MQTT-SN 1.2 section 5.5): Length, MsgType 0xFE, Ctrl, Wireless
 * Node Id, then the encapsulated MQTT-SN message, which the gateway decodes in its turn.
 *
 * @param radius the broadcast radius, bits 1-0 of the Ctrl octet (used from gateway to forwarder);
 *     the reserved Ctrl bits are not kept
 * @param wirelessNodeId the forwarder's id of the node, at most 252 octets (the Length octet counts
 *     up to its end)
 * @param message the encapsulated message, at least its two header octets
 */
public record SnEncapsulated(int radius, Bytes wirelessNodeId, Bytes message) implements SnMessage {

  /** Length, MsgType and Ctrl octets before the Wireless Node Id. */
  public static final int HEADER_OCTETS = 3;

  public SnEncapsulated {
    if (radius < 0 || radius > 3) {
      throw new IllegalArgumentException("radius is two bits, not " + radius);
    }
    if (Fields.present("WirelessNodeId", wirelessNodeId).length() > 0xFF - HEADER_OCTETS) {
      throw new IllegalArgumentException("wireless node id longer than 252 octets");
    }
    if (Fields.present("Message", message).length() < 2) {
      throw new IllegalArgumentException("an encapsulated message has at least two octets");
    }
  }

  @Override
  public SnMessageType type() {
    return SnMessageType.ENCAPSULATED;
  }
}
