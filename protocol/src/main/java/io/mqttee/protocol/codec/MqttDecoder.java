// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.PacketType;
import io.mqttee.protocol.packet.PingReq;
import io.mqttee.protocol.packet.PingResp;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.ReasonCodes;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/**
 * Incremental decoder for the packets of one connection. Not thread-safe: one per connection.
 *
 * <p>Call {@link #decode} with the buffered bytes; it returns the next packet and advances the
 * buffer past it, or returns null: either the buffer does not hold a whole packet yet (position
 * unchanged, {@link #failure()} null) or the input is malformed ({@link #failure()} set; the
 * decoder then refuses all further input). The packet size limit is checked from the fixed header,
 * before any of the payload is buffered. Between calls the caller keeps the unconsumed bytes
 * starting at the buffer's position (it may compact the buffer).
 *
 * <p>A server-side decoder ({@link #MqttDecoder(int)}) requires CONNECT first and learns the
 * version from it; a client-side decoder ({@link #forClient}) is given the version it connected
 * with and rejects packets only a server may receive.
 */
public final class MqttDecoder {

  private enum State {
    READ_FIXED_HEADER,
    READ_BODY,
    BAD_MESSAGE
  }

  private final int maxPacketSize;
  private final boolean serverSide;
  private State state = State.READ_FIXED_HEADER;
  private ProtocolVersion version;
  private ProtocolVersion attemptedVersion;
  private DecodeFailure failure;
  private PacketType type;
  private int flags;
  private int headerLength;
  private int remainingLength;
  private TopicAliasTable topicAliases;

  /** A server-side decoder accepting packets of at most {@code maxPacketSize} bytes in total. */
  public MqttDecoder(int maxPacketSize) {
    this(maxPacketSize, true, null);
  }

  private MqttDecoder(int maxPacketSize, boolean serverSide, ProtocolVersion version) {
    this.maxPacketSize = maxPacketSize;
    this.serverSide = serverSide;
    this.version = version;
    this.topicAliases = new TopicAliasTable(0, aliasStatement());
  }

  private String aliasStatement() {
    return serverSide ? "MQTT-3.3.2-9" : "MQTT-3.3.2-11";
  }

  /**
   * Accepts MQTT 5 topic aliases up to the Topic Alias Maximum this side announced (the server in
   * its CONNACK, a client in its CONNECT); until then any alias is refused with reason code 0x94.
   * Decoded PUBLISH packets always carry the full topic name and no Topic Alias property.
   */
  public void acceptTopicAliases(int topicAliasMaximum) {
    this.topicAliases = new TopicAliasTable(topicAliasMaximum, aliasStatement());
  }

  /** A decoder for a client that connected with {@code version}, as used by test clients. */
  public static MqttDecoder forClient(int maxPacketSize, ProtocolVersion version) {
    return new MqttDecoder(maxPacketSize, false, version);
  }

  public MqttPacket decode(ByteBuffer in) {
    if (state == State.READ_FIXED_HEADER && !readFixedHeader(in)) {
      return null;
    }
    if (state != State.READ_BODY || in.remaining() < headerLength + remainingLength) {
      return null;
    }
    return readBody(in);
  }

  private boolean readFixedHeader(ByteBuffer in) {
    if (!in.hasRemaining()) {
      return false;
    }
    int start = in.position();
    int firstByte = in.get(start) & 0xFF;
    try {
      type = FixedHeaderRules.check(firstByte, version, serverSide);
    } catch (MalformedPacketException e) {
      return fail(e.failure());
    }
    int peeked = VariableByteInteger.peek(in, start + 1);
    if (peeked == VariableByteInteger.INCOMPLETE) {
      return false;
    }
    if (peeked == VariableByteInteger.TOO_LONG) {
      return fail(
          new DecodeFailure(
              "remaining length longer than four bytes", "2.2.3", ReasonCodes.MALFORMED_PACKET));
    }
    flags = firstByte & 0x0F;
    headerLength = 1 + VariableByteInteger.sizeOf(peeked);
    remainingLength = VariableByteInteger.valueOf(peeked);
    if (headerLength + remainingLength > maxPacketSize) {
      return fail(
          new DecodeFailure(
              type + " of " + (headerLength + remainingLength) + " bytes exceeds " + maxPacketSize,
              "3.2.2.3.6",
              ReasonCodes.PACKET_TOO_LARGE));
    }
    state = State.READ_BODY;
    return true;
  }

  private MqttPacket readBody(ByteBuffer in) {
    int start = in.position();
    int end = start + headerLength + remainingLength;
    int limit = in.limit();
    in.limit(end).position(start + headerLength);
    try {
      if (type == PacketType.CONNECT) {
        attemptedVersion = ConnectDecoder.attemptedVersion(in);
      }
      MqttPacket packet = decodeBody(in);
      if (in.hasRemaining()) {
        throw MalformedPacketException.malformed(
            in.remaining() + " bytes after the end of " + type, "2.2.3");
      }
      in.limit(limit).position(end);
      state = State.READ_FIXED_HEADER;
      return packet;
    } catch (MalformedPacketException e) {
      fail(e.failure());
    } catch (BufferUnderflowException e) {
      fail(new DecodeFailure(type + " truncated", "2.2.3", ReasonCodes.MALFORMED_PACKET));
    }
    in.limit(limit).position(start);
    return null;
  }

  private MqttPacket decodeBody(ByteBuffer in) {
    switch (type) {
      case CONNECT:
        Connect connect = ConnectDecoder.decode(in);
        version = connect.version();
        return connect;
      case CONNACK:
        return ConnAckDecoder.decode(in, version);
      case PUBLISH:
        return PublishDecoder.decode(in, flags, version, serverSide, topicAliases);
      case PUBACK:
      case PUBREC:
      case PUBREL:
      case PUBCOMP:
        return PacketIdAckDecoder.decode(type, in, version);
      case SUBSCRIBE:
        return SubscribeDecoder.decode(in, version);
      case SUBACK:
        return SubAckDecoder.decode(in, version);
      case UNSUBSCRIBE:
        return UnsubscribeDecoder.decode(in, version);
      case UNSUBACK:
        return UnsubAckDecoder.decode(in, version);
      case PINGREQ:
        return PingReq.INSTANCE;
      case PINGRESP:
        return PingResp.INSTANCE;
      default:
        return ReasonOnlyDecoder.decode(type, in, version);
    }
  }

  private boolean fail(DecodeFailure why) {
    failure = why;
    state = State.BAD_MESSAGE;
    return false;
  }

  /** The failure that stopped decoding, or null. */
  public DecodeFailure failure() {
    return failure;
  }

  /** The version the CONNECT declared, or null before CONNECT has been decoded. */
  public ProtocolVersion version() {
    return version;
  }

  /**
   * The version whose CONNACK format answers the CONNECT received, even when that CONNECT failed:
   * after an unsupported protocol level (reason code 0x84, MQTT-3.1.2-2) the broker answers a 3.x
   * client with CONNACK return code 0x01 and an MQTT 5 (or later) client with reason code 0x84.
   * Null before a CONNECT arrived.
   */
  public ProtocolVersion attemptedVersion() {
    return attemptedVersion;
  }

  public int maxPacketSize() {
    return maxPacketSize;
  }
}
