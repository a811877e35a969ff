// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.publish;

import io.mqttee.broker.auth.TopicAcl;
import io.mqttee.broker.connection.ClientConnection;
import io.mqttee.broker.session.ConnectionCloser;
import io.mqttee.broker.session.DurableReplies;
import io.mqttee.broker.session.Session;
import io.mqttee.broker.sys.BrokerMetrics;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.PubComp;
import io.mqttee.protocol.packet.PubRec;
import io.mqttee.protocol.packet.PubRel;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.ReasonCodes;
import io.mqttee.protocol.topic.TopicNames;
import java.util.concurrent.CompletableFuture;

/** PUBLISH and PUBREL from a client: the receiver side of the QoS 0, 1 and 2 flows. */
public final class PublishHandler {
  private final PublishService publishService;
  private final DurableReplies acks;
  private final ConnectionCloser closer;
  private final BrokerMetrics metrics;
  private final int receiveMaximum;
  private final TopicAcl acl;

  /**
   * @param receiveMaximum the Receive Maximum the broker announces to MQTT 5 clients
   * @param acl who may publish to which topics
   */
  public PublishHandler(
      PublishService publishService,
      DurableReplies acks,
      ConnectionCloser closer,
      BrokerMetrics metrics,
      int receiveMaximum,
      TopicAcl acl) {
    this.publishService = publishService;
    this.acks = acks;
    this.closer = closer;
    this.metrics = metrics;
    this.receiveMaximum = receiveMaximum;
    this.acl = acl;
  }

  public void publish(ClientConnection connection, Publish publish) {
    metrics.messageReceived();
    if (!TopicNames.isValid(publish.topic())) {
      metrics.topicRefused();
      closer.abort(
          connection,
          ReasonCodes.TOPIC_NAME_INVALID,
          "invalid topic name '" + publish.topic() + "'",
          "MQTT-3.3.2-2");
      return;
    }
    boolean v5 = connection.version().isMqtt5();
    if (v5 && exceedsReceiveMaximum(connection, publish)) {
      closer.abort(
          connection,
          ReasonCodes.RECEIVE_MAXIMUM_EXCEEDED,
          "more than " + receiveMaximum + " unacknowledged QoS 1/2 PUBLISH packets",
          "MQTT-3.3.4-7");
      return;
    }
    if (v5 && !PayloadFormat.isValid(publish)) {
      refuseInvalidPayload(connection, publish);
      return;
    }
    if (!acl.mayPublish(connection.identity(), publish.topic())) {
      refuseUnauthorized(connection, publish);
      return;
    }
    String clientId = connection.clientId();
    switch (publish.qos()) {
      case AT_MOST_ONCE -> publishService.publish(publish, clientId);
      case AT_LEAST_ONCE -> {
        connection.pubAcksPending().incrementAndGet();
        // MQTT-4.3.2-2: PUBACK once the message is owned (stored, when a session persists it)
        PublishOutcome outcome = publishService.route(publish, clientId);
        int code = reasonCode(connection, outcome);
        acks.send(
            connection,
            new PubAck(publish.packetId(), code, MqttProperties.EMPTY),
            outcome.persisted(),
            outcome.peers());
      }
      case EXACTLY_ONCE -> {
        Session session = connection.session();
        PublishOutcome outcome = new PublishOutcome(false, true, 0);
        // MQTT-4.3.3-2: route on first receipt only; a resend before PUBREL gets PUBREC only.
        // A persistent session stores the packet id, so PUBREC waits for it to be on disk.
        if (session.firstReceipt(publish.packetId())) {
          outcome = publishService.route(publish, clientId);
        }
        int code = reasonCode(connection, outcome);
        acks.send(
            connection,
            new PubRec(publish.packetId(), code, MqttProperties.EMPTY),
            outcome.persisted() || session.persistent(),
            forgetIfNotTaken(outcome.peers(), session, publish.packetId()));
      }
    }
  }

  /**
   * A QoS 2 message that another node could not take is forgotten before its PUBREC fails, so that
   * the client's resend is routed again instead of being answered as a duplicate: subscribers on
   * this node may then get it twice, but no node misses it.
   */
  private static CompletableFuture<Void> forgetIfNotTaken(
      CompletableFuture<Void> peers, Session session, int packetId) {
    return peers == null
        ? null
        : peers.whenComplete(
            (taken, failure) -> {
              if (failure != null) {
                session.released(packetId);
              }
            });
  }

  /** PUBREL always gets PUBCOMP, even for an unknown packet id (MQTT-4.3.3-2). */
  public void release(ClientConnection connection, PubRel pubRel) {
    Session session = connection.session();
    session.released(pubRel.packetId());
    // a persistent session's PUBCOMP frees the packet id for reuse only once that is stored
    acks.send(connection, new PubComp(pubRel.packetId()), session.persistent());
  }

  /**
   * MQTT 5 section 3.3.4: a client that has more unacknowledged QoS 1/2 PUBLISH packets than the
   * broker's Receive Maximum gets DISCONNECT 0x93. QoS 1 counts until its PUBACK is sent, QoS 2
   * until its PUBREL; a QoS 2 resend of a packet id still held is not a new message.
   */
  private boolean exceedsReceiveMaximum(ClientConnection connection, Publish publish) {
    if (publish.qos() == QoS.AT_MOST_ONCE) {
      return false;
    }
    Session session = connection.session();
    if (publish.qos() == QoS.EXACTLY_ONCE && session.isAwaitingRelease(publish.packetId())) {
      return false;
    }
    int unacknowledged = connection.pubAcksPending().get() + session.awaitingReleaseCount();
    return unacknowledged >= receiveMaximum;
  }

  /** MQTT-3.3.2-4: 0x99 in the ack for QoS 1/2, DISCONNECT 0x99 for QoS 0 (no ack to carry it). */
  private void refuseInvalidPayload(ClientConnection connection, Publish publish) {
    if (publish.qos() == QoS.AT_MOST_ONCE) {
      closer.abort(
          connection,
          ReasonCodes.PAYLOAD_FORMAT_INVALID,
          "payload is not UTF-8 as its Payload Format Indicator says",
          "MQTT-3.3.2-4");
    } else {
      ackRefused(connection, publish, ReasonCodes.PAYLOAD_FORMAT_INVALID);
    }
  }

  /**
   * A PUBLISH the topic ACL refuses is dropped. MQTT 5 acknowledges QoS 1/2 with 0x87 Not
   * authorized; MQTT 3.1.1 has no way to say so, and its acks go out as usual (as mosquitto does).
   */
  private void refuseUnauthorized(ClientConnection connection, Publish publish) {
    if (publish.qos() != QoS.AT_MOST_ONCE) {
      boolean v5 = connection.version().isMqtt5();
      ackRefused(connection, publish, v5 ? ReasonCodes.NOT_AUTHORIZED : ReasonCodes.SUCCESS);
    }
  }

  /** The PUBACK or PUBREC of a QoS 1/2 message that is not routed. */
  private void ackRefused(ClientConnection connection, Publish publish, int code) {
    if (publish.qos() == QoS.AT_LEAST_ONCE) {
      connection.pubAcksPending().incrementAndGet();
      acks.send(connection, new PubAck(publish.packetId(), code, MqttProperties.EMPTY), false);
    } else {
      acks.send(connection, new PubRec(publish.packetId(), code, MqttProperties.EMPTY), false);
    }
  }

  /** MQTT 5: 0x10 No matching subscribers when nothing matched; MQTT 3.1.1 acks carry none. */
  private static int reasonCode(ClientConnection connection, PublishOutcome outcome) {
    return connection.version().isMqtt5() && !outcome.matched()
        ? ReasonCodes.NO_MATCHING_SUBSCRIBERS
        : ReasonCodes.SUCCESS;
  }
}
