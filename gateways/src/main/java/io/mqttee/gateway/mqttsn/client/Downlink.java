// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.mqttsn.client;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.protocol.mqttsn.Bytes;
import io.mqttee.protocol.mqttsn.ReturnCodes;
import io.mqttee.protocol.mqttsn.SnMessageType;
import io.mqttee.protocol.mqttsn.SnQoS;
import io.mqttee.protocol.mqttsn.SnTopic;
import io.mqttee.protocol.mqttsn.message.SnDisconnect;
import io.mqttee.protocol.mqttsn.message.SnMessage;
import io.mqttee.protocol.mqttsn.message.SnPubAck;
import io.mqttee.protocol.mqttsn.message.SnPubComp;
import io.mqttee.protocol.mqttsn.message.SnPubRec;
import io.mqttee.protocol.mqttsn.message.SnPubRel;
import io.mqttee.protocol.mqttsn.message.SnPublish;
import io.mqttee.protocol.mqttsn.message.SnRegAck;
import io.mqttee.protocol.mqttsn.message.SnRegister;
import io.mqttee.protocol.mqttsn.message.SnSubAck;
import io.mqttee.protocol.mqttsn.message.SnUnsubAck;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.PubComp;
import io.mqttee.protocol.packet.PubRec;
import io.mqttee.protocol.packet.PubRel;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.ReasonCodes;
import io.mqttee.protocol.packet.SubAck;
import io.mqttee.protocol.packet.UnsubAck;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the broker sends one client's connection, translated to MQTT-SN, and the client's answers
 * translated back: topic ids (registering a topic before its first PUBLISH when the client has no
 * id for it), the acknowledgement flows, unacknowledged messages, and the buffer of a sleeping
 * client. One per broker connection.
 */
final class Downlink {

  /** Length, MsgType, Flags, TopicId and MsgId of a PUBLISH in the three-octet Length form. */
  private static final int PUBLISH_OVERHEAD = 9;

  private final ConnectionId connection;
  private final TopicTable topics = new TopicTable();
  private final PredefinedTopics predefined;
  private final Inflight inflight;
  private final int maxBuffered;
  private final Map<Integer, List<Publish>> awaitingRegAck = new HashMap<>();
  private final Map<Integer, Integer> pubAckTopicIds = new HashMap<>();
  private final Map<Integer, Integer> subAckTopicIds = new HashMap<>();
  private final Deque<MqttPacket> buffered = new ArrayDeque<>();
  private int lastRegisterMsgId;

  Downlink(ConnectionId connection, ClientSettings settings) {
    this.connection = connection;
    this.predefined = settings.predefined();
    this.inflight = new Inflight(settings.retryMillis(), settings.retries());
    this.maxBuffered = settings.maxBuffered();
  }

  TopicTable topics() {
    return topics;
  }

  /** A PUBACK from the broker for this uplink PUBLISH carries the client's topic id. */
  void expectPubAck(int msgId, int topicId) {
    pubAckTopicIds.put(msgId, topicId);
  }

  /** The SUBACK of this SUBSCRIBE carries the topic id the gateway assigned, or 0. */
  void expectSubAck(int msgId, int topicId) {
    subAckTopicIds.put(msgId, topicId);
  }

  /** One packet from the broker for an active or awake client. */
  void deliver(MqttPacket packet, long nowMillis, Actions out) {
    if (packet instanceof Publish p) {
      publish(p, nowMillis, out);
    } else if (packet instanceof PubRel r) {
      SnPubRel rel = new SnPubRel(r.packetId());
      inflight.sent(SnMessageType.PUBCOMP, r.packetId(), rel, nowMillis);
      out.toClient(rel);
    } else if (packet instanceof PubAck a) {
      Integer topicId = pubAckTopicIds.remove(a.packetId());
      out.toClient(new SnPubAck(topicId == null ? 0 : topicId, a.packetId(), ReturnCodes.ACCEPTED));
    } else if (packet instanceof PubRec r) {
      out.toClient(new SnPubRec(r.packetId()));
    } else if (packet instanceof PubComp c) {
      out.toClient(new SnPubComp(c.packetId()));
    } else if (packet instanceof SubAck s) {
      out.toClient(subAck(s));
    } else if (packet instanceof UnsubAck u) {
      out.toClient(new SnUnsubAck(u.packetId()));
    } else if (packet instanceof Disconnect) {
      out.toClient(SnDisconnect.PLAIN);
    }
  }

  /**
   * A packet for a sleeping client, kept until it wakes; the oldest goes when the buffer is full.
   */
  void buffer(MqttPacket packet, Actions out) {
    if (buffered.size() >= maxBuffered) {
      buffered.poll();
      out.drop("buffer of a sleeping client full: oldest message dropped");
    }
    buffered.add(packet);
  }

  int bufferedCount() {
    return buffered.size();
  }

  /** The client woke: what waited for an answer goes again, then what was buffered. */
  void wake(long nowMillis, Actions out) {
    inflight.all(nowMillis).forEach(out::toClient);
    while (!buffered.isEmpty()) {
      deliver(buffered.poll(), nowMillis, out);
    }
  }

  /** Whether a REGISTER of the gateway still waits for its REGACK. */
  boolean registrationsPending() {
    return !awaitingRegAck.isEmpty();
  }

  /**
   * Messages due again at {@code nowMillis}, sent into {@code out}.
   *
   * @return false when one was already sent Nretry more times: the client is lost
   */
  boolean retransmit(long nowMillis, Actions out) {
    List<SnMessage> due = inflight.due(nowMillis);
    if (due == null) {
      return false;
    }
    due.forEach(out::toClient);
    return true;
  }

  int inflightCount() {
    return inflight.size();
  }

  /** The client acknowledged a QoS 1 PUBLISH. */
  void pubAck(SnPubAck ack, Actions out) {
    if (inflight.acknowledged(SnMessageType.PUBACK, ack.msgId()) == null) {
      out.drop("PUBACK for no PUBLISH in flight");
      return;
    }
    if (ack.returnCode() == ReturnCodes.REJECTED_INVALID_TOPIC_ID) {
      topics.forget(ack.topicId()); // registered again before the next PUBLISH on it
    }
    out.toBroker(connection, new PubAck(ack.msgId()));
  }

  /** The client received a QoS 2 PUBLISH. */
  void pubRec(SnPubRec rec, Actions out) {
    if (inflight.acknowledged(SnMessageType.PUBREC, rec.msgId()) == null) {
      out.drop("PUBREC for no PUBLISH in flight");
      return;
    }
    out.toBroker(connection, new PubRec(rec.msgId()));
  }

  /** The client completed a QoS 2 delivery. */
  void pubComp(SnPubComp comp, Actions out) {
    if (inflight.acknowledged(SnMessageType.PUBCOMP, comp.msgId()) == null) {
      out.drop("PUBCOMP for no PUBREL in flight");
      return;
    }
    out.toBroker(connection, new PubComp(comp.msgId()));
  }

  /** The client answered the gateway's REGISTER: what waited for the id goes now, or never. */
  void regAck(SnRegAck ack, long nowMillis, Actions out) {
    if (inflight.acknowledged(SnMessageType.REGACK, ack.msgId()) == null) {
      out.drop("REGACK for no REGISTER in flight");
      return;
    }
    List<Publish> waiting = awaitingRegAck.remove(ack.topicId());
    if (waiting == null) {
      return;
    }
    if (ack.returnCode() == ReturnCodes.ACCEPTED) {
      waiting.forEach(p -> send(p, new SnTopic.Registered(ack.topicId()), nowMillis, out));
      return;
    }
    topics.forget(ack.topicId());
    for (Publish p : waiting) {
      out.drop("client refused the topic id of " + p.topic());
      acknowledgeUndelivered(p, out);
    }
  }

  private void publish(Publish p, long nowMillis, Actions out) {
    if (p.payload().length + PUBLISH_OVERHEAD > 0xFFFF) {
      out.drop("PUBLISH too large for MQTT-SN on " + p.topic());
      acknowledgeUndelivered(p, out);
      return;
    }
    SnTopic topic = topicOf(p.topic());
    if (topic == null) {
      int id = topics.assign(p.topic());
      if (id == 0) {
        out.drop("no topic id left for " + p.topic());
        acknowledgeUndelivered(p, out);
        return;
      }
      register(id, p.topic(), nowMillis, out);
      topic = new SnTopic.Registered(id);
    }
    List<Publish> waiting =
        topic instanceof SnTopic.Registered r ? awaitingRegAck.get(r.id()) : null;
    if (waiting != null) {
      waiting.add(p); // MQTT-SN 1.2 section 6.10: PUBLISH only once REGACK gave the id
      return;
    }
    send(p, topic, nowMillis, out);
  }

  /**
   * The client's id for a topic: registered, predefined, or the name itself when it is two octets
   * long (short topic name); null when the gateway must REGISTER it first.
   */
  private SnTopic topicOf(String name) {
    Integer id = topics.idOf(name);
    if (id != null) {
      return new SnTopic.Registered(id);
    }
    Integer predefinedId = predefined.idOf(name);
    if (predefinedId != null) {
      return new SnTopic.Predefined(predefinedId);
    }
    if (name.getBytes(StandardCharsets.UTF_8).length == 2) {
      return new SnTopic.ShortName(name);
    }
    return null;
  }

  private void register(int topicId, String name, long nowMillis, Actions out) {
    lastRegisterMsgId = lastRegisterMsgId >= 0xFFFF ? 1 : lastRegisterMsgId + 1;
    SnRegister register = new SnRegister(topicId, lastRegisterMsgId, name);
    inflight.sent(SnMessageType.REGACK, lastRegisterMsgId, register, nowMillis);
    awaitingRegAck.put(topicId, new ArrayList<>());
    out.toClient(register);
  }

  private void send(Publish p, SnTopic topic, long nowMillis, Actions out) {
    SnQoS qos = SnQoS.ofBits(p.qos().value());
    int msgId = p.qos() == QoS.AT_MOST_ONCE ? 0 : p.packetId();
    SnPublish publish = new SnPublish(false, qos, p.retain(), topic, msgId, Bytes.of(p.payload()));
    if (p.qos() == QoS.AT_LEAST_ONCE) {
      inflight.sent(SnMessageType.PUBACK, msgId, publish, nowMillis);
    } else if (p.qos() == QoS.EXACTLY_ONCE) {
      inflight.sent(SnMessageType.PUBREC, msgId, publish, nowMillis);
    }
    out.toClient(publish);
  }

  /** A message the client will never get must not hold the broker's in-flight window. */
  private void acknowledgeUndelivered(Publish p, Actions out) {
    if (p.qos() == QoS.AT_LEAST_ONCE) {
      out.toBroker(connection, new PubAck(p.packetId()));
    } else if (p.qos() == QoS.EXACTLY_ONCE) {
      out.toBroker(connection, new PubRec(p.packetId()));
    }
  }

  private SnSubAck subAck(SubAck s) {
    Integer topicId = subAckTopicIds.remove(s.packetId());
    int code = s.reasonCodes().isEmpty() ? ReasonCodes.SUBACK_FAILURE : s.reasonCodes().get(0);
    int id = topicId == null ? 0 : topicId;
    if (code > QoS.EXACTLY_ONCE.value()) {
      return new SnSubAck(SnQoS.AT_MOST_ONCE, id, s.packetId(), ReturnCodes.REJECTED_NOT_SUPPORTED);
    }
    return new SnSubAck(SnQoS.ofBits(code), id, s.packetId(), ReturnCodes.ACCEPTED);
  }
}
