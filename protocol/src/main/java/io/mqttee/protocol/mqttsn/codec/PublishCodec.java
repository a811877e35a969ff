// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.codec;

import io.mqttee.protocol.mqttsn.Flags;
import io.mqttee.protocol.mqttsn.SnTopic;
import io.mqttee.protocol.mqttsn.message.SnMessage;
import io.mqttee.protocol.mqttsn.message.SnPubAck;
import io.mqttee.protocol.mqttsn.message.SnPubComp;
import io.mqttee.protocol.mqttsn.message.SnPubRec;
import io.mqttee.protocol.mqttsn.message.SnPubRel;
import io.mqttee.protocol.mqttsn.message.SnPublish;
import io.mqttee.protocol.mqttsn.message.SnRegAck;
import io.mqttee.protocol.mqttsn.message.SnRegister;

/**
 * Topic registration and publishing: REGISTER, REGACK, PUBLISH, PUBACK, PUBREC, PUBREL, PUBCOMP
 * (MQTT-SN 1.2 sections 5.4.10 to 5.4.14).
 */
final class PublishCodec {

  private PublishCodec() {}

  static SnMessage decode(SnReader in) {
    SnMessage message;
    switch (in.type()) {
      case REGISTER:
        int topicId = in.u16("TopicId");
        int msgId = in.u16("MsgId");
        // An empty or wildcard topic name is well-formed; the gateway answers it with REGACK 0x02.
        return new SnRegister(topicId, msgId, in.restAsString("TopicName", SnReader.TOPIC_NAME));
      case REGACK:
        message = new SnRegAck(in.u16("TopicId"), in.u16("MsgId"), in.u8("ReturnCode"));
        break;
      case PUBLISH:
        return publish(in);
      case PUBACK:
        message = new SnPubAck(in.u16("TopicId"), in.u16("MsgId"), in.u8("ReturnCode"));
        break;
      case PUBREC:
        message = new SnPubRec(in.u16("MsgId"));
        break;
      case PUBREL:
        message = new SnPubRel(in.u16("MsgId"));
        break;
      default:
        message = new SnPubComp(in.u16("MsgId"));
    }
    in.end();
    return message;
  }

  private static SnPublish publish(SnReader in) {
    // All six fields of the Flags octet are used except Will and CleanSession (5.4.12).
    Flags flags = in.flags();
    if (flags.hasReservedTopicIdType()) {
      throw in.invalidFlags("reserved TopicIdType 0b11");
    }
    SnTopic topic;
    switch (flags.topicIdType()) {
      case NORMAL:
        topic = new SnTopic.Registered(in.u16("TopicId"));
        break;
      case PREDEFINED:
        topic = new SnTopic.Predefined(in.u16("TopicId"));
        break;
      default:
        topic = new SnTopic.ShortName(in.shortTopicName());
    }
    int msgId = in.u16("MsgId");
    return new SnPublish(flags.dup(), flags.qos(), flags.retain(), topic, msgId, in.restAsBytes());
  }

  static void encode(SnMessage message, SnWriter out) {
    switch (message.type()) {
      case REGISTER:
        SnRegister register = (SnRegister) message;
        out.u16(register.topicId()).u16(register.msgId()).string(register.topicName());
        break;
      case REGACK:
        SnRegAck regAck = (SnRegAck) message;
        out.u16(regAck.topicId()).u16(regAck.msgId()).u8(regAck.returnCode());
        break;
      case PUBLISH:
        publish((SnPublish) message, out);
        break;
      case PUBACK:
        SnPubAck pubAck = (SnPubAck) message;
        out.u16(pubAck.topicId()).u16(pubAck.msgId()).u8(pubAck.returnCode());
        break;
      case PUBREC:
        out.u16(((SnPubRec) message).msgId());
        break;
      case PUBREL:
        out.u16(((SnPubRel) message).msgId());
        break;
      default:
        out.u16(((SnPubComp) message).msgId());
    }
  }

  private static void publish(SnPublish publish, SnWriter out) {
    SnTopic topic = publish.topic();
    out.flags(
        Flags.NONE
            .withDup(publish.dup())
            .withQos(publish.qos())
            .withRetain(publish.retain())
            .withTopicIdType(topic.type()));
    out.topic(topic).u16(publish.msgId()).bytes(publish.data());
  }
}
