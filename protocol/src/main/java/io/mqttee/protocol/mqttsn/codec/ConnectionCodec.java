// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.codec;

import io.mqttee.protocol.mqttsn.Flags;
import io.mqttee.protocol.mqttsn.codec.SnDecodeFailure.Kind;
import io.mqttee.protocol.mqttsn.message.SnConnAck;
import io.mqttee.protocol.mqttsn.message.SnConnect;
import io.mqttee.protocol.mqttsn.message.SnDisconnect;
import io.mqttee.protocol.mqttsn.message.SnMessage;
import io.mqttee.protocol.mqttsn.message.SnPingReq;
import io.mqttee.protocol.mqttsn.message.SnPingResp;

/**
 * CONNECT, CONNACK, PINGREQ, PINGRESP and DISCONNECT (MQTT-SN 1.2 sections 5.4.4, 5.4.5, 5.4.19 to
 * 5.4.21).
 */
final class ConnectionCodec {

  private ConnectionCodec() {}

  static SnMessage decode(SnReader in) {
    switch (in.type()) {
      case CONNECT:
        return connect(in);
      case CONNACK:
        SnConnAck connAck = new SnConnAck(in.u8("ReturnCode"));
        in.end();
        return connAck;
      case PINGREQ:
        // The ClientId is optional (5.4.19): absent, the PINGREQ is a plain keep-alive.
        return in.atEnd()
            ? SnPingReq.ANONYMOUS
            : new SnPingReq(in.restAsString("ClientId", SnReader.CLIENT_ID));
      case PINGRESP:
        in.end();
        return SnPingResp.INSTANCE;
      default:
        // The Duration is optional (5.4.21): present, the client goes to sleep.
        if (in.atEnd()) {
          return SnDisconnect.PLAIN;
        }
        SnDisconnect sleep = new SnDisconnect(in.u16("Duration"));
        in.end();
        return sleep;
    }
  }

  private static SnConnect connect(SnReader in) {
    // Only Will and CleanSession are used in CONNECT (5.4.4); the other flag bits are ignored.
    Flags flags = in.flags();
    int protocolId = in.u8("ProtocolId");
    if (protocolId != SnConnect.PROTOCOL_ID) {
      throw new SnMalformed(
          Kind.UNSUPPORTED_PROTOCOL_ID,
          in.type(),
          String.format("ProtocolId 0x%02X, not 0x01", protocolId),
          "5.3.8");
    }
    int duration = in.u16("Duration");
    // The spec says 1-23 characters (5.3.1); the length is the gateway's decision, not the codec's.
    String clientId = in.restAsString("ClientId", SnReader.CLIENT_ID);
    return new SnConnect(flags.will(), flags.cleanSession(), duration, clientId);
  }

  static void encode(SnMessage message, SnWriter out) {
    switch (message.type()) {
      case CONNECT:
        SnConnect connect = (SnConnect) message;
        out.flags(Flags.NONE.withWill(connect.will()).withCleanSession(connect.cleanSession()))
            .u8(SnConnect.PROTOCOL_ID)
            .u16(connect.duration())
            .string(connect.clientId());
        break;
      case CONNACK:
        out.u8(((SnConnAck) message).returnCode());
        break;
      case PINGREQ:
        out.string(((SnPingReq) message).clientId());
        break;
      case PINGRESP:
        break;
      default:
        SnDisconnect disconnect = (SnDisconnect) message;
        if (disconnect.hasDuration()) {
          out.u16(disconnect.duration());
        }
    }
  }
}
