// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.codec;

import io.mqttee.protocol.mqttsn.Flags;
import io.mqttee.protocol.mqttsn.SnMessageType;
import io.mqttee.protocol.mqttsn.SnQoS;
import io.mqttee.protocol.mqttsn.message.SnMessage;
import io.mqttee.protocol.mqttsn.message.SnWillMsg;
import io.mqttee.protocol.mqttsn.message.SnWillMsgReq;
import io.mqttee.protocol.mqttsn.message.SnWillMsgResp;
import io.mqttee.protocol.mqttsn.message.SnWillMsgUpd;
import io.mqttee.protocol.mqttsn.message.SnWillTopic;
import io.mqttee.protocol.mqttsn.message.SnWillTopicReq;
import io.mqttee.protocol.mqttsn.message.SnWillTopicResp;
import io.mqttee.protocol.mqttsn.message.SnWillTopicUpd;

/**
 * The will: WILLTOPICREQ, WILLTOPIC, WILLMSGREQ, WILLMSG (MQTT-SN 1.2 sections 5.4.6 to 5.4.9) and
 * their updates WILLTOPICUPD, WILLMSGUPD, WILLTOPICRESP, WILLMSGRESP (5.4.22 to 5.4.25).
 */
final class WillCodec {

  private WillCodec() {}

  static SnMessage decode(SnReader in) {
    switch (in.type()) {
      case WILLTOPICREQ:
        in.end();
        return SnWillTopicReq.INSTANCE;
      case WILLMSGREQ:
        in.end();
        return SnWillMsgReq.INSTANCE;
      case WILLTOPIC:
      case WILLTOPICUPD:
        return willTopic(in);
      case WILLMSG:
        return new SnWillMsg(in.restAsBytes());
      case WILLMSGUPD:
        return new SnWillMsgUpd(in.restAsBytes());
      case WILLTOPICRESP:
        SnWillTopicResp topicResp = new SnWillTopicResp(in.u8("ReturnCode"));
        in.end();
        return topicResp;
      default:
        SnWillMsgResp msgResp = new SnWillMsgResp(in.u8("ReturnCode"));
        in.end();
        return msgResp;
    }
  }

  /**
   * The empty WILLTOPIC and WILLTOPICUPD have neither Flags nor WillTopic (5.4.7, 5.4.22). A Flags
   * octet followed by no topic is read the same way: a will needs a topic.
   */
  private static SnMessage willTopic(SnReader in) {
    boolean update = in.type() == SnMessageType.WILLTOPICUPD;
    if (in.atEnd()) {
      return update ? SnWillTopicUpd.DELETE : SnWillTopic.DELETE;
    }
    // Only QoS and Retain are used; DUP, Will, CleanSession and TopicIdType are ignored.
    Flags flags = in.flags();
    if (flags.qos() == SnQoS.MINUS_ONE) {
      throw in.invalidFlags("will QoS -1");
    }
    String topic = in.restAsString("WillTopic", SnReader.WILL_TOPIC);
    return update
        ? new SnWillTopicUpd(flags.qos(), flags.retain(), topic)
        : new SnWillTopic(flags.qos(), flags.retain(), topic);
  }

  static void encode(SnMessage message, SnWriter out) {
    switch (message.type()) {
      case WILLTOPIC:
        SnWillTopic topic = (SnWillTopic) message;
        willTopic(out, topic.qos(), topic.retain(), topic.willTopic());
        break;
      case WILLTOPICUPD:
        SnWillTopicUpd update = (SnWillTopicUpd) message;
        willTopic(out, update.qos(), update.retain(), update.willTopic());
        break;
      case WILLMSG:
        out.bytes(((SnWillMsg) message).willMessage());
        break;
      case WILLMSGUPD:
        out.bytes(((SnWillMsgUpd) message).willMessage());
        break;
      case WILLTOPICRESP:
        out.u8(((SnWillTopicResp) message).returnCode());
        break;
      case WILLMSGRESP:
        out.u8(((SnWillMsgResp) message).returnCode());
        break;
      default: // WILLTOPICREQ and WILLMSGREQ are a header only
    }
  }

  private static void willTopic(SnWriter out, SnQoS qos, boolean retain, String topic) {
    if (!topic.isEmpty()) {
      out.flags(Flags.NONE.withQos(qos).withRetain(retain)).string(topic);
    }
  }
}
