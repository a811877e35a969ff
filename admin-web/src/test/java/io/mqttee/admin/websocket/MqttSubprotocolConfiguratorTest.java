// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class MqttSubprotocolConfiguratorTest {

  private static final List<String> SUPPORTED = MqttSubprotocolConfigurator.SUPPORTED;

  @Test
  void selectsMqttWhenOffered() {
    // MQTT-6.0.0-4
    assertEquals("mqtt", MqttSubprotocolConfigurator.negotiate(SUPPORTED, List.of("mqtt")));
  }

  @Test
  void selectsTheFirstOfferedThatIsSupported() {
    assertEquals(
        "mqttv3.1",
        MqttSubprotocolConfigurator.negotiate(SUPPORTED, List.of("wamp", "mqttv3.1", "mqtt")));
  }

  @Test
  void selectsNoneWhenNothingOfferedIsSupported() {
    assertEquals("", MqttSubprotocolConfigurator.negotiate(SUPPORTED, List.of("wamp", "stomp")));
  }
}
