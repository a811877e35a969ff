// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.codec;

import io.mqttee.protocol.mqttsn.SnMessageType;

/**
 * Why a datagram is not a well-formed MQTT-SN 1.2 message. MQTT's {@code DecodeFailure} carries an
 * MQTT 5 reason code for the DISCONNECT that closes a connection; a datagram has no connection to
 * close and MQTT-SN no such codes, so the gateway gets a {@link Kind} to act on instead (drop and
 * count, or answer a CONNECT with an unsupported ProtocolId by CONNACK 0x03).
 *
 * @param type the MsgType, or null when the datagram is too short to have one or its MsgType is
 *     reserved
 * @param reason what was wrong, for a log line
 * @param section the section of the MQTT-SN 1.2 specification broken, such as "5.4.12"
 */
public record SnDecodeFailure(Kind kind, SnMessageType type, String reason, String section)
    implements SnDecodeResult {

  /** The classes of malformed datagrams. */
  public enum Kind {
    /** Fewer octets than a Length and a MsgType field. */
    TOO_SHORT,
    /** The Length field disagrees with the datagram's length. */
    LENGTH_MISMATCH,
    /** A reserved MsgType. */
    UNKNOWN_TYPE,
    /** The message ends before one of its fixed fields. */
    TRUNCATED,
    /** Octets after the last field of a message of fixed length. */
    TRAILING_OCTETS,
    /** A reserved TopicIdType, or QoS -1 where only PUBLISH may use it. */
    INVALID_FLAGS,
    /** A client id or topic name that is not well-formed UTF-8, or contains U+0000. */
    INVALID_STRING,
    /** A CONNECT whose ProtocolId is not 0x01. */
    UNSUPPORTED_PROTOCOL_ID
  }

  /** The statement to cite in a log line, such as "MQTT-SN 1.2 section 5.4.12". */
  public String citation() {
    return "MQTT-SN 1.2 section " + section;
  }
}
