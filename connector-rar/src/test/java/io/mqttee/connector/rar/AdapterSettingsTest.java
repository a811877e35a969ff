// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class AdapterSettingsTest {

  @AfterEach
  void clearOverrides() {
    System.clearProperty(AdapterSettings.PORT);
    System.clearProperty(AdapterSettings.LANES);
  }

  @Test
  void usesConfigPropertiesAndDefaults() {
    MqttResourceAdapter adapter = new MqttResourceAdapter();
    adapter.setPort(2883);
    adapter.setLanes(3);

    AdapterSettings settings = AdapterSettings.resolve(adapter);
    assertEquals("0.0.0.0", settings.transport().host());
    assertEquals(2883, settings.transport().port());
    assertEquals(1_048_576, settings.transport().maxPacketSize());
    assertEquals(Duration.ofSeconds(10), settings.transport().connectTimeout());
    assertEquals(3, settings.lanes());
  }

  @Test
  void letsSystemPropertiesOverrideConfigProperties() {
    MqttResourceAdapter adapter = new MqttResourceAdapter();
    adapter.setPort(2883);
    adapter.setLanes(3);
    System.setProperty(AdapterSettings.PORT, "18830");
    System.setProperty(AdapterSettings.LANES, "0");

    AdapterSettings settings = AdapterSettings.resolve(adapter);
    assertEquals(18830, settings.transport().port());
    assertEquals(2 * Runtime.getRuntime().availableProcessors(), settings.lanes());
  }
}
