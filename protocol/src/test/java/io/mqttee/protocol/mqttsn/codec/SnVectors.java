// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.codec;

import static io.mqttee.protocol.mqttsn.codec.SnWire.bytes;

import io.mqttee.protocol.mqttsn.Bytes;
import io.mqttee.protocol.mqttsn.ReturnCodes;
import io.mqttee.protocol.mqttsn.SnQoS;
import io.mqttee.protocol.mqttsn.SnTopic;
import io.mqttee.protocol.mqttsn.message.SnAdvertise;
import io.mqttee.protocol.mqttsn.message.SnConnAck;
import io.mqttee.protocol.mqttsn.message.SnConnect;
import io.mqttee.protocol.mqttsn.message.SnDisconnect;
import io.mqttee.protocol.mqttsn.message.SnEncapsulated;
import io.mqttee.protocol.mqttsn.message.SnGwInfo;
import io.mqttee.protocol.mqttsn.message.SnMessage;
import io.mqttee.protocol.mqttsn.message.SnPingReq;
import io.mqttee.protocol.mqttsn.message.SnPingResp;
import io.mqttee.protocol.mqttsn.message.SnPubAck;
import io.mqttee.protocol.mqttsn.message.SnPubComp;
import io.mqttee.protocol.mqttsn.message.SnPubRec;
import io.mqttee.protocol.mqttsn.message.SnPubRel;
import io.mqttee.protocol.mqttsn.message.SnPublish;
import io.mqttee.protocol.mqttsn.message.SnRegAck;
import io.mqttee.protocol.mqttsn.message.SnRegister;
import io.mqttee.protocol.mqttsn.message.SnSearchGw;
import io.mqttee.protocol.mqttsn.message.SnSubAck;
import io.mqttee.protocol.mqttsn.message.SnSubscribe;
import io.mqttee.protocol.mqttsn.message.SnUnsubAck;
import io.mqttee.protocol.mqttsn.message.SnUnsubscribe;
import io.mqttee.protocol.mqttsn.message.SnWillMsg;
import io.mqttee.protocol.mqttsn.message.SnWillMsgReq;
import io.mqttee.protocol.mqttsn.message.SnWillMsgResp;
import io.mqttee.protocol.mqttsn.message.SnWillMsgUpd;
import io.mqttee.protocol.mqttsn.message.SnWillTopic;
import io.mqttee.protocol.mqttsn.message.SnWillTopicReq;
import io.mqttee.protocol.mqttsn.message.SnWillTopicResp;
import io.mqttee.protocol.mqttsn.message.SnWillTopicUpd;
import java.util.List;

/** Every MQTT-SN 1.2 message with its octets worked out by hand from the spec's tables. */
final class SnVectors {

  /** One message and its datagram; {@code name} cites the section that defines the layout. */
  record Vector(String name, SnMessage message, byte[] wire) {
    @Override
    public String toString() {
      return name;
    }
  }

  private SnVectors() {}

  private static Vector v(String section, String what, SnMessage message, String hex) {
    return new Vector("MQTT-SN 1.2 section " + section + ": " + what, message, hex(hex));
  }

  /** Octets written as two hex digits each, separated by spaces. */
  static byte[] hex(String hex) {
    String[] octets = hex.split(" ");
    byte[] b = new byte[octets.length];
    for (int i = 0; i < octets.length; i++) {
      b[i] = (byte) Integer.parseInt(octets[i], 16);
    }
    return b;
  }

  private static Bytes text(String s) {
    return Bytes.utf8(s);
  }

  static final List<Vector> ALL =
      List.of(
          v("5.4.1", "ADVERTISE", new SnAdvertise(1, 900), "05 00 01 03 84"),
          v("5.4.2", "SEARCHGW", new SnSearchGw(1), "03 01 01"),
          v("5.4.3", "GWINFO from a gateway", new SnGwInfo(5, Bytes.EMPTY), "03 02 05"),
          v(
              "5.4.3",
              "GWINFO from a client, with the gateway's address",
              new SnGwInfo(5, Bytes.of(bytes(10, 0, 0, 7))),
              "07 02 05 0A 00 00 07"),
          v(
              "5.4.4",
              "CONNECT with will and clean session",
              new SnConnect(true, true, 60, "c1"),
              "08 04 0C 01 00 3C 63 31"),
          v(
              "5.4.4",
              "CONNECT with a non-ASCII client id",
              new SnConnect(false, false, 0xFFFF, "\u00e9"),
              "08 04 00 01 FF FF C3 A9"),
          v("5.4.5", "CONNACK accepted", new SnConnAck(ReturnCodes.ACCEPTED), "03 05 00"),
          v(
              "5.4.5",
              "CONNACK congestion",
              new SnConnAck(ReturnCodes.REJECTED_CONGESTION),
              "03 05 01"),
          v("5.4.6", "WILLTOPICREQ", SnWillTopicReq.INSTANCE, "02 06"),
          v(
              "5.4.7",
              "WILLTOPIC QoS 1 retained",
              new SnWillTopic(SnQoS.AT_LEAST_ONCE, true, "w/t"),
              "06 07 30 77 2F 74"),
          v("5.4.7", "the empty WILLTOPIC deletes the will", SnWillTopic.DELETE, "02 07"),
          v("5.4.8", "WILLMSGREQ", SnWillMsgReq.INSTANCE, "02 08"),
          v("5.4.9", "WILLMSG", new SnWillMsg(text("bye")), "05 09 62 79 65"),
          v(
              "5.4.10",
              "REGISTER from a client (topic id 0)",
              new SnRegister(0, 1, "a/b"),
              "09 0A 00 00 00 01 61 2F 62"),
          v(
              "5.4.10",
              "REGISTER of a non-ASCII topic name",
              new SnRegister(7, 2, "caf\u00e9/\ud83d\ude00"),
              "10 0A 00 07 00 02 63 61 66 C3 A9 2F F0 9F 98 80"),
          v("5.4.11", "REGACK", new SnRegAck(5, 1, ReturnCodes.ACCEPTED), "07 0B 00 05 00 01 00"),
          v(
              "5.4.12",
              "PUBLISH QoS 1 to a registered topic id",
              new SnPublish(
                  false, SnQoS.AT_LEAST_ONCE, false, new SnTopic.Registered(5), 2, text("hi")),
              "09 0C 20 00 05 00 02 68 69"),
          v(
              "5.4.12",
              "PUBLISH QoS -1 to a predefined topic id",
              new SnPublish(false, SnQoS.MINUS_ONE, false, new SnTopic.Predefined(1), 0, text("x")),
              "08 0C 61 00 01 00 00 78"),
          v(
              "5.4.12",
              "PUBLISH QoS 2 duplicate retained to a short topic name, no data",
              new SnPublish(
                  true, SnQoS.EXACTLY_ONCE, true, new SnTopic.ShortName("ab"), 3, Bytes.EMPTY),
              "07 0C D2 61 62 00 03"),
          v(
              "5.4.13",
              "PUBACK rejecting an invalid topic id",
              new SnPubAck(5, 2, ReturnCodes.REJECTED_INVALID_TOPIC_ID),
              "07 0D 00 05 00 02 02"),
          v("5.4.14", "PUBCOMP", new SnPubComp(3), "04 0E 00 03"),
          v("5.4.14", "PUBREC", new SnPubRec(3), "04 0F 00 03"),
          v("5.4.14", "PUBREL", new SnPubRel(0xFFFF), "04 10 FF FF"),
          v(
              "5.4.15",
              "SUBSCRIBE QoS 1 to a topic filter",
              new SnSubscribe(false, SnQoS.AT_LEAST_ONCE, 4, new SnTopic.Named("s/+")),
              "08 12 20 00 04 73 2F 2B"),
          v(
              "5.4.15",
              "SUBSCRIBE QoS 2 duplicate to a predefined topic id",
              new SnSubscribe(true, SnQoS.EXACTLY_ONCE, 5, new SnTopic.Predefined(7)),
              "07 12 C1 00 05 00 07"),
          v(
              "5.4.15",
              "SUBSCRIBE QoS 0 to a short topic name",
              new SnSubscribe(false, SnQoS.AT_MOST_ONCE, 6, new SnTopic.ShortName("ab")),
              "07 12 02 00 06 61 62"),
          v(
              "5.4.16",
              "SUBACK granting QoS 1",
              new SnSubAck(SnQoS.AT_LEAST_ONCE, 9, 4, ReturnCodes.ACCEPTED),
              "08 13 20 00 09 00 04 00"),
          v(
              "5.4.17",
              "UNSUBSCRIBE a topic filter",
              new SnUnsubscribe(7, new SnTopic.Named("s/#")),
              "08 14 00 00 07 73 2F 23"),
          v(
              "5.4.17",
              "UNSUBSCRIBE a predefined topic id",
              new SnUnsubscribe(8, new SnTopic.Predefined(7)),
              "07 14 01 00 08 00 07"),
          v("5.4.18", "UNSUBACK", new SnUnsubAck(7), "04 15 00 07"),
          v("5.4.19", "PINGREQ without client id", SnPingReq.ANONYMOUS, "02 16"),
          v("5.4.19", "PINGREQ of a sleeping client", new SnPingReq("c1"), "04 16 63 31"),
          v("5.4.20", "PINGRESP", SnPingResp.INSTANCE, "02 17"),
          v("5.4.21", "DISCONNECT", SnDisconnect.PLAIN, "02 18"),
          v("5.4.21", "DISCONNECT to sleep 300 s", new SnDisconnect(300), "04 18 01 2C"),
          v(
              "5.4.22",
              "WILLTOPICUPD QoS 2",
              new SnWillTopicUpd(SnQoS.EXACTLY_ONCE, false, "w"),
              "04 1A 40 77"),
          v("5.4.22", "the empty WILLTOPICUPD deletes the will", SnWillTopicUpd.DELETE, "02 1A"),
          v("5.4.24", "WILLTOPICRESP", new SnWillTopicResp(ReturnCodes.ACCEPTED), "03 1B 00"),
          v("5.4.23", "WILLMSGUPD", new SnWillMsgUpd(text("z")), "03 1C 7A"),
          v(
              "5.4.25",
              "WILLMSGRESP not supported",
              new SnWillMsgResp(ReturnCodes.REJECTED_NOT_SUPPORTED),
              "03 1D 03"),
          v(
              "5.5",
              "a PINGREQ encapsulated by a forwarder",
              new SnEncapsulated(1, Bytes.of(bytes(0x00, 0x2A)), Bytes.of(bytes(2, 0x16))),
              "05 FE 01 00 2A 02 16"));
}
