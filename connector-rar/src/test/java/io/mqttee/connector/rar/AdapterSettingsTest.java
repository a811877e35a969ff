// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.connector.rar.tls.TlsSettings;
import java.nio.file.Path;
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
    System.clearProperty(AdapterSettings.TLS_PORT);
    System.clearProperty(AdapterSettings.TLS_CLIENT_AUTH);
    System.clearProperty(AdapterSettings.TLS_KEYSTORE);
    System.clearProperty(AdapterSettings.SERVER_DATA_DIR);
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

  @Test
  void listensForTlsOn8883WithTheDevelopmentCertificateByDefault() {
    TlsSettings tls = AdapterSettings.resolve(new MqttResourceAdapter()).tls();

    assertEquals("0.0.0.0", tls.host());
    assertEquals(8883, tls.port());
    assertTrue(tls.enabled());
    assertTrue(tls.usesDevelopmentCertificate());
    assertEquals(TlsSettings.ClientAuthMode.NONE, tls.clientAuth());
    assertEquals(Path.of("mqttee-data", "dev-tls.p12"), tls.developmentKeystore());
  }

  @Test
  void keepsTheDevelopmentKeystoreInWildFlysDataDirectory() {
    System.setProperty(AdapterSettings.SERVER_DATA_DIR, "/srv/wildfly/standalone/data");

    assertEquals(
        Path.of("/srv/wildfly/standalone/data", "mqttee-data", "dev-tls.p12"),
        AdapterSettings.resolve(new MqttResourceAdapter()).tls().developmentKeystore());
  }

  @Test
  void letsSystemPropertiesOverrideTlsConfigProperties() {
    MqttResourceAdapter adapter = new MqttResourceAdapter();
    adapter.setTlsPort(9883);
    adapter.setTlsClientAuth("want");
    adapter.setTlsKeystore("server.p12");
    System.setProperty(AdapterSettings.TLS_PORT, "-1");
    System.setProperty(AdapterSettings.TLS_CLIENT_AUTH, "NEED");

    TlsSettings tls = AdapterSettings.resolve(adapter).tls();
    assertFalse(tls.enabled(), "a negative port disables the TLS listener");
    assertEquals(TlsSettings.ClientAuthMode.NEED, tls.clientAuth());
    assertEquals(Path.of("server.p12"), tls.keystore());
    assertFalse(tls.usesDevelopmentCertificate());
  }

  @Test
  void rejectsAnUnknownClientAuthMode() {
    MqttResourceAdapter adapter = new MqttResourceAdapter();
    adapter.setTlsClientAuth("sometimes");
    assertThrows(IllegalArgumentException.class, () -> AdapterSettings.resolve(adapter));
  }
}
