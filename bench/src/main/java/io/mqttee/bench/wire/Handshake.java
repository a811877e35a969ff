// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.wire;

import io.mqttee.protocol.codec.MqttDecoder;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.SubAck;
import java.io.IOException;

/**
 * Waits for the CONNACK (and SUBACK, when a SUBSCRIBE was sent) on a blocking connection, decoded
 * with the project's codec, and checks that the broker accepted them. The client sends SUBSCRIBE
 * right after CONNECT without waiting, which MQTT allows (3.1.4), so a thousand clients connect in
 * a few round trips.
 */
public final class Handshake {

  private static final int MAX_PACKET_BYTES = 64 * 1024;

  /** MQTT 5 Receive Maximum property (3.2.2.3.3); absent means 65 535. */
  private static final int RECEIVE_MAXIMUM = 0x21;

  private static final int NO_LIMIT = 65_535;

  private Handshake() {}

  /**
   * Blocks until accepted; throws on refusal, end of stream or the socket timeout.
   *
   * @return the broker's Receive Maximum: QoS 1 and 2 PUBLISH packets it accepts unacknowledged
   */
  public static int await(
      ClientConnection connection, ProtocolVersion version, boolean expectSubAck)
      throws IOException {
    MqttDecoder decoder = MqttDecoder.forClient(MAX_PACKET_BYTES, version);
    boolean connAcked = false;
    boolean subAcked = !expectSubAck;
    int receiveMaximum = NO_LIMIT;
    while (!connAcked || !subAcked) {
      MqttPacket packet = connection.decodeNext(decoder);
      if (packet == null) {
        if (!connection.readBlocking()) {
          throw new IOException(connection.clientId() + ": broker closed the connection");
        }
      } else if (packet instanceof ConnAck connAck) {
        check(connAck.reasonCode() == 0, connection, "CONNACK code " + connAck.reasonCode());
        connAcked = true;
        receiveMaximum = connAck.properties().intValue(RECEIVE_MAXIMUM, NO_LIMIT);
      } else if (packet instanceof SubAck subAck) {
        int code = subAck.reasonCodes().get(0);
        check(code < 0x80, connection, "SUBACK code 0x" + Integer.toHexString(code));
        subAcked = true;
      } else if (packet instanceof Disconnect disconnect) {
        check(false, connection, "DISCONNECT code " + disconnect.reasonCode());
      }
      // a stray retained PUBLISH is ignored: the run's topics are never retained
    }
    return receiveMaximum;
  }

  private static void check(boolean accepted, ClientConnection connection, String what) {
    if (!accepted) {
      throw new HandshakeRefusedException(connection.clientId() + ": broker refused, " + what);
    }
  }
}
