// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** Builds raw MQTT bytes and decoders for tests. */
final class Wire {

  static final int MAX = 1 << 20;

  private Wire() {}

  static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  static byte[] encode(MqttPacket packet, ProtocolVersion version) {
    ByteBuffer out = ByteBuffer.allocate(MqttEncoder.encodedLength(packet, version));
    MqttEncoder.encode(packet, version, out);
    if (out.hasRemaining()) {
      throw new AssertionError("encodedLength larger than what encode wrote");
    }
    return out.array();
  }

  static Connect connect(ProtocolVersion version) {
    return new Connect(version, "c1", true, 60, null, null, null, MqttProperties.EMPTY);
  }

  /** A server-side decoder that has already accepted a CONNECT of {@code version}. */
  static MqttDecoder connectedServer(ProtocolVersion version) {
    MqttDecoder decoder = new MqttDecoder(MAX);
    assertNotNull(decoder.decode(ByteBuffer.wrap(encode(connect(version), version))));
    return decoder;
  }

  /** Decodes exactly one packet that must fill {@code bytes}. */
  static MqttPacket decodeOne(MqttDecoder decoder, byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    MqttPacket packet = decoder.decode(in);
    assertNull(decoder.failure(), () -> "unexpected failure " + decoder.failure());
    assertNotNull(packet, "packet not decoded");
    if (in.hasRemaining()) {
      throw new AssertionError(in.remaining() + " bytes left after the packet");
    }
    return packet;
  }

  /** Feeds the bytes and returns the failure, which must be set. */
  static DecodeFailure failure(MqttDecoder decoder, byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    MqttPacket packet = decoder.decode(in);
    assertNull(packet, "malformed input decoded as a packet");
    assertNotNull(decoder.failure(), "no failure for malformed input");
    return decoder.failure();
  }
}
