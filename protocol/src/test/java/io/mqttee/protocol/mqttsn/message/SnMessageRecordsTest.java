// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.protocol.mqttsn.Bytes;
import io.mqttee.protocol.mqttsn.SnQoS;
import io.mqttee.protocol.mqttsn.SnTopic;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What the message records accept, so an encoder never writes a field it cannot express. */
@Tag("unit")
class SnMessageRecordsTest {

  @Test
  void publishesToATopicIdOrShortNameNeverToAFullName() {
    // MQTT-SN 1.2 section 5.4.12: PUBLISH has a two-octet TopicId field
    SnTopic name = new SnTopic.Named("a/b");
    assertThrows(
        IllegalArgumentException.class,
        () -> new SnPublish(false, SnQoS.AT_MOST_ONCE, false, name, 0, Bytes.EMPTY));
  }

  @Test
  void subscribesToANameOrPredefinedIdNeverToARegisteredId() {
    // section 5.4.15: TopicIdType 0b00 in SUBSCRIBE means a topic name
    SnTopic registered = new SnTopic.Registered(1);
    assertThrows(
        IllegalArgumentException.class,
        () -> new SnSubscribe(false, SnQoS.AT_MOST_ONCE, 1, registered));
    assertThrows(IllegalArgumentException.class, () -> new SnUnsubscribe(1, registered));
  }

  @Test
  void refusesQosMinusOneOutsidePublish() {
    SnTopic topic = new SnTopic.Predefined(1);
    assertThrows(
        IllegalArgumentException.class, () -> new SnSubscribe(false, SnQoS.MINUS_ONE, 1, topic));
    assertThrows(IllegalArgumentException.class, () -> new SnSubAck(SnQoS.MINUS_ONE, 0, 1, 0));
    assertThrows(
        IllegalArgumentException.class, () -> new SnWillTopic(SnQoS.MINUS_ONE, false, "w"));
  }

  @Test
  void aShortTopicNameIsTwoOctets() {
    // section 5.3.4: short topic names have a fixed length of two octets
    assertThrows(IllegalArgumentException.class, () -> new SnTopic.ShortName("abc"));
    assertThrows(IllegalArgumentException.class, () -> new SnTopic.ShortName("a"));
    assertEquals("\u00e9", new SnTopic.ShortName("\u00e9").name());
  }

  @Test
  void anEmptyWillTopicIsTheDeletionWithoutFlags() {
    // section 5.4.7: the empty WILLTOPIC carries no Flags octet
    SnWillTopic empty = new SnWillTopic(SnQoS.EXACTLY_ONCE, true, "");
    assertEquals(SnWillTopic.DELETE, empty);
    assertTrue(empty.deletesWill());
    assertFalse(new SnWillTopicUpd(SnQoS.AT_MOST_ONCE, false, "w").deletesWill());
  }

  @Test
  void refusesValuesTheirFieldsCannotHold() {
    assertThrows(IllegalArgumentException.class, () -> new SnPubRec(0x10000));
    assertThrows(IllegalArgumentException.class, () -> new SnConnAck(0x100));
    assertThrows(IllegalArgumentException.class, () -> new SnDisconnect(-2));
    assertThrows(IllegalArgumentException.class, () -> new SnAdvertise(0, -1));
  }

  @Test
  void anEncapsulationHoldsANodeIdItsLengthOctetCanCountAndAWholeMessageHeader() {
    // section 5.5: the Length octet counts up to the end of the Wireless Node Id
    Bytes ping = Bytes.of((byte) 2, (byte) 0x16);
    new SnEncapsulated(3, Bytes.of(new byte[252]), ping);
    assertThrows(
        IllegalArgumentException.class, () -> new SnEncapsulated(0, Bytes.of(new byte[253]), ping));
    assertThrows(IllegalArgumentException.class, () -> new SnEncapsulated(4, Bytes.EMPTY, ping));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SnEncapsulated(0, Bytes.EMPTY, Bytes.of((byte) 2)));
  }

  @Test
  void optionalFieldsHaveAnAbsentValue() {
    assertFalse(SnPingReq.ANONYMOUS.hasClientId());
    assertTrue(new SnPingReq("c").hasClientId());
    assertFalse(SnDisconnect.PLAIN.hasDuration());
    assertTrue(new SnDisconnect(0).hasDuration());
  }
}
