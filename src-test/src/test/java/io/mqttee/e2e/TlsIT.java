// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.PahoClient;
import io.mqttee.e2e.support.Received;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

/**
 * MQTT over TLS: clients on the TLS listener and on the TCP listener share one broker. The TLS
 * clients trust the development certificate the adapter generated in the domain's mqttee-data
 * directory, so the test also checks where that certificate is kept.
 */
class TlsIT extends DeployedBroker {

  private static final Duration DELIVERY = Duration.ofSeconds(10);

  /** The password the adapter gives its development keystore. */
  private static final String DEVELOPMENT_PASSWORD = "mqttee-dev";

  @Test
  void deliversAPublishFromATlsClientToATcpSubscriber() throws Exception {
    String topic = Broker.topicRoot("tls") + "/to-tcp";
    try (PahoClient subscriber = PahoClient.connect(Broker.clientId("tcp-sub"))) {
      subscriber.subscribe(topic, 1);
      MqttClient publisher = connectOverTls(Broker.clientId("tls-pub"));
      try {
        publisher.publish(topic, "sealed".getBytes(StandardCharsets.UTF_8), 1, false);
        publisher.disconnect(2000);
      } finally {
        publisher.close(true);
      }
      Received received = subscriber.next(DELIVERY);
      assertEquals(topic, received.topic());
      assertEquals("sealed", received.text());
      assertEquals(1, received.qos());
    }
  }

  @Test
  void deliversAPublishFromATcpClientToATlsSubscriber() throws Exception {
    String topic = Broker.topicRoot("tls") + "/from-tcp";
    BlockingQueue<String> received = new LinkedBlockingQueue<>();
    MqttClient subscriber = connectOverTls(Broker.clientId("tls-sub"));
    try {
      subscriber.subscribe(
          topic, 1, (t, m) -> received.add(new String(m.getPayload(), StandardCharsets.UTF_8)));
      try (PahoClient publisher = PahoClient.connect(Broker.clientId("tcp-pub"))) {
        publisher.publish(topic, "plain", 1, false);
      }
      assertEquals("plain", received.poll(DELIVERY.toMillis(), TimeUnit.MILLISECONDS));
      subscriber.disconnect(2000);
    } finally {
      subscriber.close(true);
    }
  }

  private static MqttClient connectOverTls(String clientId) throws Exception {
    MqttClient client = new MqttClient(tlsUri(), clientId, new MemoryPersistence());
    MqttConnectOptions options = new MqttConnectOptions();
    options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
    options.setConnectionTimeout(15);
    options.setSocketFactory(trustingDevelopmentCertificate().getSocketFactory());
    try {
      client.connect(options);
    } catch (MqttException e) {
      client.close(true);
      throw e;
    }
    return client;
  }

  private static String tlsUri() {
    String port = System.getProperty("mqttee.tls.port");
    if (port == null) {
      throw new IllegalStateException("mqttee.tls.port is not set; run the tests with mvn verify");
    }
    return "ssl://" + Broker.host() + ":" + port;
  }

  /** Trusts the self-signed certificate the adapter generated at its first start, and only it. */
  private static SSLContext trustingDevelopmentCertificate() throws Exception {
    Path keystore =
        Path.of(System.getProperty("payara.domain.dir"), "config", "mqttee-data", "dev-tls.p12");
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      trusted.load(in, DEVELOPMENT_PASSWORD.toCharArray());
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }
}
