// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.connection;

import io.mqttee.broker.auth.ClientIdentity;
import io.mqttee.broker.session.Session;
import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.ConnectionInfo;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.Will;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * One client connection as the broker sees it. Its packets are handled on one lane thread; the
 * keep-alive scan and deliveries from other lanes read it concurrently, hence the volatile fields.
 */
public final class ClientConnection {
  private final ConnectionId id;
  private final ConnectionInfo info;
  private final ClientWriter writer;
  private final long openedAtMillis;
  private final AtomicReference<Will> will = new AtomicReference<>();
  private final AtomicBoolean closing = new AtomicBoolean();
  private final AtomicInteger acksAwaitingDurability = new AtomicInteger();
  private final AtomicInteger pubAcksPending = new AtomicInteger();
  private volatile long lastActivityMillis;
  private volatile Session session;
  private volatile String clientId;
  private volatile ClientIdentity identity;
  private volatile boolean sealed;
  private volatile boolean connAckSent;
  private volatile ProtocolVersion version = ProtocolVersion.MQTT_3_1_1;
  private volatile int keepAliveSeconds;
  private volatile OutboundPackets outbound;
  private volatile CompletableFuture<Void> replyTail; // written under this object's lock

  public ClientConnection(
      ConnectionId id, ConnectionInfo info, ClientWriter writer, long openedAtMillis) {
    this.id = id;
    this.info = info;
    this.writer = writer;
    this.openedAtMillis = openedAtMillis;
    this.lastActivityMillis = openedAtMillis;
  }

  public void send(MqttPacket packet) {
    if (sealed) {
      return; // MQTT-3.14.4-1: nothing after the broker's DISCONNECT
    }
    OutboundPackets limits = outbound;
    if (limits == null) {
      writer.send(id, packet);
    } else {
      limits.send(packet, p -> writer.send(id, p));
    }
  }

  /**
   * Applies an MQTT 5 client's CONNECT limits to every later send: packets beyond its Maximum
   * Packet Size are discarded (MQTT-3.1.2-25), PUBLISH topics get aliases up to its Topic Alias
   * Maximum (MQTT 5 section 3.3.2.3.4).
   */
  public void limitOutbound(int maxPacketSize, int topicAliasMaximum) {
    outbound = new OutboundPackets(version, maxPacketSize, topicAliasMaximum);
  }

  /** False when the packet exceeds the client's Maximum Packet Size: it must not be sent. */
  public boolean fits(MqttPacket packet) {
    OutboundPackets limits = outbound;
    return limits == null || limits.fits(packet);
  }

  /** Asks the transport to close; it reports the close back later. */
  public void close(String reason) {
    writer.close(id, reason);
  }

  /** The CONNECT was accepted: from now on packets belong to this client. */
  public void accepted(String acceptedClientId, ProtocolVersion v, int keepAlive, Will lastWill) {
    this.clientId = acceptedClientId;
    this.version = v;
    this.keepAliveSeconds = keepAlive;
    this.will.set(lastWill);
  }

  /** Who the client is, as topic ACL rules and bans name it, once its CONNECT got that far. */
  public void authenticatedAs(ClientIdentity who) {
    this.identity = who;
  }

  /** Null until the CONNECT was authenticated. */
  public ClientIdentity identity() {
    return identity;
  }

  /** The user name the client authenticated with; null for an anonymous client. */
  public String username() {
    ClientIdentity who = identity;
    return who == null ? null : who.username();
  }

  public void attach(Session attached) {
    this.session = attached;
  }

  public void touch(long nowMillis) {
    lastActivityMillis = nowMillis;
  }

  /** The will, exactly once: whoever takes it publishes it. */
  public Will takeWill() {
    return will.getAndSet(null);
  }

  /**
   * A gateway client's new will (MQTT-SN WILLTOPICUPD, WILLMSGUPD), null for none; refused once the
   * connection is closing, when the will was already taken or discarded.
   */
  public boolean replaceWill(Will lastWill) {
    if (closing.get()) {
      return false;
    }
    will.set(lastWill);
    return true;
  }

  /** MQTT-3.14.4-3: a DISCONNECT discards the will without publishing it. */
  public void discardWill() {
    will.set(null);
  }

  /** The CONNACK that accepted the connection went out. */
  public void connAckSent() {
    connAckSent = true;
  }

  /** Whether the connection was accepted with a CONNACK: only then may a DISCONNECT follow. */
  public boolean isConnAckSent() {
    return connAckSent;
  }

  /** After the broker's DISCONNECT: every later send is dropped. */
  public void seal() {
    sealed = true;
  }

  /** True for the first caller only: the broker decided to close this connection. */
  public boolean markClosing() {
    return closing.compareAndSet(false, true);
  }

  public boolean isClosing() {
    return closing.get();
  }

  /** Acknowledgements queued behind the store's durability point, to keep their order. */
  public AtomicInteger acksAwaitingDurability() {
    return acksAwaitingDurability;
  }

  /**
   * Appends a reply to the chain of replies that wait for another node of the cluster: {@code link}
   * gets the last reply of the chain, or null when none waits, and returns the new one.
   */
  public synchronized CompletableFuture<Void> chainReply(
      UnaryOperator<CompletableFuture<Void>> link) {
    replyTail = link.apply(replyTail);
    return replyTail;
  }

  /** Forgets {@code reply} as the last chained reply once it is sent, unless another followed. */
  public synchronized void replySent(CompletableFuture<Void> reply) {
    if (replyTail == reply) {
      replyTail = null;
    }
  }

  /** Whether a reply waiting for another node is not sent yet: later replies queue behind it. */
  public boolean hasChainedReplies() {
    return replyTail != null;
  }

  /** Inbound QoS 1 PUBLISH packets whose PUBACK has not been sent yet (MQTT 5 section 3.3.4). */
  public AtomicInteger pubAcksPending() {
    return pubAcksPending;
  }

  public ConnectionId id() {
    return id;
  }

  public ConnectionInfo info() {
    return info;
  }

  public ClientWriter writer() {
    return writer;
  }

  public long openedAtMillis() {
    return openedAtMillis;
  }

  public long lastActivityMillis() {
    return lastActivityMillis;
  }

  /** The session, or null until the CONNECT is accepted. */
  public Session session() {
    return session;
  }

  /** The client id, or null until the CONNECT is accepted. */
  public String clientId() {
    return clientId;
  }

  public ProtocolVersion version() {
    return version;
  }

  public int keepAliveSeconds() {
    return keepAliveSeconds;
  }

  @Override
  public String toString() {
    return clientId == null ? id.toString() : id + " (client " + clientId + ")";
  }
}
