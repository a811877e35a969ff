// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.codec;

import io.mqttee.protocol.mqttsn.Flags;
import io.mqttee.protocol.mqttsn.SnQoS;
import io.mqttee.protocol.mqttsn.SnTopic;
import io.mqttee.protocol.mqttsn.message.SnMessage;
import io.mqttee.protocol.mqttsn.message.SnSubAck;
import io.mqttee.protocol.mqttsn.message.SnSubscribe;
import io.mqttee.protocol.mqttsn.message.SnUnsubAck;
import io.mqttee.protocol.mqttsn.message.SnUnsubscribe;

/** SUBSCRIBE, SUBACK, UNSUBSCRIBE, UNSUBACK (MQTT-SN 1.2 sections 5.4.15 to 5.4.18). */
final class SubscriptionCodec {

  private SubscriptionCodec() {}

  static SnMessage decode(SnReader in) {
    switch (in.type()) {
      case SUBSCRIBE:
        // DUP, QoS and TopicIdType are used (5.4.15).
        Flags flags = in.flags();
        if (flags.qos() == SnQoS.MINUS_ONE) {
          throw in.invalidFlags("QoS -1");
        }
        int msgId = in.u16("MsgId");
        return new SnSubscribe(flags.dup(), flags.qos(), msgId, topic(in, flags));
      case UNSUBSCRIBE:
        // Only TopicIdType is used (5.4.17); the QoS bits are ignored.
        Flags unsubscribeFlags = in.flags();
        int unsubscribeId = in.u16("MsgId");
        return new SnUnsubscribe(unsubscribeId, topic(in, unsubscribeFlags));
      case SUBACK:
        // Only QoS, the granted level, is used (5.4.16).
        Flags granted = in.flags();
        if (granted.qos() == SnQoS.MINUS_ONE) {
          throw in.invalidFlags("granted QoS -1");
        }
        SnSubAck subAck =
            new SnSubAck(granted.qos(), in.u16("TopicId"), in.u16("MsgId"), in.u8("ReturnCode"));
        in.end();
        return subAck;
      default:
        SnUnsubAck unsubAck = new SnUnsubAck(in.u16("MsgId"));
        in.end();
        return unsubAck;
    }
  }

  /** The TopicName or TopicId field, by TopicIdType (5.3.4): a name runs to the end. */
  private static SnTopic topic(SnReader in, Flags flags) {
    if (flags.hasReservedTopicIdType()) {
      throw in.invalidFlags("reserved TopicIdType 0b11");
    }
    SnTopic topic;
    switch (flags.topicIdType()) {
      case NORMAL:
        // An empty filter is well-formed here; the gateway refuses it as MQTT does.
        return new SnTopic.Named(in.restAsString("TopicName", SnReader.TOPIC_NAME));
      case PREDEFINED:
        topic = new SnTopic.Predefined(in.u16("TopicId"));
        break;
      default:
        topic = new SnTopic.ShortName(in.shortTopicName());
    }
    in.end();
    return topic;
  }

  static void encode(SnMessage message, SnWriter out) {
    switch (message.type()) {
      case SUBSCRIBE:
        SnSubscribe subscribe = (SnSubscribe) message;
        Flags flags = Flags.NONE.withDup(subscribe.dup()).withQos(subscribe.qos());
        out.flags(flags.withTopicIdType(subscribe.topic().type()))
            .u16(subscribe.msgId())
            .topic(subscribe.topic());
        break;
      case UNSUBSCRIBE:
        SnUnsubscribe unsubscribe = (SnUnsubscribe) message;
        out.flags(Flags.NONE.withTopicIdType(unsubscribe.topic().type()))
            .u16(unsubscribe.msgId())
            .topic(unsubscribe.topic());
        break;
      case SUBACK:
        SnSubAck subAck = (SnSubAck) message;
        out.flags(Flags.NONE.withQos(subAck.grantedQos()))
            .u16(subAck.topicId())
            .u16(subAck.msgId())
            .u8(subAck.returnCode());
        break;
      default:
        out.u16(((SnUnsubAck) message).msgId());
    }
  }
}
