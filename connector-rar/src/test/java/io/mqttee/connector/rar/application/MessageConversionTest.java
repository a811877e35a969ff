// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.api.MqttMessage;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageConversionTest {

  @Test
  void anApplicationMessageBecomesAPublishAndBackWithEveryProperty() {
    MqttMessage message =
        MqttMessage.builder("a/b")
            .payload("x")
            .qos(2)
            .retain(true)
            .contentType("text/plain")
            .responseTopic("r")
            .correlationData(new byte[] {1, 2})
            .utf8Payload(true)
            .messageExpirySeconds(0xFFFF_FFFFL)
            .userProperty("k", "v1")
            .userProperty("k", "v2")
            .build();

    Publish publish = MessageConversion.toPublish(message, 7);
    MqttMessage back = MessageConversion.toMessage(publish, 3);

    assertEquals(7, publish.packetId());
    assertEquals(QoS.EXACTLY_ONCE, publish.qos());
    assertEquals("a/b", back.topic());
    assertEquals("x", back.payloadAsString());
    assertEquals(2, back.qos());
    assertEquals(true, back.retain());
    assertEquals("text/plain", back.contentType().orElseThrow());
    assertEquals("r", back.responseTopic().orElseThrow());
    assertArrayEquals(new byte[] {1, 2}, back.correlationData().orElseThrow());
    assertEquals(true, back.utf8Payload().orElseThrow());
    assertEquals(0xFFFF_FFFFL, back.messageExpirySeconds().orElseThrow());
    assertEquals(List.of("v1", "v2"), back.userProperty("k"));
    assertEquals(3, back.deliveryCount());
  }

  @Test
  void aConnectionsOwnPropertiesAreNotTheMessages() {
    // subscription identifier 0x0B and topic alias 0x23 belong to the connection
    Publish publish =
        new Publish(
            "t",
            QoS.AT_LEAST_ONCE,
            false,
            false,
            1,
            new byte[0],
            new MqttProperties(List.of(new Property(0x0B, 5), new Property(0x23, 2))));

    MqttMessage message = MessageConversion.toMessage(publish, 1);

    assertEquals(List.of(), message.userProperties());
    assertEquals(MqttProperties.EMPTY, MessageConversion.toPublish(message, 1).properties());
  }
}
