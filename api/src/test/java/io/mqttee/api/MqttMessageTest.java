// SPDX-License-Identifier: Apache-2.0
package io.mqttee.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MqttMessageTest {

  @Test
  void keepsEveryFieldAndCopiesThePayload() {
    byte[] payload = {1, 2, 3};
    MqttMessage message =
        MqttMessage.builder("sensors/1")
            .payload(payload)
            .qos(2)
            .retain(true)
            .contentType("application/json")
            .responseTopic("replies/1")
            .correlationData(new byte[] {9})
            .utf8Payload(false)
            .messageExpirySeconds(60L)
            .userProperty("unit", "C")
            .userProperty("unit", "F")
            .build();
    payload[0] = 7;
    message.payload()[1] = 7;

    assertArrayEquals(new byte[] {1, 2, 3}, message.payload());
    assertEquals(2, message.qos());
    assertEquals(List.of("C", "F"), message.userProperty("unit"));
    assertEquals("replies/1", message.responseTopic().orElseThrow());
    assertEquals(60L, message.messageExpirySeconds().orElseThrow());
    assertEquals(1, message.deliveryCount());
    MqttMessage copy = message.toBuilder().deliveryCount(3).build();
    assertEquals(3, copy.deliveryCount());
    assertEquals(message.userProperties(), copy.userProperties());
    assertArrayEquals(new byte[] {9}, copy.correlationData().orElseThrow());
  }

  @Test
  void refusesValuesMqttCannotCarry() {
    MqttMessage.Builder builder = MqttMessage.builder("t");
    assertThrows(IllegalArgumentException.class, () -> builder.qos(3));
    assertThrows(IllegalArgumentException.class, () -> builder.messageExpirySeconds(1L << 32));
    assertThrows(IllegalArgumentException.class, () -> builder.deliveryCount(0));
    assertThrows(NullPointerException.class, () -> MqttMessage.builder(null));
  }
}
