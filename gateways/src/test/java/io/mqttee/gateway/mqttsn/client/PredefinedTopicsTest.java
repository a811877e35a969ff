// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.mqttsn.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PredefinedTopicsTest {

  @Test
  void parsesEmqxsExampleTable() {
    PredefinedTopics topics = PredefinedTopics.parse(PredefinedTopics.EMQX_EXAMPLE);
    assertEquals("/predefined/topic/name/hello", topics.nameOf(1));
    assertEquals(2, topics.idOf("/predefined/topic/name/nice"));
    assertNull(topics.nameOf(3));
    assertEquals(0, PredefinedTopics.parse("").size());
  }

  @Test
  void refusesMalformedEntries() {
    assertThrows(IllegalArgumentException.class, () -> PredefinedTopics.parse("1"));
    assertThrows(IllegalArgumentException.class, () -> PredefinedTopics.parse("0=a"));
    assertThrows(IllegalArgumentException.class, () -> PredefinedTopics.parse("65535=a"));
  }
}
