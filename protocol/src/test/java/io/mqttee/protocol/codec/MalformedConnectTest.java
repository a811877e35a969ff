// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import static io.mqttee.protocol.codec.Wire.bytes;
import static io.mqttee.protocol.codec.Wire.concat;
import static io.mqttee.protocol.codec.Wire.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.ReasonCodes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** CONNECT packets a server must refuse (MQTT 3.1.1 section 3.1). */
@Tag("unit")
class MalformedConnectTest {

  /** A CONNECT with the given name, level and flags and the payload bytes after keep alive. */
  private static byte[] connect(String name, int level, int flags, byte[] payload) {
    byte[] header = new byte[2 + name.length()];
    header[1] = (byte) name.length();
    for (int i = 0; i < name.length(); i++) {
      header[2 + i] = (byte) name.charAt(i);
    }
    byte[] body = concat(header, bytes(level, flags, 0, 60), payload);
    return concat(bytes(0x10, body.length), body);
  }

  private static final byte[] CLIENT_ID = bytes(0, 2, 'c', '1');

  private static DecodeFailure refused(byte[] wire) {
    return failure(new MqttDecoder(Wire.MAX), wire);
  }

  @Test
  void closesOnWrongProtocolName() {
    DecodeFailure f = refused(connect("MQTX", 4, 0x02, CLIENT_ID));
    assertEquals("MQTT-3.1.2-1", f.specStatement());
  }

  @Test
  void rejectsUnknownLevelAsUnsupportedVersionAnsweredInV3Format() {
    MqttDecoder decoder = new MqttDecoder(Wire.MAX);
    DecodeFailure f = failure(decoder, connect("MQTT", 3, 0x02, CLIENT_ID));
    assertEquals("MQTT-3.1.2-2", f.specStatement());
    assertEquals(ReasonCodes.UNSUPPORTED_PROTOCOL_VERSION, f.reasonCode());
    assertEquals(ProtocolVersion.MQTT_3_1_1, decoder.attemptedVersion());
    assertNull(decoder.version());
  }

  @Test
  void rejectsLevel6AsUnsupportedVersionAnsweredInV5Format() {
    MqttDecoder decoder = new MqttDecoder(Wire.MAX);
    DecodeFailure f = failure(decoder, connect("MQTT", 6, 0x02, concat(bytes(0), CLIENT_ID)));
    assertEquals("MQTT-3.1.2-2", f.specStatement());
    assertEquals(ProtocolVersion.MQTT_5, decoder.attemptedVersion());
  }

  @Test
  void rejectsReservedConnectFlag() {
    assertEquals("MQTT-3.1.2-3", refused(connect("MQTT", 4, 0x03, CLIENT_ID)).specStatement());
  }

  @Test
  void rejectsWillQosWithoutWillFlag() {
    assertEquals("MQTT-3.1.2-13", refused(connect("MQTT", 4, 0x0A, CLIENT_ID)).specStatement());
  }

  @Test
  void rejectsWillQos3() {
    byte[] will = bytes(0, 1, 'w', 0, 0);
    assertEquals(
        "MQTT-3.1.2-14",
        refused(connect("MQTT", 4, 0x1E, concat(CLIENT_ID, will))).specStatement());
  }

  @Test
  void rejectsWillRetainWithoutWillFlag() {
    assertEquals("MQTT-3.1.2-15", refused(connect("MQTT", 4, 0x22, CLIENT_ID)).specStatement());
  }

  @Test
  void rejectsWillFieldsWithoutWillFlag() {
    // MQTT-3.1.2-11: the will topic and message must not be present; they are trailing bytes
    byte[] will = bytes(0, 1, 'w', 0, 0);
    assertEquals(
        "2.2.3", refused(connect("MQTT", 4, 0x02, concat(CLIENT_ID, will))).specStatement());
  }

  @Test
  void rejectsWildcardInWillTopic() {
    byte[] will = bytes(0, 1, '#', 0, 0);
    assertEquals(
        "MQTT-3.1.3-10",
        refused(connect("MQTT", 4, 0x06, concat(CLIENT_ID, will))).specStatement());
  }

  @Test
  void rejectsPasswordWithoutUserNameInMqtt311() {
    byte[] password = bytes(0, 1, 'p');
    assertEquals(
        "MQTT-3.1.2-22",
        refused(connect("MQTT", 4, 0x42, concat(CLIENT_ID, password))).specStatement());
  }

  @Test
  void acceptsPasswordWithoutUserNameInMqtt5() {
    byte[] wire = connect("MQTT", 5, 0x42, concat(bytes(0), CLIENT_ID, bytes(0, 1, 'p')));
    Connect c = (Connect) Wire.decodeOne(new MqttDecoder(Wire.MAX), wire);
    assertNull(c.username());
    assertEquals(1, c.password().length);
  }

  @Test
  void rejectsConnectTruncatedInsideItsRemainingLength() {
    // client id declares 5 bytes, 2 present; the remaining length covers only those
    DecodeFailure f = refused(connect("MQTT", 4, 0x02, bytes(0, 5, 'c', '1')));
    assertEquals(ReasonCodes.MALFORMED_PACKET, f.reasonCode());
  }

  @Test
  void rejectsConnectMissingItsClientId() {
    assertEquals(
        ReasonCodes.MALFORMED_PACKET, refused(connect("MQTT", 4, 0x02, bytes())).reasonCode());
  }

  @Test
  void rejectsUserNameFlagWithoutUserName() {
    // MQTT-3.1.2-19: a user name must be present when its flag is set
    assertEquals(
        ReasonCodes.MALFORMED_PACKET, refused(connect("MQTT", 4, 0x82, CLIENT_ID)).reasonCode());
  }
}
