// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn;

/** The MsgType octet (MQTT-SN 1.2 section 5.2.2, table 3) and the section defining each message. */
public enum SnMessageType {
  ADVERTISE(0x00, "5.4.1"),
  SEARCHGW(0x01, "5.4.2"),
  GWINFO(0x02, "5.4.3"),
  CONNECT(0x04, "5.4.4"),
  CONNACK(0x05, "5.4.5"),
  WILLTOPICREQ(0x06, "5.4.6"),
  WILLTOPIC(0x07, "5.4.7"),
  WILLMSGREQ(0x08, "5.4.8"),
  WILLMSG(0x09, "5.4.9"),
  REGISTER(0x0A, "5.4.10"),
  REGACK(0x0B, "5.4.11"),
  PUBLISH(0x0C, "5.4.12"),
  PUBACK(0x0D, "5.4.13"),
  PUBCOMP(0x0E, "5.4.14"),
  PUBREC(0x0F, "5.4.14"),
  PUBREL(0x10, "5.4.14"),
  SUBSCRIBE(0x12, "5.4.15"),
  SUBACK(0x13, "5.4.16"),
  UNSUBSCRIBE(0x14, "5.4.17"),
  UNSUBACK(0x15, "5.4.18"),
  PINGREQ(0x16, "5.4.19"),
  PINGRESP(0x17, "5.4.20"),
  DISCONNECT(0x18, "5.4.21"),
  WILLTOPICUPD(0x1A, "5.4.22"),
  WILLTOPICRESP(0x1B, "5.4.24"),
  WILLMSGUPD(0x1C, "5.4.23"),
  WILLMSGRESP(0x1D, "5.4.25"),
  ENCAPSULATED(0xFE, "5.5");

  private static final SnMessageType[] BY_CODE = new SnMessageType[256];

  static {
    for (SnMessageType type : values()) {
      BY_CODE[type.code] = type;
    }
  }

  private final int code;
  private final String section;

  SnMessageType(int code, String section) {
    this.code = code;
    this.section = section;
  }

  /** The MsgType octet. */
  public int code() {
    return code;
  }

  /** The section of the MQTT-SN 1.2 specification that defines this message's format. */
  public String section() {
    return section;
  }

  /**
   * The type with this MsgType octet, or null for a reserved value (0x03, 0x11, 0x19, 0x1E-0xFD,
   * 0xFF).
   */
  public static SnMessageType of(int code) {
    return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
  }
}
