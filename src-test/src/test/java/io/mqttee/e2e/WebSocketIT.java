// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.PahoClient;
import io.mqttee.e2e.support.Received;
import io.mqttee.e2e.support.WebSocketMqttClient;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.SubAck;
import io.mqttee.protocol.packet.Subscribe;
import io.mqttee.protocol.packet.TopicSubscription;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * MQTT over WebSocket at /mqtt (MQTT 3.1.1 section 6), meeting TCP clients in one broker: on the
 * application's endpoint on the HTTP port and on the resource adapter's own WebSocket listener.
 */
class WebSocketIT extends DeployedBroker {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @ParameterizedTest
  @MethodSource("endpoints")
  void webSocketSubscriberReceivesTcpPublishesAtQos0And1(String endpoint) throws Exception {
    String topic = Broker.topicRoot("ws") + "/from-tcp";
    try (PahoClient ws = connectOverWebSocket(endpoint, "ws-sub");
        PahoClient tcp = PahoClient.connect(Broker.clientId("tcp-pub"))) {
      ws.subscribe(topic, 1);

      tcp.publish(topic, "q0", 0, false);
      tcp.publish(topic, "q1", 1, false);

      List<Received> received = ws.next(2, WAIT);
      assertEquals(
          List.of("q0 0", "q1 1"), received.stream().map(WebSocketIT::textAndQos).toList());
    }
  }

  @ParameterizedTest
  @MethodSource("endpoints")
  void tcpSubscriberReceivesWebSocketPublishesAtQos0And1(String endpoint) throws Exception {
    String topic = Broker.topicRoot("ws") + "/from-ws";
    try (PahoClient tcp = PahoClient.connect(Broker.clientId("tcp-sub"));
        PahoClient ws = connectOverWebSocket(endpoint, "ws-pub")) {
      tcp.subscribe(topic, 1);

      ws.publish(topic, "q0", 0, false);
      ws.publish(topic, "q1", 1, false); // returns after the PUBACK came back over WebSocket

      List<Received> received = tcp.next(2, WAIT);
      assertEquals(
          List.of("q0 0", "q1 1"), received.stream().map(WebSocketIT::textAndQos).toList());
    }
  }

  @Test
  void countsWebSocketTrafficInSysBytesReceived() throws Exception {
    int payloadBytes = 64 * 1024;
    try (PahoClient sys = PahoClient.connect(Broker.clientId("sys-bytes"));
        PahoClient ws = connectOverWebSocket(Broker.webSocketUri(), "ws-bytes")) {
      sys.subscribe("$SYS/broker/bytes/received", 0);
      long before = Long.parseLong(sys.next(WAIT).text());

      ws.publish(Broker.topicRoot("ws") + "/bytes", new byte[payloadBytes], 1, false);

      long deadline = System.nanoTime() + WAIT.toNanos();
      long now = before;
      while (now < before + payloadBytes && System.nanoTime() < deadline) {
        now = Long.parseLong(sys.next(WAIT).text());
      }
      assertTrue(now >= before + payloadBytes, "bytes received went from " + before + " to " + now);
    }
  }

  @ParameterizedTest
  @MethodSource("endpoints")
  void acceptsTwoPacketsInOneFrameAndOnePacketSplitAcrossTwoFrames(String endpoint)
      throws Exception {
    // MQTT-6.0.0-2: packets are not aligned on frame boundaries
    String topic = Broker.topicRoot("ws") + "/split";
    try (WebSocketMqttClient client = WebSocketMqttClient.open(endpoint, "mqtt")) {
      assertEquals("mqtt", client.subprotocol()); // MQTT-6.0.0-4
      byte[] connectAndSubscribe =
          WebSocketMqttClient.encode(
              new Connect(
                  ProtocolVersion.MQTT_3_1_1,
                  Broker.clientId("ws-raw"),
                  true,
                  60,
                  null,
                  null,
                  null,
                  MqttProperties.EMPTY),
              new Subscribe(
                  7,
                  List.of(new TopicSubscription(topic, QoS.AT_LEAST_ONCE)),
                  MqttProperties.EMPTY));
      client.sendFrame(connectAndSubscribe, 0, connectAndSubscribe.length);
      assertEquals(0, client.receive(ConnAck.class, WAIT).reasonCode());
      assertEquals(List.of(1), client.receive(SubAck.class, WAIT).reasonCodes());

      byte[] payload = "split across frames".getBytes(StandardCharsets.UTF_8);
      byte[] publish =
          WebSocketMqttClient.encode(
              new Publish(
                  topic, QoS.AT_LEAST_ONCE, false, false, 9, payload, MqttProperties.EMPTY));
      int cut = publish.length / 2;
      client.sendFrame(publish, 0, cut);
      client.sendFrame(publish, cut, publish.length - cut);

      // the PUBACK and the delivery to this same client may come in either order
      List<MqttPacket> replies = List.of(client.receive(WAIT), client.receive(WAIT));
      PubAck ack = only(PubAck.class, replies);
      Publish delivered = only(Publish.class, replies);
      assertEquals(9, ack.packetId());
      assertEquals(topic, delivered.topic());
      assertArrayEquals(payload, delivered.payload());
    }
  }

  @ParameterizedTest
  @MethodSource("endpoints")
  void selectsTheFirstOfferedSubprotocolItSupports(String endpoint) throws Exception {
    try (WebSocketMqttClient client =
        WebSocketMqttClient.open(endpoint, "wamp", "mqttv3.1", "mqtt")) {
      assertEquals("mqttv3.1", client.subprotocol());
    }
  }

  @ParameterizedTest
  @MethodSource("endpoints")
  void closesATextFrameWith1003(String endpoint) throws Exception {
    // MQTT-6.0.0-1: MQTT travels in binary frames; RFC 6455 7.4.1: 1003 for an unacceptable type
    try (WebSocketMqttClient client = WebSocketMqttClient.open(endpoint, "mqtt")) {
      client.sendText("CONNECT");

      assertEquals(1003, client.awaitCloseCode(WAIT));
    }
  }

  @ParameterizedTest
  @MethodSource("endpoints")
  void closesTheWebSocketAfterAMalformedPacket(String endpoint) throws Exception {
    try (WebSocketMqttClient client = WebSocketMqttClient.open(endpoint, "mqtt")) {
      byte[] connect =
          WebSocketMqttClient.encode(
              new Connect(
                  ProtocolVersion.MQTT_3_1_1,
                  Broker.clientId("ws-bad"),
                  true,
                  60,
                  null,
                  null,
                  null,
                  MqttProperties.EMPTY));
      client.sendFrame(connect, 0, connect.length);
      assertEquals(0, client.receive(ConnAck.class, WAIT).reasonCode());

      // MQTT-3.8.1-1: SUBSCRIBE's reserved flags must be 0010; 0x80 is malformed
      client.sendFrame(new byte[] {(byte) 0x80, 0x00}, 0, 2);

      assertEquals(1000, client.awaitCloseCode(WAIT));
    }
  }

  /** The application's endpoint on the HTTP port, and the adapter's WebSocket listener. */
  static List<String> endpoints() {
    return List.of(Broker.webSocketUri(), Broker.adapterWebSocketUri());
  }

  private static PahoClient connectOverWebSocket(String endpoint, String role) throws Exception {
    return PahoClient.connectTo(
        endpoint,
        Broker.clientId(role),
        options -> options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1));
  }

  private static <T extends MqttPacket> T only(Class<T> type, List<MqttPacket> packets) {
    List<T> matching = packets.stream().filter(type::isInstance).map(type::cast).toList();
    assertEquals(1, matching.size(), type.getSimpleName() + " in " + packets);
    return matching.get(0);
  }

  private static String textAndQos(Received received) {
    return received.text() + " " + received.qos();
  }
}
