// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.SnMessageType;

/** One MQTT-SN 1.2 message, as carried by one datagram. */
public sealed interface SnMessage
    permits SnAdvertise,
        SnSearchGw,
        SnGwInfo,
        SnConnect,
        SnConnAck,
        SnWillTopicReq,
        SnWillTopic,
        SnWillMsgReq,
        SnWillMsg,
        SnRegister,
        SnRegAck,
        SnPublish,
        SnPubAck,
        SnPubComp,
        SnPubRec,
        SnPubRel,
        SnSubscribe,
        SnSubAck,
        SnUnsubscribe,
        SnUnsubAck,
        SnPingReq,
        SnPingResp,
        SnDisconnect,
        SnWillTopicUpd,
        SnWillTopicResp,
        SnWillMsgUpd,
        SnWillMsgResp,
        SnEncapsulated {

  SnMessageType type();
}
