// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.codec;

import io.mqttee.protocol.mqttsn.message.SnAdvertise;
import io.mqttee.protocol.mqttsn.message.SnGwInfo;
import io.mqttee.protocol.mqttsn.message.SnMessage;
import io.mqttee.protocol.mqttsn.message.SnSearchGw;

/** Gateway discovery: ADVERTISE, SEARCHGW, GWINFO (MQTT-SN 1.2 sections 5.4.1 to 5.4.3). */
final class DiscoveryCodec {

  private DiscoveryCodec() {}

  static SnMessage decode(SnReader in) {
    switch (in.type()) {
      case ADVERTISE:
        SnAdvertise advertise = new SnAdvertise(in.u8("GwId"), in.u16("Duration"));
        in.end();
        return advertise;
      case SEARCHGW:
        SnSearchGw search = new SnSearchGw(in.u8("Radius"));
        in.end();
        return search;
      default:
        return new SnGwInfo(in.u8("GwId"), in.restAsBytes());
    }
  }

  static void encode(SnMessage message, SnWriter out) {
    switch (message.type()) {
      case ADVERTISE:
        SnAdvertise advertise = (SnAdvertise) message;
        out.u8(advertise.gatewayId()).u16(advertise.duration());
        break;
      case SEARCHGW:
        out.u8(((SnSearchGw) message).radius());
        break;
      default:
        SnGwInfo info = (SnGwInfo) message;
        out.u8(info.gatewayId()).bytes(info.gatewayAddress());
    }
  }
}
