// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.topic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Topic name rules of MQTT 3.1.1 sections 3.3.2.1 and 4.7.3. */
@Tag("unit")
class TopicNamesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"a", "/", "sport/tennis/player1", "$SYS/broker", "caf\u00e9/\ud83d\ude00"})
  void acceptsValidNames(String topic) {
    assertTrue(TopicNames.isValid(topic));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "sport/+", "sport/#", "a+b", "a\u0000b"})
  void rejectsInvalidNames(String topic) {
    // MQTT-4.7.3-1 (non-empty), MQTT-3.3.2-2 (no wildcards), MQTT-4.7.3-2 (no U+0000)
    assertFalse(TopicNames.isValid(topic));
  }

  @Test
  void rejectsNameLongerThan65535Bytes() {
    assertTrue(TopicNames.isValid("a".repeat(65_535)));
    assertFalse(TopicNames.isValid("\u00e9".repeat(40_000)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0001b", "t/\u001F", "\u007F", "x/\u0080/y", "\u009F"})
  void rejectsControlCharactersAsMosquittoDoes(String topic) { // MQTT 3.1.1 section 1.5.3
    assertFalse(TopicNames.isValid(topic));
  }

  @Test
  void acceptsTheCharactersNextToTheControlRanges() {
    assertTrue(TopicNames.isValid(" ~\u00A0\u00FF"));
  }
}
