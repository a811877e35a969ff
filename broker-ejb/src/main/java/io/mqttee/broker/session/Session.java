// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.connection.ClientConnection;
import io.mqttee.broker.store.StoredMessage;
import io.mqttee.broker.sys.BrokerMetrics;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The state the broker keeps for one client id (MQTT 3.1.1 section 4.1): its outbound QoS 1/2
 * messages and the QoS 2 packet ids received and not yet released. Subscriptions live in the
 * router. Thread-safe.
 */
public final class Session {
  private final String clientId;
  private final boolean persistent;
  private final Outbox outbox;
  private final BrokerMetrics metrics;
  private final SessionResources resources;

  /** Created on the first inbound QoS 2 message: most sessions never need it. */
  private volatile Set<Integer> awaitingRelease;

  private volatile int protocolLevel;
  private volatile long expirySeconds;
  private volatile long disconnectedAtMillis;
  private volatile ClientConnection claimant;
  private volatile long adoptedAt;
  private volatile String handedOverBy;

  public Session(
      String clientId, boolean persistent, int protocolLevel, SessionResources resources) {
    this.clientId = clientId;
    this.persistent = persistent;
    this.protocolLevel = protocolLevel;
    this.metrics = resources.metrics();
    this.resources = resources;
    this.outbox = new Outbox(clientId, persistent, resources);
  }

  /**
   * Delivers a message at {@code qos}, already the minimum of message and subscription QoS.
   * Delivered packets never carry DUP (MQTT-3.3.1-3 for first sends); {@code retainFlag} is false
   * on normal delivery (MQTT-3.3.1-9), true for retained messages sent on subscribe (MQTT-3.3.1-8).
   *
   * @return true when the message was written to the store for this persistent session
   * @throws SessionMovedAway when another node took the session over meanwhile
   */
  public boolean deliver(Publish message, QoS qos, boolean retainFlag) {
    if (qos == QoS.AT_MOST_ONCE) {
      ClientConnection connection = outbox.online();
      if (connection == null) {
        return false;
      }
      Publish delivered = message.forDelivery(QoS.AT_MOST_ONCE, 0, retainFlag);
      if (connection.fits(delivered)) {
        connection.send(delivered);
        metrics.messageSent();
      } else {
        metrics.messageDropped(); // MQTT-3.1.2-25
      }
      return false;
    }
    return outbox.offer(message.forDelivery(qos, 0, retainFlag));
  }

  /**
   * Records an inbound QoS 2 packet id until its PUBREL (MQTT-4.3.3-2); a persistent session stores
   * it, so that a resend after a restart is still known as one.
   *
   * @return true on first receipt: only then is the message routed
   */
  public boolean firstReceipt(int packetId) {
    boolean first = awaitingRelease().add(packetId);
    if (first && persistent) {
      resources.store().inboundReceived(clientId, packetId);
    }
    return first;
  }

  /** True while an inbound QoS 2 packet id waits for its PUBREL. */
  public boolean isAwaitingRelease(int packetId) {
    Set<Integer> ids = awaitingRelease;
    return ids != null && ids.contains(packetId);
  }

  /** Inbound QoS 2 messages not yet released: they count against the Receive Maximum. */
  public int awaitingReleaseCount() {
    Set<Integer> ids = awaitingRelease;
    return ids == null ? 0 : ids.size();
  }

  /** PUBREL: the client may reuse the packet id for a new message. */
  public void released(int packetId) {
    Set<Integer> ids = awaitingRelease;
    if (ids != null && ids.remove(packetId) && persistent) {
      resources.store().inboundReleased(clientId, packetId);
    }
  }

  void restoreAwaitingRelease(int packetId) {
    awaitingRelease().add(packetId);
  }

  private Set<Integer> awaitingRelease() {
    Set<Integer> ids = awaitingRelease;
    if (ids == null) {
      synchronized (this) {
        ids = awaitingRelease;
        if (ids == null) {
          ids = ConcurrentHashMap.newKeySet();
          awaitingRelease = ids;
        }
      }
    }
    return ids;
  }

  /** The connection whose CONNECT opened the session last. */
  ClientConnection claimant() {
    return claimant;
  }

  void claim(ClientConnection connection) {
    this.claimant = connection;
  }

  public void acknowledged(int packetId) {
    outbox.acknowledged(packetId);
  }

  public void received(int packetId) {
    outbox.received(packetId);
  }

  public void completed(int packetId) {
    outbox.completed(packetId);
  }

  /**
   * Makes {@code connection} the online one and sends what waited for it, in order.
   *
   * @param receiveMaximum the client's limit of unacknowledged QoS 1/2 messages (MQTT 5 Receive
   *     Maximum, 65535 when absent); the broker's own limit applies too
   */
  public void attach(ClientConnection connection, int receiveMaximum) {
    outbox.attach(connection, receiveMaximum);
  }

  /** True when {@code connection} was online and is now detached. */
  public boolean detach(ClientConnection connection) {
    return outbox.detach(connection);
  }

  void restore(StoredMessage message) {
    outbox.restore(message);
  }

  /** The messages the session holds, for another node that takes it over. */
  List<StoredMessage> export() {
    return outbox.export();
  }

  /** Takes a message another node's session held; returns its sequence here. */
  long adopt(StoredMessage message) {
    return outbox.adopt(message);
  }

  /**
   * The {@link SessionRegistry#adoptions() adoption count} once this session took in what another
   * node handed over; 0 when it took in nothing.
   */
  public long adoptedAt() {
    return adoptedAt;
  }

  /** The node that handed this session over, which relays messages for it a while; or null. */
  public String handedOverBy() {
    return handedOverBy;
  }

  void adopted(long adoptions, String from) {
    this.handedOverBy = from;
    this.adoptedAt = adoptions;
  }

  /** The inbound QoS 2 packet ids that wait for PUBREL. */
  List<Integer> awaitingReleaseIds() {
    Set<Integer> ids = awaitingRelease;
    return ids == null ? List.of() : List.copyOf(ids);
  }

  /** The connection currently attached, or null while offline. */
  public ClientConnection online() {
    return outbox.online();
  }

  public String clientId() {
    return clientId;
  }

  /** Clean session 0: the session outlives its connections (MQTT-3.1.2-4). */
  public boolean persistent() {
    return persistent;
  }

  public int protocolLevel() {
    return protocolLevel;
  }

  /** How long the session outlives its connection, as the last CONNECT asked. */
  public long expirySeconds() {
    return expirySeconds;
  }

  void connectedWith(int level, long expiry) {
    this.protocolLevel = level;
    this.expirySeconds = expiry;
    this.disconnectedAtMillis = 0;
  }

  /**
   * The Session Expiry Interval a DISCONNECT set in place of the CONNECT one (MQTT 5 3.14.2.2.2).
   */
  void expiresAfter(long seconds) {
    this.expirySeconds = seconds;
  }

  void disconnectedAt(long millis) {
    this.disconnectedAtMillis = millis;
  }

  /** True when the session is offline and its expiry interval has passed (MQTT 5 4.1.1). */
  boolean expiredAt(long nowMillis) {
    long expiry = expirySeconds;
    return online() == null
        && disconnectedAtMillis != 0
        && expiry != SessionRegistry.NEVER_EXPIRES
        && nowMillis - disconnectedAtMillis > expiry * 1000;
  }

  public int inflightCount() {
    return outbox.inflightCount();
  }

  public int queuedCount() {
    return outbox.queuedCount();
  }

  /** What waits for the client: in flight first, in send order, then queued. */
  public List<PendingMessage> pendingMessages() {
    return outbox.pending();
  }

  /** When the last connection ended, epoch milliseconds; 0 while connected or never connected. */
  public long disconnectedAtMillis() {
    return disconnectedAtMillis;
  }
}
