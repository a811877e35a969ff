// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.ProtocolVersion;
import java.nio.ByteBuffer;

/**
 * Encodes packets for a connection's protocol version. Stateless and thread-safe.
 *
 * <p>Every packet type is encoded in both directions, so that clients can use it too. Where the
 * version's wire format has no room for a field (properties and reason codes before MQTT 5) the
 * field is ignored. Two cases need the caller's care: an MQTT 3.1.1 DISCONNECT is encoded as the
 * two bytes a client sends (a 3.1.1 server never sends DISCONNECT: it closes the connection), and
 * AUTH for a version before MQTT 5 throws {@link IllegalArgumentException}.
 */
public final class MqttEncoder {

  private static final BodyEncoder[] ENCODERS = new BodyEncoder[16];

  static {
    BodyEncoder acks = new PacketIdAckEncoder();
    BodyEncoder empty = new EmptyBodyEncoder();
    BodyEncoder reasonOnly = new ReasonOnlyEncoder();
    ENCODERS[1] = new ConnectEncoder();
    ENCODERS[2] = new ConnAckEncoder();
    ENCODERS[3] = new PublishEncoder();
    ENCODERS[4] = acks;
    ENCODERS[5] = acks;
    ENCODERS[6] = acks;
    ENCODERS[7] = acks;
    ENCODERS[8] = new SubscribeEncoder();
    ENCODERS[9] = new SubAckEncoder();
    ENCODERS[10] = new UnsubscribeEncoder();
    ENCODERS[11] = new UnsubAckEncoder();
    ENCODERS[12] = empty;
    ENCODERS[13] = empty;
    ENCODERS[14] = reasonOnly;
    ENCODERS[15] = reasonOnly;
  }

  private MqttEncoder() {}

  /** The number of bytes {@link #encode} writes for this packet, fixed header included. */
  public static int encodedLength(MqttPacket packet, ProtocolVersion version) {
    int remainingLength = checked(encoder(packet).remainingLength(packet, version));
    return 1 + VariableByteInteger.size(remainingLength) + remainingLength;
  }

  /**
   * Writes the packet at the buffer's position, advancing it by {@link #encodedLength}.
   *
   * @throws java.nio.BufferOverflowException when the buffer has less room than that
   */
  public static void encode(MqttPacket packet, ProtocolVersion version, ByteBuffer out) {
    BodyEncoder encoder = encoder(packet);
    int remainingLength = checked(encoder.remainingLength(packet, version));
    out.put((byte) (packet.type().value() << 4 | encoder.flags(packet)));
    VariableByteInteger.write(out, remainingLength);
    encoder.write(packet, version, out);
  }

  private static int checked(int remainingLength) {
    if (remainingLength > VariableByteInteger.MAX_VALUE) {
      throw new IllegalArgumentException("packet too large for MQTT: " + remainingLength);
    }
    return remainingLength;
  }

  private static BodyEncoder encoder(MqttPacket packet) {
    return ENCODERS[packet.type().value()];
  }
}
