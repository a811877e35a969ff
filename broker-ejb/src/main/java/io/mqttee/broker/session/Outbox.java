// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.connection.ClientConnection;
import io.mqttee.broker.store.StoredMessage;
import io.mqttee.protocol.packet.PubRel;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session's outbound QoS 1/2 messages: the inflight window in send order and the queue behind it.
 * Deliveries come from every lane, acknowledgements from the owner's lane: all under this monitor,
 * held only to update the maps and hand packets to the non-blocking writer. For a persistent
 * session every change is written to the store in the same order.
 */
final class Outbox {
  private static final int MAX_PACKET_ID = 65_535;

  private final String clientId;
  private final boolean persistent;
  private final SessionResources resources;
  private final Map<Integer, InflightMessage> inflight = new LinkedHashMap<>();
  // most sessions never queue: start with the smallest array and let it grow
  private final ArrayDeque<QueuedMessage> queue = new ArrayDeque<>(1);
  private volatile ClientConnection online;
  private int lastPacketId;
  private int inflightLimit;
  private long nextSequence = 1;
  private boolean movedAway;

  Outbox(String clientId, boolean persistent, SessionResources resources) {
    this.clientId = clientId;
    this.persistent = persistent;
    this.resources = resources;
    this.inflightLimit = resources.maxInflightMessages();
  }

  ClientConnection online() {
    return online;
  }

  /**
   * Takes a message in delivery form (QoS 1 or 2, packet id 0).
   *
   * @return true when the message was written to the store for this persistent session
   * @throws SessionMovedAway when another node took the session over: it holds the message no more
   */
  synchronized boolean offer(Publish message) {
    if (movedAway) {
      throw new SessionMovedAway(clientId);
    }
    ClientConnection connection = online;
    if (connection == null && !persistent) {
      return false;
    }
    if (queue.size() >= resources.maxQueuedMessages()) {
      resources.metrics().messageDropped();
      return false;
    }
    long sequence = nextSequence++;
    if (persistent) {
      resources.store().messageQueued(clientId, sequence, message);
    }
    long expiresAt = MessageExpiry.expiresAt(message, resources.clock().getAsLong());
    queue.add(new QueuedMessage(sequence, message, expiresAt));
    drain(connection);
    return persistent;
  }

  /** The client is online: resend what it has not acknowledged, then what is queued. */
  synchronized void attach(ClientConnection connection, int receiveMaximum) {
    online = connection;
    inflightLimit = Math.min(resources.maxInflightMessages(), receiveMaximum);
    Iterator<Map.Entry<Integer, InflightMessage>> entries = inflight.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<Integer, InflightMessage> entry = entries.next();
      InflightMessage message = entry.getValue();
      Publish resend = message.publish().asDuplicate();
      if (message.released()) {
        connection.send(new PubRel(entry.getKey()));
      } else if (connection.fits(resend)) {
        // MQTT-4.4.0-1: resend unacknowledged PUBLISH packets with DUP=1, in original order
        connection.send(resend);
        resources.metrics().messageSent();
      } else {
        // MQTT-3.1.2-25: too large for the client's new Maximum Packet Size, done as if delivered
        entries.remove();
        resources.metrics().messageDropped();
        discard(message.sequence());
      }
    }
    drain(connection);
  }

  /** True when {@code connection} was the online one and is now detached. */
  synchronized boolean detach(ClientConnection connection) {
    if (online != connection) {
      return false;
    }
    online = null;
    return true;
  }

  /** PUBACK: the QoS 1 message is done (MQTT-4.3.2). */
  synchronized void acknowledged(int packetId) {
    InflightMessage message = inflight.get(packetId);
    if (message != null && message.publish().qos() == QoS.AT_LEAST_ONCE) {
      complete(packetId, message);
    }
  }

  /** PUBREC: from now on only PUBREL/PUBCOMP remain for this message (MQTT-4.3.3-1). */
  synchronized void received(int packetId) {
    InflightMessage message = inflight.get(packetId);
    if (message != null && message.publish().qos() == QoS.EXACTLY_ONCE && !message.released()) {
      message.release();
      if (persistent) {
        resources.store().messageReceived(clientId, message.sequence());
      }
    }
  }

  /** PUBCOMP: the QoS 2 message is done. */
  synchronized void completed(int packetId) {
    InflightMessage message = inflight.get(packetId);
    if (message != null && message.released()) {
      complete(packetId, message);
    }
  }

  /** Rebuilds one stored message at start-up; called in sequence order. */
  synchronized void restore(StoredMessage stored) {
    nextSequence = Math.max(nextSequence, stored.sequence() + 1);
    if (stored.packetId() == 0) {
      // the store keeps no receipt time: the interval restarts at restore
      long expiresAt = MessageExpiry.expiresAt(stored.message(), resources.clock().getAsLong());
      queue.add(new QueuedMessage(stored.sequence(), stored.message(), expiresAt));
      return;
    }
    Publish sent =
        stored
            .message()
            .forDelivery(stored.message().qos(), stored.packetId(), stored.message().retain());
    inflight.put(
        stored.packetId(), new InflightMessage(stored.sequence(), sent, stored.received()));
    lastPacketId = stored.packetId();
  }

  /**
   * What the session holds, in the store's form, for another node that takes the session over: in
   * flight in send order, then queued.
   */
  synchronized List<StoredMessage> export() {
    movedAway = true; // what comes later is relayed to the node that took the session
    List<StoredMessage> all = new ArrayList<>(inflight.size() + queue.size());
    inflight.forEach(
        (packetId, m) ->
            all.add(new StoredMessage(m.sequence(), m.publish(), packetId, m.released())));
    queue.forEach(m -> all.add(new StoredMessage(m.sequence(), m.message(), 0, false)));
    return all;
  }

  /**
   * Takes one message another node's session held, behind what this one holds, under a sequence of
   * this session; returns it.
   */
  synchronized long adopt(StoredMessage handed) {
    long sequence = nextSequence;
    restore(new StoredMessage(sequence, handed.message(), handed.packetId(), handed.received()));
    return sequence;
  }

  synchronized int inflightCount() {
    return inflight.size();
  }

  synchronized int queuedCount() {
    return queue.size();
  }

  /**
   * A copy of what waits for the client: in flight in send order, then queued. The monitor is held
   * only to copy references, at most the inflight window and the queue bound.
   */
  synchronized List<PendingMessage> pending() {
    List<PendingMessage> all = new ArrayList<>(inflight.size() + queue.size());
    inflight.values().forEach(m -> all.add(new PendingMessage(m.publish(), true)));
    queue.forEach(m -> all.add(new PendingMessage(m.message(), false)));
    return all;
  }

  private void complete(int packetId, InflightMessage message) {
    inflight.remove(packetId);
    if (persistent) {
      resources.store().messageCompleted(clientId, message.sequence());
    }
    drain(online);
  }

  private void drain(ClientConnection connection) {
    while (connection != null && !queue.isEmpty() && inflight.size() < inflightLimit) {
      QueuedMessage next = queue.poll();
      long now = resources.clock().getAsLong();
      if (MessageExpiry.expired(next.expiresAtMillis(), now)) {
        discard(next.sequence()); // MQTT-3.3.2-5
        continue;
      }
      int packetId = nextPacketId();
      Publish message = MessageExpiry.remaining(next.message(), next.expiresAtMillis(), now);
      Publish sent = message.forDelivery(message.qos(), packetId, message.retain());
      if (!connection.fits(sent)) {
        // MQTT-3.1.2-25: discarded as if its delivery had completed
        resources.metrics().messageDropped();
        discard(next.sequence());
        continue;
      }
      inflight.put(packetId, new InflightMessage(next.sequence(), sent, false));
      if (persistent) {
        resources.store().messageSent(clientId, next.sequence(), packetId);
      }
      connection.send(sent);
      resources.metrics().messageSent();
    }
  }

  private void discard(long sequence) {
    if (persistent) {
      resources.store().messageCompleted(clientId, sequence);
    }
  }

  /** 1..65535, skipping ids still in use (MQTT-2.3.1-2). */
  private int nextPacketId() {
    do {
      lastPacketId = lastPacketId % MAX_PACKET_ID + 1;
    } while (inflight.containsKey(lastPacketId));
    return lastPacketId;
  }
}
