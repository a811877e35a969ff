// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import static io.mqttee.protocol.codec.Wire.bytes;
import static io.mqttee.protocol.codec.Wire.connectedServer;
import static io.mqttee.protocol.codec.Wire.decodeOne;
import static io.mqttee.protocol.codec.Wire.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.ReasonCodes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** MQTT 5 topic aliases (section 3.3.2.3.4), resolved by the decoder of the receiving side. */
@Tag("unit")
class TopicAliasTest {

  /** PUBLISH "a/b" QoS 0 binding alias 7, payload "x". */
  private static final byte[] BIND = bytes(0x30, 0x0A, 0, 3, 'a', '/', 'b', 3, 0x23, 0, 7, 'x');

  /** PUBLISH with an empty topic using alias 7, payload "y". */
  private static final byte[] USE = bytes(0x30, 0x07, 0, 0, 3, 0x23, 0, 7, 'y');

  private static MqttDecoder serverAccepting(int maximum) {
    MqttDecoder decoder = connectedServer(ProtocolVersion.MQTT_5);
    decoder.acceptTopicAliases(maximum);
    return decoder;
  }

  @Test
  void resolvesEmptyTopicThroughBoundAlias() {
    MqttDecoder decoder = serverAccepting(10);
    Publish bound = (Publish) decodeOne(decoder, BIND);
    Publish used = (Publish) decodeOne(decoder, USE);
    assertEquals("a/b", bound.topic());
    assertEquals("a/b", used.topic());
    assertNull(used.properties().get(0x23), "the alias does not travel beyond the connection");
  }

  @Test
  void refusesAliasesByDefault() {
    DecodeFailure f = failure(connectedServer(ProtocolVersion.MQTT_5), BIND);
    assertEquals(ReasonCodes.TOPIC_ALIAS_INVALID, f.reasonCode());
    assertEquals("MQTT-3.3.2-9", f.specStatement());
  }

  @Test
  void rejectsAliasAboveMaximum() {
    assertEquals(ReasonCodes.TOPIC_ALIAS_INVALID, failure(serverAccepting(6), BIND).reasonCode());
  }

  @Test
  void rejectsUnboundAlias() {
    assertEquals(ReasonCodes.PROTOCOL_ERROR, failure(serverAccepting(10), USE).reasonCode());
  }

  @Test
  void rejectsAliasZero() {
    // MQTT-3.3.2-8
    byte[] wire = bytes(0x30, 0x0A, 0, 3, 'a', '/', 'b', 3, 0x23, 0, 0, 'x');
    assertEquals(ReasonCodes.PROTOCOL_ERROR, failure(serverAccepting(10), wire).reasonCode());
  }

  @Test
  void clientResolvesAliasesItAccepted() {
    MqttDecoder decoder = MqttDecoder.forClient(Wire.MAX, ProtocolVersion.MQTT_5);
    assertEquals("MQTT-3.3.2-11", failure(decoder, BIND).specStatement());
    MqttDecoder accepting = MqttDecoder.forClient(Wire.MAX, ProtocolVersion.MQTT_5);
    accepting.acceptTopicAliases(7);
    decodeOne(accepting, BIND);
    assertEquals("a/b", ((Publish) decodeOne(accepting, USE)).topic());
  }

  @Test
  void rejectsSubscriptionIdentifierInClientPublish() {
    byte[] wire = bytes(0x30, 0x06, 0, 1, 'a', 2, 0x0B, 1);
    assertEquals(
        "MQTT-3.3.4-6", failure(connectedServer(ProtocolVersion.MQTT_5), wire).specStatement());
    Publish p = (Publish) decodeOne(MqttDecoder.forClient(Wire.MAX, ProtocolVersion.MQTT_5), wire);
    assertEquals(1, p.properties().intValue(0x0B, 0));
  }
}
