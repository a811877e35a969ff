// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.Publish;
import java.util.List;

/** One client connection of a {@link Harness}: what it sends and what the broker sent it. */
final class TestClient {
  private final Harness harness;
  final ConnectionId id;

  TestClient(Harness harness, ConnectionId id) {
    this.harness = harness;
    this.id = id;
  }

  void send(MqttPacket... packets) {
    harness.sessions().received(id, List.of(packets));
  }

  /** Everything the broker sent since the last call. */
  List<MqttPacket> take() {
    return harness.writer.take(id);
  }

  /** The PUBLISH packets the broker sent since the last call, other packets dropped. */
  List<Publish> takePublishes() {
    return take().stream().filter(Publish.class::isInstance).map(Publish.class::cast).toList();
  }

  /** The payloads of the PUBLISH packets sent since the last call. */
  List<String> takePayloads() {
    return takePublishes().stream().map(Harness::text).toList();
  }

  boolean closedByBroker() {
    return harness.writer.isClosed(id);
  }

  /** The transport reports the connection gone (socket lost, or after the broker closed it). */
  void transportClosed() {
    harness.sessions().closed(id);
  }
}
