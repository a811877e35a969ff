// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.ProtocolVersion;
import java.nio.ByteBuffer;

/** PINGREQ and PINGRESP, which are a fixed header only. */
final class EmptyBodyEncoder implements BodyEncoder {

  @Override
  public int remainingLength(MqttPacket packet, ProtocolVersion version) {
    return 0;
  }

  @Override
  public void write(MqttPacket packet, ProtocolVersion version, ByteBuffer out) {
    // nothing after the fixed header
  }
}
