// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.mqttsn.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.protocol.mqttsn.ReturnCodes;
import io.mqttee.protocol.mqttsn.message.SnConnAck;
import io.mqttee.protocol.mqttsn.message.SnConnect;
import io.mqttee.protocol.mqttsn.message.SnMessage;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ReasonCodes;
import java.util.List;

/** One client under test with a hand-driven clock: what it returns, read as lists. */
final class ClientHarness {
  static final long RETRY_MILLIS = 10_000;
  static final int RETRIES = 3;

  final SnClient client;
  long now = 1_000_000;

  ClientHarness() {
    this(10);
  }

  ClientHarness(int maxBuffered) {
    client =
        new SnClient(
            new ClientSettings(
                PredefinedTopics.parse(PredefinedTopics.EMQX_EXAMPLE),
                "gateway",
                "secret",
                RETRY_MILLIS,
                RETRIES,
                maxBuffered));
  }

  /** CONNECT without will and the broker's CONNACK; the client is active. */
  static ClientHarness connected(int keepAliveSeconds) {
    ClientHarness h = new ClientHarness();
    h.handle(new SnConnect(false, true, keepAliveSeconds, "device-1"));
    Actions ack = h.broker(new ConnAck(false, ReasonCodes.SUCCESS, MqttProperties.EMPTY));
    assertEquals(List.of(new SnConnAck(ReturnCodes.ACCEPTED)), toClient(ack));
    return h;
  }

  Actions handle(SnMessage message) {
    return client.handle(message, now);
  }

  Actions broker(MqttPacket packet) {
    return client.fromBroker(client.connection(), packet, now);
  }

  Actions tick(long advanceMillis) {
    now += advanceMillis;
    return client.tick(now);
  }

  ConnectionId connection() {
    return client.connection();
  }

  static List<SnMessage> toClient(Actions actions) {
    return actions.list().stream()
        .filter(Action.ToClient.class::isInstance)
        .map(a -> ((Action.ToClient) a).message())
        .toList();
  }

  static List<MqttPacket> toBroker(Actions actions) {
    return actions.list().stream()
        .filter(Action.ToBroker.class::isInstance)
        .map(a -> ((Action.ToBroker) a).packet())
        .toList();
  }

  static <T extends Action> List<T> of(Actions actions, Class<T> type) {
    return actions.list().stream().filter(type::isInstance).map(type::cast).toList();
  }
}
