// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mqttee.protocol.packet.QoS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class Lwm2mGatewaySettingsTest {

  @AfterEach
  void clear() {
    System.clearProperty("mqttee.lwm2m.qos");
    System.clearProperty("mqttee.lwm2m.request-timeout-seconds");
  }

  @Test
  void defaultsToQosZeroAndASixtySecondTimeout() {
    Lwm2mGatewaySettings settings = Lwm2mGatewaySettings.fromSystemProperties();
    assertEquals(QoS.AT_MOST_ONCE, settings.qos());
    assertEquals(60_000, settings.requestTimeoutMillis());
    assertEquals("lwm2m/+/dn/#", settings.topics().allCommands());
  }

  @Test
  void refusesQosTwoAndANonNumber() {
    System.setProperty("mqttee.lwm2m.qos", "2");
    assertThrows(IllegalArgumentException.class, Lwm2mGatewaySettings::fromSystemProperties);
    System.setProperty("mqttee.lwm2m.qos", "one");
    assertThrows(IllegalArgumentException.class, Lwm2mGatewaySettings::fromSystemProperties);
  }

  @Test
  void readsTheTimeoutInSeconds() {
    System.setProperty("mqttee.lwm2m.request-timeout-seconds", "3");
    assertEquals(3_000, Lwm2mGatewaySettings.fromSystemProperties().requestTimeoutMillis());
  }

  @Test
  void refusesATimeoutBelowOneSecond() {
    System.setProperty("mqttee.lwm2m.request-timeout-seconds", "0");
    assertThrows(IllegalArgumentException.class, Lwm2mGatewaySettings::fromSystemProperties);
  }
}
