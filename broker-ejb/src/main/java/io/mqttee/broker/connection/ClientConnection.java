// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.connection;

import io.mqttee.broker.session.Session;
import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.ConnectionInfo;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.Will;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

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
  private volatile long lastActivityMillis;
  private volatile Session session;
  private volatile String clientId;
  private volatile ProtocolVersion version = ProtocolVersion.MQTT_3_1_1;
  private volatile int keepAliveSeconds;

  public ClientConnection(
      ConnectionId id, ConnectionInfo info, ClientWriter writer, long openedAtMillis) {
    this.id = id;
    this.info = info;
    this.writer = writer;
    this.openedAtMillis = openedAtMillis;
    this.lastActivityMillis = openedAtMillis;
  }

  public void send(MqttPacket packet) {
    writer.send(id, packet);
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

  /** MQTT-3.14.4-3: a DISCONNECT discards the will without publishing it. */
  public void discardWill() {
    will.set(null);
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
