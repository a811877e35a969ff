// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.MqttProperties.UserProperty;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PropertiesCodecTest {

  @Test
  void storesNoPropertiesAsNull() {
    assertNull(PropertiesCodec.encode(MqttProperties.EMPTY));
    assertSame(MqttProperties.EMPTY, PropertiesCodec.decode(null));
  }

  @Test
  void keepsEveryValueTypeAndTheOrderOfEntries() {
    MqttProperties properties =
        new MqttProperties(
            List.of(
                new Property(0x01, 1),
                new Property(0x02, 3600),
                new Property(0x03, "application/json; charset=\u00fc\uD83D\uDE00"),
                new Property(0x09, new byte[] {0, -1, 7}),
                new Property(0x26, new UserProperty("k", "v1")),
                new Property(0x26, new UserProperty("k", "v2")),
                new Property(0x0B, 268_435_455)));

    MqttProperties decoded = PropertiesCodec.decode(PropertiesCodec.encode(properties));

    assertEquals(properties.entries().size(), decoded.entries().size());
    for (int i = 0; i < properties.entries().size(); i++) {
      Property expected = properties.entries().get(i);
      Property actual = decoded.entries().get(i);
      assertEquals(expected.id(), actual.id());
      if (expected.value() instanceof byte[] b) {
        assertArrayEquals(b, (byte[]) actual.value());
      } else {
        assertEquals(expected.value(), actual.value());
      }
    }
  }
}
