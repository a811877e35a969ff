// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mqttee.api.MqttMessage;
import io.mqttee.api.MqttPublishException;
import io.mqttee.connector.api.TransportLimits;
import org.junit.jupiter.api.Test;

class PublishableCheckTest {

  private static MqttMessage message(String topic, int bytes) {
    return MqttMessage.builder(topic).payload(new byte[bytes]).qos(1).build();
  }

  @Test
  void aTopicNameWithAWildcardIsRefusedWith0x90() {
    // MQTT-3.3.2-2
    MqttPublishException refused =
        assertThrows(
            MqttPublishException.class, () -> Publisher.checkPublishable(message("a/#", 1)));
    assertEquals(0x90, refused.reasonCode());
  }

  @Test
  void aPacketAboveTheBrokersMaximumPacketSizeIsRefusedWith0x95() {
    int maximum = TransportLimits.maxPacketSize();
    MqttPublishException refused =
        assertThrows(
            MqttPublishException.class, () -> Publisher.checkPublishable(message("a/b", maximum)));
    assertEquals(0x95, refused.reasonCode());
    assertDoesNotThrow(() -> Publisher.checkPublishable(message("a/b", maximum - 64)));
  }
}
