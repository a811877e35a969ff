// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import io.mqttee.protocol.mqttsn.Bytes;
import io.mqttee.protocol.mqttsn.ReturnCodes;
import io.mqttee.protocol.mqttsn.SnQoS;
import io.mqttee.protocol.mqttsn.SnTopic;
import io.mqttee.protocol.mqttsn.codec.SnDecodeResult;
import io.mqttee.protocol.mqttsn.codec.SnDecoded;
import io.mqttee.protocol.mqttsn.codec.SnDecoder;
import io.mqttee.protocol.mqttsn.codec.SnEncoder;
import io.mqttee.protocol.mqttsn.message.SnConnAck;
import io.mqttee.protocol.mqttsn.message.SnConnect;
import io.mqttee.protocol.mqttsn.message.SnMessage;
import io.mqttee.protocol.mqttsn.message.SnPubAck;
import io.mqttee.protocol.mqttsn.message.SnPubComp;
import io.mqttee.protocol.mqttsn.message.SnPubRec;
import io.mqttee.protocol.mqttsn.message.SnPubRel;
import io.mqttee.protocol.mqttsn.message.SnPublish;
import io.mqttee.protocol.mqttsn.message.SnRegAck;
import io.mqttee.protocol.mqttsn.message.SnRegister;
import io.mqttee.protocol.mqttsn.message.SnSubAck;
import io.mqttee.protocol.mqttsn.message.SnSubscribe;
import io.mqttee.protocol.mqttsn.message.SnWillMsg;
import io.mqttee.protocol.mqttsn.message.SnWillMsgReq;
import io.mqttee.protocol.mqttsn.message.SnWillTopic;
import io.mqttee.protocol.mqttsn.message.SnWillTopicReq;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A raw MQTT-SN 1.2 client over UDP, written with the protocol module's codec: it sends any message
 * or any bytes, and receives one message at a time. The helpers answer the gateway's REGISTER and
 * acknowledge QoS 1 and 2 deliveries as a device would, and keep the topic ids it learned.
 */
public final class MqttSnClient implements AutoCloseable {

  private static final Duration ANSWER = Duration.ofSeconds(10);

  private final DatagramSocket socket;
  private final InetSocketAddress gateway;
  private final Map<Integer, String> topicNames = new HashMap<>();
  private int nextMsgId;

  private MqttSnClient(InetSocketAddress gateway) throws IOException {
    this.gateway = gateway;
    this.socket = new DatagramSocket(new InetSocketAddress(Broker.host(), 0));
  }

  /** A client on a free local port, talking to the gateway under test. */
  public static MqttSnClient open() throws IOException {
    return new MqttSnClient(new InetSocketAddress(Broker.host(), Broker.mqttSnPort()));
  }

  public int localPort() {
    return socket.getLocalPort();
  }

  public void send(SnMessage message) throws IOException {
    sendRaw(SnEncoder.encode(message));
  }

  public void sendRaw(byte[] datagram) throws IOException {
    socket.send(new DatagramPacket(datagram, datagram.length, gateway));
  }

  /** The next message, or null when none came within {@code timeout}. */
  public SnMessage next(Duration timeout) throws IOException {
    byte[] buffer = new byte[65_536];
    DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
    socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
    try {
      socket.receive(packet);
    } catch (SocketTimeoutException e) {
      return null;
    }
    byte[] datagram = new byte[packet.getLength()];
    System.arraycopy(buffer, 0, datagram, 0, datagram.length);
    SnDecodeResult result = SnDecoder.decode(datagram);
    if (!(result instanceof SnDecoded decoded)) {
      throw new IOException("the gateway sent a malformed datagram: " + result);
    }
    return decoded.message();
  }

  /** The next message, which must be a {@code type}. */
  public <T extends SnMessage> T expect(Class<T> type) throws IOException {
    SnMessage message = next(ANSWER);
    if (!type.isInstance(message)) {
      throw new AssertionError("expected " + type.getSimpleName() + ", got " + message);
    }
    return type.cast(message);
  }

  /** CONNECT without will, clean session; expects CONNACK accepted. */
  public void connect(String clientId, int keepAliveSeconds) throws IOException {
    send(new SnConnect(false, true, keepAliveSeconds, clientId));
    SnConnAck ack = expect(SnConnAck.class);
    if (ack.returnCode() != ReturnCodes.ACCEPTED) {
      throw new AssertionError("CONNACK refused: " + ack);
    }
  }

  /** CONNECT with the will exchange (WILLTOPICREQ, WILLTOPIC QoS 1, WILLMSGREQ, WILLMSG). */
  public void connectWithWill(String clientId, int keepAliveSeconds, String topic, String message)
      throws IOException {
    send(new SnConnect(true, true, keepAliveSeconds, clientId));
    expect(SnWillTopicReq.class);
    send(new SnWillTopic(SnQoS.AT_LEAST_ONCE, false, topic));
    expect(SnWillMsgReq.class);
    send(new SnWillMsg(Bytes.utf8(message)));
    SnConnAck ack = expect(SnConnAck.class);
    if (ack.returnCode() != ReturnCodes.ACCEPTED) {
      throw new AssertionError("CONNACK refused: " + ack);
    }
  }

  /** REGISTER; returns the topic id of the accepted REGACK. */
  public int register(String topic) throws IOException {
    int msgId = msgId();
    send(new SnRegister(0, msgId, topic));
    SnRegAck ack = expect(SnRegAck.class);
    if (ack.returnCode() != ReturnCodes.ACCEPTED || ack.msgId() != msgId) {
      throw new AssertionError("REGACK refused: " + ack);
    }
    topicNames.put(ack.topicId(), topic);
    return ack.topicId();
  }

  /**
   * PUBLISH with the flow of its QoS: nothing, PUBACK, or PUBREC PUBREL PUBCOMP.
   *
   * @return the PUBACK for QoS 1 (return code checked by the caller), else null
   */
  public SnPubAck publish(SnTopic topic, int qos, String text) throws IOException {
    SnQoS level = SnQoS.ofBits(qos & 0b11);
    int msgId = qos == 1 || qos == 2 ? msgId() : 0;
    send(new SnPublish(false, level, false, topic, msgId, Bytes.utf8(text)));
    if (qos == 1) {
      return expect(SnPubAck.class);
    }
    if (qos == 2) {
      expect(SnPubRec.class);
      send(new SnPubRel(msgId));
      expect(SnPubComp.class);
    }
    return null;
  }

  public SnSubAck subscribe(SnTopic topic, int qos) throws IOException {
    send(new SnSubscribe(false, SnQoS.ofBits(qos), msgId(), topic));
    SnSubAck ack = expect(SnSubAck.class);
    if (topic instanceof SnTopic.Named named && ack.topicId() != 0) {
      topicNames.put(ack.topicId(), named.name());
    }
    return ack;
  }

  /** A message delivered to this client, by topic name. */
  public record Delivery(String topic, String text, int qos, SnPublish publish) {}

  /**
   * The next PUBLISH, answering REGISTER with REGACK and acknowledging the delivery as its QoS
   * asks; null when none came within {@code timeout}.
   */
  public Delivery nextPublish(Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      SnMessage message = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
      if (message instanceof SnRegister register) {
        topicNames.put(register.topicId(), register.topicName());
        send(new SnRegAck(register.topicId(), register.msgId(), ReturnCodes.ACCEPTED));
      } else if (message instanceof SnPublish publish) {
        return acknowledge(publish);
      } else if (message == null) {
        return null;
      } else if (message instanceof SnPubRel rel) {
        send(new SnPubComp(rel.msgId()));
      }
    }
    return null;
  }

  /** Every message until one of {@code last}'s type, in order; nothing is answered. */
  public List<SnMessage> until(Class<? extends SnMessage> last, Duration timeout)
      throws IOException {
    List<SnMessage> messages = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      SnMessage message = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
      if (message == null) {
        break;
      }
      messages.add(message);
      if (last.isInstance(message)) {
        return messages;
      }
    }
    throw new AssertionError("no " + last.getSimpleName() + " within " + timeout + ": " + messages);
  }

  /** Records the topic of a REGISTER the client received through {@link #until}. */
  public void learned(SnRegister register) {
    topicNames.put(register.topicId(), register.topicName());
  }

  public Delivery acknowledge(SnPublish publish) throws IOException {
    if (publish.qos() == SnQoS.AT_LEAST_ONCE) {
      send(new SnPubAck(idOf(publish.topic()), publish.msgId(), ReturnCodes.ACCEPTED));
    } else if (publish.qos() == SnQoS.EXACTLY_ONCE) {
      send(new SnPubRec(publish.msgId()));
      expect(SnPubRel.class);
      send(new SnPubComp(publish.msgId()));
    }
    String text = new String(publish.data().toByteArray(), StandardCharsets.UTF_8);
    return new Delivery(nameOf(publish.topic()), text, publish.qos().level(), publish);
  }

  private String nameOf(SnTopic topic) {
    if (topic instanceof SnTopic.Registered r) {
      return topicNames.get(r.id());
    }
    if (topic instanceof SnTopic.ShortName s) {
      return s.name();
    }
    return "predefined:" + ((SnTopic.Predefined) topic).id();
  }

  private static int idOf(SnTopic topic) {
    if (topic instanceof SnTopic.Registered r) {
      return r.id();
    }
    if (topic instanceof SnTopic.Predefined p) {
      return p.id();
    }
    byte[] octets = ((SnTopic.ShortName) topic).name().getBytes(StandardCharsets.UTF_8);
    return (octets[0] & 0xFF) << 8 | (octets[1] & 0xFF);
  }

  private int msgId() {
    nextMsgId = nextMsgId >= 0xFFFF ? 1 : nextMsgId + 1;
    return nextMsgId;
  }

  @Override
  public void close() {
    socket.close();
  }
}
