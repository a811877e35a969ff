// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.PacketIdAck;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.PubComp;
import io.mqttee.protocol.packet.PubRec;
import io.mqttee.protocol.packet.PubRel;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.ReasonCodes;
import io.mqttee.protocol.packet.SubAck;
import io.mqttee.protocol.packet.Subscribe;
import io.mqttee.protocol.packet.TopicSubscription;
import io.mqttee.protocol.packet.UnsubAck;
import io.mqttee.protocol.packet.Unsubscribe;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One client's MQTT session over a {@link RawMqttClient}, with the packet flows spelled out: each
 * call sends its packets and returns when the broker's acknowledgement has arrived, so a test knows
 * exactly when that was, and messages are received and acknowledged as the protocol asks (QoS 2 as
 * a receiver that keeps a packet id from PUBLISH to PUBREL and delivers a message once,
 * MQTT-4.3.3-2). It sends nothing on its own: no PINGREQ, no resend. MQTT 3.1.1 or MQTT 5.
 */
public final class RawSession implements AutoCloseable {

  /** How long a call waits for the broker's answer. */
  public static final Duration WAIT = Duration.ofSeconds(15);

  private static final int SESSION_EXPIRY_INTERVAL = 0x11;
  private static final int KEEP_ALIVE_SECONDS = 60;

  private final RawMqttClient client;
  private final ConnAck connAck;
  private final String clientId;

  /** Messages that arrived while a call waited for an acknowledgement, for the next receive. */
  private final Deque<Publish> arrived = new ArrayDeque<>();

  /** Packet ids of QoS 2 messages received and not yet released by PUBREL. */
  private final Set<Integer> unreleased = new HashSet<>();

  private int lastPacketId;

  private RawSession(RawMqttClient client, String clientId, ConnAck connAck) {
    this.client = client;
    this.clientId = clientId;
    this.connAck = connAck;
  }

  /** MQTT 3.1.1 CONNECT; fails unless the broker accepts it. */
  public static RawSession connect(String clientId, boolean cleanSession) throws IOException {
    return connectTo(Broker.mqttPort(), clientId, cleanSession);
  }

  /** MQTT 3.1.1 CONNECT to the broker on {@code port}; fails unless it accepts it. */
  public static RawSession connectTo(int port, String clientId, boolean cleanSession)
      throws IOException {
    Connect connect = RawMqttClient.connectPacket(clientId, cleanSession, KEEP_ALIVE_SECONDS);
    return open(RawMqttClient.open(ProtocolVersion.MQTT_3_1_1, port), connect);
  }

  /** MQTT 5 CONNECT with this Session Expiry Interval; fails unless the broker accepts it. */
  public static RawSession connect5(String clientId, boolean cleanStart, int sessionExpiry)
      throws IOException {
    Connect connect =
        new Connect(
            ProtocolVersion.MQTT_5,
            clientId,
            cleanStart,
            KEEP_ALIVE_SECONDS,
            null,
            null,
            null,
            sessionExpiry(sessionExpiry));
    return open(RawMqttClient.open(ProtocolVersion.MQTT_5), connect);
  }

  private static RawSession open(RawMqttClient client, Connect connect) throws IOException {
    ConnAck connAck;
    try {
      connAck = client.connect(connect);
    } catch (IOException | RuntimeException | Error e) {
      client.close();
      throw e;
    }
    if (connAck.reasonCode() != ReasonCodes.SUCCESS) {
      client.close();
      throw new AssertionError(
          connect.clientId() + " refused with CONNACK " + hex(connAck.reasonCode()));
    }
    return new RawSession(client, connect.clientId(), connAck);
  }

  public boolean sessionPresent() {
    return connAck.sessionPresent();
  }

  public String clientId() {
    return clientId;
  }

  /** The client underneath, for packets this class does not send itself. */
  public RawMqttClient raw() {
    return client;
  }

  /** The next packet identifier of this connection: 1 to 65535, then 1 again. */
  public int nextPacketId() {
    lastPacketId = lastPacketId % 65_535 + 1;
    return lastPacketId;
  }

  /** SUBSCRIBE to the filters at one maximum QoS; returns the SUBACK's codes, one per filter. */
  public List<Integer> subscribe(QoS qos, String... topicFilters) throws IOException {
    int id = nextPacketId();
    List<TopicSubscription> filters =
        Arrays.stream(topicFilters).map(filter -> new TopicSubscription(filter, qos)).toList();
    client.send(new Subscribe(id, filters, MqttProperties.EMPTY));
    return await(SubAck.class, id).reasonCodes();
  }

  /** UNSUBSCRIBE from one filter; returns when the UNSUBACK has arrived. */
  public UnsubAck unsubscribe(String topicFilter) throws IOException {
    int id = nextPacketId();
    client.send(new Unsubscribe(id, List.of(topicFilter), MqttProperties.EMPTY));
    return await(UnsubAck.class, id);
  }

  /**
   * Publishes and returns once the broker accepted the message: for QoS 1 its PUBACK, for QoS 2 the
   * whole PUBREC, PUBREL, PUBCOMP flow. Fails on a reason code of 0x80 or above (MQTT 5).
   */
  public void publish(String topic, String text, QoS qos, boolean retain) throws IOException {
    int id = qos == QoS.AT_MOST_ONCE ? 0 : nextPacketId();
    client.send(message(topic, text, qos, retain, id));
    if (qos == QoS.AT_LEAST_ONCE) {
      accepted(await(PubAck.class, id));
    } else if (qos == QoS.EXACTLY_ONCE) {
      accepted(await(PubRec.class, id));
      client.send(new PubRel(id));
      accepted(await(PubComp.class, id));
    }
  }

  /**
   * Publishes the texts in order at QoS 1 with up to {@code window} unacknowledged at a time, and
   * returns when all are acknowledged; fails on a reason code of 0x80 or above (MQTT 5).
   */
  public void publishAll(String topic, List<String> texts, int window) throws IOException {
    Set<Integer> unacknowledged = new HashSet<>();
    for (String text : texts) {
      while (unacknowledged.size() >= window) {
        awaitOneOf(unacknowledged);
      }
      int id = nextPacketId();
      client.send(message(topic, text, QoS.AT_LEAST_ONCE, false, id));
      unacknowledged.add(id);
    }
    while (!unacknowledged.isEmpty()) {
      awaitOneOf(unacknowledged);
    }
  }

  /** A PUBLISH of this text, to send with {@link RawMqttClient#send}. */
  public static Publish message(String topic, String text, QoS qos, boolean retain, int id) {
    return new Publish(
        topic, qos, retain, false, id, text.getBytes(StandardCharsets.UTF_8), MqttProperties.EMPTY);
  }

  /** The next {@code count} messages, each acknowledged; fails if they do not come in time. */
  public List<Publish> receive(int count, Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Publish> messages = new ArrayList<>();
    while (messages.size() < count) {
      messages.add(nextMessage(deadline, messages));
    }
    return messages;
  }

  /** The texts of the messages up to and including the first whose text is {@code lastText}. */
  public List<String> receiveTextsUntil(String lastText, Duration timeout) throws IOException {
    return receiveUntil(lastText, timeout).stream().map(RawSession::text).toList();
  }

  /** The messages up to and including the first whose text is {@code lastText}, acknowledged. */
  public List<Publish> receiveUntil(String lastText, Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Publish> messages = new ArrayList<>();
    while (true) {
      Publish message = nextMessage(deadline, messages);
      messages.add(message);
      if (text(message).equals(lastText)) {
        return messages;
      }
    }
  }

  /**
   * What the broker does within {@code window}: sends a packet, which is returned, or stays silent
   * or ends the connection, for which this returns null ({@link RawMqttClient#closedByBroker} tells
   * the two apart). Messages that arrive are acknowledged and returned like any packet.
   */
  public MqttPacket answerWithin(Duration window) throws IOException {
    MqttPacket packet;
    try {
      packet = client.receive(window);
    } catch (AssertionError silentOrClosed) {
      return null;
    } catch (IOException e) {
      if (client.closedByBroker()) {
        return null;
      }
      throw e;
    }
    if (packet instanceof Publish || packet instanceof PubRel) {
      acknowledge(packet);
    }
    return packet;
  }

  /** DISCONNECT, then waits until the broker has closed the connection. */
  public void disconnect() throws IOException {
    client.send(Disconnect.NORMAL);
    client.awaitClosedByBroker(WAIT);
  }

  /**
   * MQTT 5 DISCONNECT with a new Session Expiry Interval (MQTT 5 3.14.2.2.2), then waits until the
   * broker has closed the connection, which it does once the new expiry is stored.
   */
  public void disconnect(int sessionExpiry) throws IOException {
    client.send(new Disconnect(ReasonCodes.SUCCESS, sessionExpiry(sessionExpiry)));
    client.awaitClosedByBroker(WAIT);
  }

  /** Closes the socket without DISCONNECT. */
  @Override
  public void close() throws IOException {
    client.close();
  }

  public static String text(Publish message) {
    return new String(message.payload(), StandardCharsets.UTF_8);
  }

  private static MqttProperties sessionExpiry(int seconds) {
    return new MqttProperties(List.of(new Property(SESSION_EXPIRY_INTERVAL, seconds)));
  }

  private Publish nextMessage(long deadline, List<Publish> before) throws IOException {
    while (arrived.isEmpty()) {
      MqttPacket packet = receiveBy(deadline, "a message after " + summary(before));
      if (!acknowledge(packet)) {
        throw new AssertionError(clientId + " expected a message but received " + packet);
      }
    }
    return arrived.removeFirst();
  }

  /** The acknowledgement of this type and packet id; messages arriving meanwhile are kept. */
  private <T extends MqttPacket> T await(Class<T> type, int packetId) throws IOException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      MqttPacket packet = receiveBy(deadline, type.getSimpleName() + " " + packetId);
      if (type.isInstance(packet) && packetIdOf(packet) == packetId) {
        return type.cast(packet);
      }
      if (!acknowledge(packet)) {
        throw new AssertionError(
            clientId + " waited for " + type.getSimpleName() + " " + packetId + ": " + packet);
      }
    }
  }

  private void awaitOneOf(Set<Integer> unacknowledged) throws IOException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      MqttPacket packet = receiveBy(deadline, "PUBACK of one of " + unacknowledged);
      if (packet instanceof PubAck ack && unacknowledged.remove(ack.packetId())) {
        accepted(ack);
        return;
      }
      if (!acknowledge(packet)) {
        throw new AssertionError(clientId + " waited for a PUBACK: " + packet);
      }
    }
  }

  private MqttPacket receiveBy(long deadline, String awaited) throws IOException {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw new AssertionError(clientId + " did not receive " + awaited + " in time");
    }
    try {
      return client.receive(Duration.ofNanos(left));
    } catch (AssertionError e) {
      throw new AssertionError(clientId + " waiting for " + awaited + ": " + e.getMessage(), e);
    }
  }

  /** Acknowledges a PUBLISH or PUBREL from the broker; false for any other packet. */
  private boolean acknowledge(MqttPacket packet) throws IOException {
    if (packet instanceof Publish message) {
      if (message.qos() == QoS.AT_LEAST_ONCE) {
        client.send(new PubAck(message.packetId()));
        arrived.add(message);
      } else if (message.qos() == QoS.EXACTLY_ONCE) {
        // a PUBLISH with an id not yet released is the same message again (MQTT-4.3.3-2)
        if (unreleased.add(message.packetId())) {
          arrived.add(message);
        }
        client.send(new PubRec(message.packetId()));
      } else {
        arrived.add(message);
      }
      return true;
    }
    if (packet instanceof PubRel release) {
      unreleased.remove(release.packetId());
      client.send(new PubComp(release.packetId()));
      return true;
    }
    return false;
  }

  private void accepted(PacketIdAck ack) {
    if (ack.reasonCode() >= ReasonCodes.UNSPECIFIED_ERROR) {
      throw new AssertionError(clientId + " was refused: " + ack + " " + hex(ack.reasonCode()));
    }
  }

  private static int packetIdOf(MqttPacket packet) {
    if (packet instanceof PacketIdAck ack) {
      return ack.packetId();
    }
    if (packet instanceof SubAck ack) {
      return ack.packetId();
    }
    if (packet instanceof UnsubAck ack) {
      return ack.packetId();
    }
    return -1;
  }

  private static String summary(List<Publish> messages) {
    if (messages.size() <= 10) {
      return messages.stream().map(RawSession::text).toList().toString();
    }
    return messages.size()
        + " messages, the last '"
        + text(messages.get(messages.size() - 1))
        + "'";
  }

  private static String hex(int code) {
    return String.format("0x%02X", code);
  }
}
