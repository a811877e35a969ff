// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Topic filter syntax and matching, with the examples of MQTT 3.1.1 section 4.7. */
@Tag("unit")
class TopicFiltersTest {

  @ParameterizedTest
  @CsvSource({
    "sport/tennis/player1/#, sport/tennis/player1",
    "sport/tennis/player1/#, sport/tennis/player1/ranking",
    "sport/tennis/player1/#, sport/tennis/player1/score/wimbledon",
    "sport/#, sport",
    "#, sport/tennis",
    "#, /finance",
    "sport/tennis/+, sport/tennis/player1",
    "sport/+, sport/",
    "+/+, /finance",
    "/+, /finance",
    "+, finance",
    "+/tennis/#, sport/tennis/player1",
    "$SYS/#, $SYS/broker/clients",
    "$SYS/+/clients, $SYS/broker/clients",
    "a//b, a//b",
    "a/+/b, a//b"
  })
  void matches(String filter, String topic) {
    assertTrue(TopicFilters.matches(filter, topic), filter + " should match " + topic);
  }

  @ParameterizedTest
  @CsvSource({
    "sport/tennis/+, sport/tennis/player1/ranking",
    "sport/+, sport",
    "+, /finance",
    "sport/tennis/#, sport/tennisx",
    "sport/tennis, sport/tennis/player1",
    "sport/tennis, Sport/Tennis",
    "a/b/c, a/b",
    // MQTT-4.7.2-1: first-level wildcards do not match topics starting with '$'
    "#, $SYS/broker",
    "+/monitor/Clients, $SYS/monitor/Clients",
    "+, $SYS"
  })
  void doesNotMatch(String filter, String topic) {
    assertFalse(TopicFilters.matches(filter, topic), filter + " should not match " + topic);
  }

  @ParameterizedTest
  @ValueSource(strings = {"#", "+", "sport/#", "sport/tennis/+", "+/+", "/+", "+/tennis/#", "a//b"})
  void acceptsValidFilters(String filter) {
    assertTrue(TopicFilters.isValid(filter));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "sport/tennis#", "sport/tennis/#/ranking", "sport+", "a/b+/c", "#/a"})
  void rejectsInvalidFilters(String filter) {
    // MQTT-4.7.1-2 ('#' last and alone), MQTT-4.7.1-3 ('+' alone), MQTT-4.7.3-1 (non-empty)
    assertFalse(TopicFilters.isValid(filter));
  }

  @Test
  void rejectsNullCharacterInFilter() {
    assertFalse(TopicFilters.isValid("a/\u0000"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/\u0001", "\u001F/#", "a/\u007F/+", "$share/g/a\u009F"})
  void rejectsControlCharactersInFiltersAsMosquittoDoes(String filter) { // MQTT 3.1.1 1.5.3
    assertFalse(TopicFilters.isValid(filter));
  }

  @Test
  void acceptsTheCharactersNextToTheControlRanges() {
    assertTrue(TopicFilters.isValid("a/ /~/\u00A0/#"));
  }

  @Test
  void parsesSharedSubscription() {
    SharedFilter shared = TopicFilters.parseShared("$share/group1/sport/+/score");
    assertEquals(new SharedFilter("group1", "sport/+/score"), shared);
    assertTrue(TopicFilters.isValid("$share/group1/sport/+/score"));
  }

  @Test
  void parsesEmqxQueueSubscription() {
    assertEquals(
        new SharedFilter(SharedFilter.QUEUE_GROUP, "jobs/#"),
        TopicFilters.parseShared("$queue/jobs/#"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"$share//a", "$share/g", "$share/g+/a", "$share/#/a", "$share/g/a#", "$queue/"})
  void rejectsInvalidSharedSubscriptions(String filter) {
    // MQTT 5 section 4.8.2: a non-empty share name without wildcards, then a valid filter
    assertNull(TopicFilters.parseShared(filter));
    assertFalse(TopicFilters.isValid(filter));
  }

  @Test
  void plainFilterIsNotShared() {
    assertNull(TopicFilters.parseShared("sport/#"));
    assertNull(TopicFilters.parseShared("$SYS/#"));
  }

  @Test
  void aFilterCoversTheFiltersItMatchesEveryTopicOf() {
    assertTrue(TopicFilters.covers("a/#", "a/+/b"));
    assertTrue(TopicFilters.covers("a/#", "a"));
    assertTrue(TopicFilters.covers("a/+", "a/b"));
    assertTrue(TopicFilters.covers("a/+", "a/+"));
    assertTrue(TopicFilters.covers("#", "a/#"));
    assertTrue(TopicFilters.covers("test/nosubscribe", "test/nosubscribe"));
  }

  @Test
  void aFilterDoesNotCoverABroaderOrDisjointOne() {
    assertFalse(TopicFilters.covers("a/+", "a/#"));
    assertFalse(TopicFilters.covers("a/b", "a/+"));
    assertFalse(TopicFilters.covers("a/b", "a/b/c"));
    assertFalse(TopicFilters.covers("a/b/c", "a/b"));
    assertFalse(TopicFilters.covers("a/#", "b/#"));
    // MQTT-4.7.2-1: a leading wildcard leaves $ topics out
    assertFalse(TopicFilters.covers("#", "$SYS/#"));
    assertTrue(TopicFilters.covers("$SYS/#", "$SYS/broker/uptime"));
  }
}
