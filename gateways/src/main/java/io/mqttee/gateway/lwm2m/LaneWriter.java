// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m;

import io.mqttee.broker.connection.ClientWriter;
import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.Lwm2mServer;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.Publish;

/**
 * What the broker writes to one gateway connection (a device's, or the gateway's own), handed to
 * the lane of its key so that the gateway's state for it is touched by one thread.
 */
final class LaneWriter implements ClientWriter {

  /** What the gateway does with the broker's packets for one connection, on its lane. */
  interface Receiver {
    void connAck(String key, ConnectionId connection, ConnAck ack);

    void publish(String key, ConnectionId connection, Publish publish);

    void closed(String key, ConnectionId connection, String reason);
  }

  private final String key;
  private final Lwm2mServer lanes;
  private final Receiver receiver;

  LaneWriter(String key, Lwm2mServer lanes, Receiver receiver) {
    this.key = key;
    this.lanes = lanes;
    this.receiver = receiver;
  }

  @Override
  public void send(ConnectionId connection, MqttPacket packet) {
    if (packet instanceof Publish publish) {
      lanes.runOnLane(key, () -> receiver.publish(key, connection, publish));
    } else if (packet instanceof ConnAck ack) {
      lanes.runOnLane(key, () -> receiver.connAck(key, connection, ack));
    }
  }

  @Override
  public void close(ConnectionId connection, String reason) {
    lanes.runOnLane(key, () -> receiver.closed(key, connection, reason));
  }
}
