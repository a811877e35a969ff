// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Raw MQTT 3.1.1 packets as a client writes them, built by hand to test the framing. */
final class MqttBytes {

  static final byte[] PINGREQ = {(byte) 0xC0, 0x00};

  private MqttBytes() {}

  static byte[] connect(String clientId) {
    byte[] id = clientId.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x10);
    out.write(10 + 2 + id.length);
    out.writeBytes(new byte[] {0, 4, 'M', 'Q', 'T', 'T', 4, 0x02, 0, 60, 0, (byte) id.length});
    out.writeBytes(id);
    return out.toByteArray();
  }

  static byte[] publish(String topic, String payload) {
    byte[] t = topic.getBytes(StandardCharsets.UTF_8);
    byte[] p = payload.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x30);
    out.write(2 + t.length + p.length);
    out.write(0);
    out.write(t.length);
    out.writeBytes(t);
    out.writeBytes(p);
    return out.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
