// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.mqttsn.client;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.protocol.mqttsn.ReturnCodes;
import io.mqttee.protocol.mqttsn.SnQoS;
import io.mqttee.protocol.mqttsn.SnTopic;
import io.mqttee.protocol.mqttsn.message.SnPubAck;
import io.mqttee.protocol.mqttsn.message.SnPublish;
import io.mqttee.protocol.mqttsn.message.SnRegAck;
import io.mqttee.protocol.mqttsn.message.SnRegister;
import io.mqttee.protocol.mqttsn.message.SnSubAck;
import io.mqttee.protocol.mqttsn.message.SnSubscribe;
import io.mqttee.protocol.mqttsn.message.SnUnsubAck;
import io.mqttee.protocol.mqttsn.message.SnUnsubscribe;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.Subscribe;
import io.mqttee.protocol.packet.TopicSubscription;
import io.mqttee.protocol.packet.Unsubscribe;
import io.mqttee.protocol.topic.TopicFilters;
import io.mqttee.protocol.topic.TopicNames;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A connected client's REGISTER, PUBLISH, SUBSCRIBE and UNSUBSCRIBE, translated to MQTT packets for
 * its broker connection, or answered by the gateway when they name an unknown topic.
 */
final class Uplink {

  private final ConnectionId connection;
  private final Downlink downlink;
  private final PredefinedTopics predefined;

  Uplink(ConnectionId connection, Downlink downlink, PredefinedTopics predefined) {
    this.connection = connection;
    this.downlink = downlink;
    this.predefined = predefined;
  }

  /** MQTT-SN 1.2 section 6.5: the gateway assigns the id and answers REGACK. */
  void register(SnRegister register, Actions out) {
    String name = register.topicName();
    if (!TopicNames.isValid(name)) {
      out.toClient(new SnRegAck(0, register.msgId(), ReturnCodes.REJECTED_NOT_SUPPORTED));
      return;
    }
    int id = downlink.topics().assign(name);
    int code = id == 0 ? ReturnCodes.REJECTED_CONGESTION : ReturnCodes.ACCEPTED;
    out.toClient(new SnRegAck(id, register.msgId(), code));
  }

  /** Section 6.6: an unknown topic id is answered by PUBACK "rejected: invalid topic id". */
  void publish(SnPublish publish, Actions out) {
    String name = nameOf(publish.topic());
    if (name == null) {
      out.toClient(
          new SnPubAck(
              topicIdField(publish.topic()),
              publish.msgId(),
              ReturnCodes.REJECTED_INVALID_TOPIC_ID));
      return;
    }
    int level = Math.max(0, publish.qos().level()); // QoS -1 of a connected client: as QoS 0
    if (level == 1) {
      downlink.expectPubAck(publish.msgId(), topicIdField(publish.topic()));
    }
    Publish message =
        new Publish(
            name,
            QoS.of(level),
            publish.retain(),
            publish.dup() && level > 0,
            level == 0 ? 0 : publish.msgId(),
            publish.data().toByteArray(),
            MqttProperties.EMPTY);
    out.toBroker(connection, message);
  }

  /**
   * Section 6.9: by name (wildcards allowed; a name without them gets an id in SUBACK), predefined
   * id or short name.
   */
  void subscribe(SnSubscribe subscribe, Actions out) {
    SnTopic topic = subscribe.topic();
    String filter = nameOf(topic);
    if (filter == null || !TopicFilters.isValid(filter)) {
      int code =
          filter == null
              ? ReturnCodes.REJECTED_INVALID_TOPIC_ID
              : ReturnCodes.REJECTED_NOT_SUPPORTED;
      out.toClient(new SnSubAck(SnQoS.AT_MOST_ONCE, topicIdField(topic), subscribe.msgId(), code));
      return;
    }
    int topicId = 0;
    if (topic instanceof SnTopic.Named && !TopicFilters.hasWildcard(filter)) {
      topicId = downlink.topics().assign(filter);
    } else if (topic instanceof SnTopic.Predefined p) {
      topicId = p.id();
    }
    downlink.expectSubAck(subscribe.msgId(), topicId);
    TopicSubscription subscription = new TopicSubscription(filter, QoS.of(subscribe.qos().level()));
    out.toBroker(
        connection, new Subscribe(subscribe.msgId(), List.of(subscription), MqttProperties.EMPTY));
  }

  void unsubscribe(SnUnsubscribe unsubscribe, Actions out) {
    String filter = nameOf(unsubscribe.topic());
    if (filter == null || !TopicFilters.isValid(filter)) {
      out.toClient(new SnUnsubAck(unsubscribe.msgId())); // subscribed to nothing by that name
      return;
    }
    out.toBroker(
        connection, new Unsubscribe(unsubscribe.msgId(), List.of(filter), MqttProperties.EMPTY));
  }

  /** The topic name or filter a topic stands for, or null for an unknown id. */
  private String nameOf(SnTopic topic) {
    if (topic instanceof SnTopic.Named n) {
      return n.name();
    }
    if (topic instanceof SnTopic.Registered r) {
      return downlink.topics().nameOf(r.id());
    }
    if (topic instanceof SnTopic.Predefined p) {
      return predefined.nameOf(p.id());
    }
    return ((SnTopic.ShortName) topic).name();
  }

  /** The TopicId field as the message carried it, for the answer. */
  static int topicIdField(SnTopic topic) {
    if (topic instanceof SnTopic.Registered r) {
      return r.id();
    }
    if (topic instanceof SnTopic.Predefined p) {
      return p.id();
    }
    if (topic instanceof SnTopic.ShortName s) {
      byte[] octets = s.name().getBytes(StandardCharsets.UTF_8);
      return (octets[0] & 0xFF) << 8 | (octets[1] & 0xFF);
    }
    return 0;
  }
}
