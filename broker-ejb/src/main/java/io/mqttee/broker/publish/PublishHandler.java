// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.publish;

import io.mqttee.broker.connection.ClientConnection;
import io.mqttee.broker.session.ConnectionCloser;
import io.mqttee.broker.session.Session;
import io.mqttee.broker.sys.BrokerMetrics;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.PubComp;
import io.mqttee.protocol.packet.PubRec;
import io.mqttee.protocol.packet.PubRel;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.ReasonCodes;
import io.mqttee.protocol.topic.TopicNames;

/** PUBLISH and PUBREL from a client: the receiver side of the QoS 0, 1 and 2 flows. */
public final class PublishHandler {
  private final PublishService publishService;
  private final PublisherAcks acks;
  private final ConnectionCloser closer;
  private final BrokerMetrics metrics;

  public PublishHandler(
      PublishService publishService,
      PublisherAcks acks,
      ConnectionCloser closer,
      BrokerMetrics metrics) {
    this.publishService = publishService;
    this.acks = acks;
    this.closer = closer;
    this.metrics = metrics;
  }

  public void publish(ClientConnection connection, Publish publish) {
    metrics.messageReceived();
    if (!TopicNames.isValid(publish.topic())) {
      closer.abort(
          connection,
          ReasonCodes.TOPIC_NAME_INVALID,
          "invalid topic name '" + publish.topic() + "'",
          "MQTT-3.3.2-2");
      return;
    }
    String clientId = connection.clientId();
    switch (publish.qos()) {
      case AT_MOST_ONCE -> publishService.publish(publish, clientId);
      case AT_LEAST_ONCE -> {
        // MQTT-4.3.2-2: PUBACK once the message is owned (stored, when a session persists it)
        boolean durable = publishService.publish(publish, clientId);
        acks.send(connection, new PubAck(publish.packetId()), durable);
      }
      case EXACTLY_ONCE -> {
        Session session = connection.session();
        boolean durable = false;
        // MQTT-4.3.3-2: route on first receipt only; a resend before PUBREL gets PUBREC only
        if (session.firstReceipt(publish.packetId())) {
          durable = publishService.publish(publish, clientId);
        }
        acks.send(connection, new PubRec(publish.packetId()), durable);
      }
    }
  }

  /** PUBREL always gets PUBCOMP, even for an unknown packet id (MQTT-4.3.3-2). */
  public void release(ClientConnection connection, PubRel pubRel) {
    connection.session().released(pubRel.packetId());
    acks.send(connection, new PubComp(pubRel.packetId()), false);
  }
}
