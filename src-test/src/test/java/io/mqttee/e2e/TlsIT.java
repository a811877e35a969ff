// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.PahoClient;
import io.mqttee.e2e.support.Received;
import io.mqttee.e2e.support.TestTls;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.Test;

/**
 * MQTT over TLS, over WebSocket on the server's HTTPS listener and over the adapter's secure
 * WebSocket listener: encrypted and plain clients share one broker. The TLS clients trust the
 * development certificate the adapter generated in the server's mqttee-data directory, so the test
 * also checks where that certificate is kept. The test domain runs with {@code
 * mqttee.tls.client-auth=want} and {@code mqttee.auth.client-certificate}, trusting the certificate
 * of one test device.
 */
class TlsIT extends DeployedBroker {

  private static final Duration DELIVERY = Duration.ofSeconds(10);

  @Test
  void deliversAPublishFromATlsClientToATcpSubscriber() throws Exception {
    String topic = Broker.topicRoot("tls") + "/to-tcp";
    try (PahoClient subscriber = PahoClient.connect(Broker.clientId("tcp-sub"))) {
      subscriber.subscribe(topic, 1);
      try (PahoClient publisher =
          connectOverTls("tls-pub", TestTls.trustingDevelopmentCertificate())) {
        publisher.publish(topic, "sealed", 1, false);
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
    try (PahoClient subscriber =
        connectOverTls("tls-sub", TestTls.trustingDevelopmentCertificate())) {
      subscriber.subscribe(topic, 1);
      try (PahoClient publisher = PahoClient.connect(Broker.clientId("tcp-pub"))) {
        publisher.publish(topic, "plain", 1, false);
      }
      assertEquals("plain", subscriber.next(DELIVERY).text());
    }
  }

  @Test
  void aVerifiedClientCertificateAuthenticatesWithoutThePassword() throws Exception {
    SSLContext device = TestTls.deviceTrustingDevelopmentCertificate();
    try (PahoClient client = connectOverTls("device", device, "sensor-42", "not-a-password")) {
      assertTrue(client.isConnected());
    }
  }

  @Test
  void theSameCredentialsWithoutACertificateAreRefused() throws Exception {
    SSLContext anonymous = TestTls.trustingDevelopmentCertificate();
    MqttException refused =
        assertThrows(
            MqttException.class,
            () -> connectOverTls("no-cert", anonymous, "sensor-42", "not-a-password").close());
    // MQTT 3.1.1 table 3.1: 0x04 bad user name or password
    assertEquals(MqttException.REASON_CODE_FAILED_AUTHENTICATION, refused.getReasonCode());
  }

  @Test
  void deliversOverSecureWebSocketOnTheHttpsListener() throws Exception {
    String topic = Broker.topicRoot("tls") + "/wss";
    SSLContext trust = TestTls.trustingHttpsListenerCertificate();
    try (PahoClient subscriber =
            PahoClient.connectTo(
                Broker.secureWebSocketUri(),
                Broker.clientId("wss-sub"),
                options -> {
                  options.setSocketFactory(trust.getSocketFactory());
                  // Payara's certificate names the host it was built on, not 127.0.0.1
                  options.setHttpsHostnameVerificationEnabled(false);
                });
        PahoClient publisher = PahoClient.connect(Broker.clientId("tcp-pub"))) {
      subscriber.subscribe(topic, 1);
      publisher.publish(topic, "over wss", 1, false);
      Received received = subscriber.next(DELIVERY);
      assertEquals("over wss", received.text());
      assertEquals(1, received.qos());
    }
  }

  @Test
  void deliversOverTheAdaptersSecureWebSocketListener() throws Exception {
    String topic = Broker.topicRoot("tls") + "/adapter-wss";
    SSLContext trust = TestTls.trustingDevelopmentCertificate();
    try (PahoClient subscriber =
            PahoClient.connectTo(
                Broker.adapterSecureWebSocketUri(),
                Broker.clientId("adapter-wss-sub"),
                options -> options.setSocketFactory(trust.getSocketFactory()));
        PahoClient publisher = PahoClient.connect(Broker.clientId("tcp-pub"))) {
      subscriber.subscribe(topic, 1);
      publisher.publish(topic, "over the adapter's wss", 1, false);
      assertEquals("over the adapter's wss", subscriber.next(DELIVERY).text());
    }
  }

  private static PahoClient connectOverTls(String role, SSLContext tls) throws MqttException {
    return connectOverTls(role, tls, null, null);
  }

  private static PahoClient connectOverTls(
      String role, SSLContext tls, String username, String password) throws MqttException {
    return PahoClient.connectTo(
        Broker.tlsUri(),
        Broker.clientId(role),
        options -> {
          options.setSocketFactory(tls.getSocketFactory());
          if (username != null) {
            options.setUserName(username);
            options.setPassword(password.toCharArray());
          }
        });
  }
}
