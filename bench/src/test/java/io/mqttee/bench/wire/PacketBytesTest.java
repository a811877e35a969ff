// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.protocol.codec.MqttDecoder;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.ProtocolVersion;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The CONNECT packets of clean and persistent sessions, decoded as a broker decodes them. */
@Tag("unit")
class PacketBytesTest {

  private static final int SESSION_EXPIRY_INTERVAL = 0x11;

  /**
   * The Connect Flags byte (3.1.2.3): after a two-byte fixed header, the protocol name "MQTT" (six
   * bytes) and the protocol level.
   */
  private static final int FLAGS_OFFSET = 2 + 6 + 1;

  private static Connect decode(byte[] bytes) {
    MqttDecoder decoder = new MqttDecoder(1024);
    Connect connect = assertInstanceOf(Connect.class, decoder.decode(ByteBuffer.wrap(bytes)));
    assertNull(decoder.failure());
    return connect;
  }

  @Test
  void aPersistentMqtt311SessionIsCleanSessionZero() {
    byte[] bytes = PacketBytes.connect("bench-persistent-s0", ProtocolVersion.MQTT_3_1_1, true);
    assertEquals(0, bytes[FLAGS_OFFSET] & 0x02, "Clean Session bit");
    Connect connect = decode(bytes);
    assertFalse(connect.cleanStart());
    assertEquals("bench-persistent-s0", connect.clientId());
    assertTrue(connect.properties().isEmpty());
  }

  @Test
  void aPersistentMqtt5SessionIsCleanStartWithAnHourOfSessionExpiry() {
    Connect connect =
        decode(PacketBytes.connect("bench-persistent-s0", ProtocolVersion.MQTT_5, true));
    assertTrue(connect.cleanStart());
    assertEquals(3600, connect.properties().intValue(SESSION_EXPIRY_INTERVAL, -1));
  }

  @Test
  void aCleanSessionEndsWithTheConnection() {
    byte[] v311 = PacketBytes.connect("c", ProtocolVersion.MQTT_3_1_1);
    assertEquals(0x02, v311[FLAGS_OFFSET] & 0x02, "Clean Session bit");
    assertTrue(decode(v311).cleanStart());
    Connect v5 = decode(PacketBytes.connect("c", ProtocolVersion.MQTT_5, false));
    assertTrue(v5.cleanStart());
    assertEquals(-1, v5.properties().intValue(SESSION_EXPIRY_INTERVAL, -1), "absent means 0");
  }
}
