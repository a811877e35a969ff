// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The Flags octet, MQTT-SN 1.2 section 5.3.4. */
@Tag("unit")
class FlagsTest {

  @Test
  void placesEachFieldAtItsBits() {
    assertEquals(0x80, Flags.NONE.withDup(true).value());
    assertEquals(0x10, Flags.NONE.withRetain(true).value());
    assertEquals(0x08, Flags.NONE.withWill(true).value());
    assertEquals(0x04, Flags.NONE.withCleanSession(true).value());
    assertEquals(0x01, Flags.NONE.withTopicIdType(TopicIdType.PREDEFINED).value());
    assertEquals(0x02, Flags.NONE.withTopicIdType(TopicIdType.SHORT_NAME).value());
  }

  @Test
  void codesQosMinusOneAs0b11() {
    assertEquals(0x00, Flags.NONE.withQos(SnQoS.AT_MOST_ONCE).value());
    assertEquals(0x20, Flags.NONE.withQos(SnQoS.AT_LEAST_ONCE).value());
    assertEquals(0x40, Flags.NONE.withQos(SnQoS.EXACTLY_ONCE).value());
    assertEquals(0x60, Flags.NONE.withQos(SnQoS.MINUS_ONE).value());
    assertEquals(SnQoS.MINUS_ONE, Flags.of(0x60).qos());
    assertEquals(-1, SnQoS.MINUS_ONE.level());
  }

  @Test
  void readsBackEveryFieldItWrote() {
    Flags flags =
        Flags.NONE
            .withDup(true)
            .withQos(SnQoS.EXACTLY_ONCE)
            .withRetain(true)
            .withWill(true)
            .withCleanSession(true)
            .withTopicIdType(TopicIdType.SHORT_NAME);
    assertEquals(0xDE, flags.value());
    assertTrue(flags.dup() && flags.retain() && flags.will() && flags.cleanSession());
    assertEquals(SnQoS.EXACTLY_ONCE, flags.qos());
    assertEquals(TopicIdType.SHORT_NAME, flags.topicIdType());
    assertEquals(Flags.of(0x5E), flags.withDup(false));
  }

  @Test
  void treatsTopicIdType0b11AsReserved() {
    assertTrue(Flags.of(0x03).hasReservedTopicIdType());
    assertFalse(Flags.of(0x02).hasReservedTopicIdType());
    assertThrows(IllegalArgumentException.class, () -> Flags.of(0x03).topicIdType());
  }

  @Test
  void refusesValuesOutsideOneOctet() {
    assertThrows(IllegalArgumentException.class, () -> Flags.of(0x100));
    assertThrows(IllegalArgumentException.class, () -> Flags.of(-1));
  }

  @Test
  void returnCodesAreThoseOfSection5310() {
    assertEquals(0x00, ReturnCodes.ACCEPTED);
    assertEquals(0x01, ReturnCodes.REJECTED_CONGESTION);
    assertEquals(0x02, ReturnCodes.REJECTED_INVALID_TOPIC_ID);
    assertEquals(0x03, ReturnCodes.REJECTED_NOT_SUPPORTED);
  }
}
