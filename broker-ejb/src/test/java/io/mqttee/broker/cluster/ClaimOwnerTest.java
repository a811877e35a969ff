// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.AbstractMap.SimpleEntry;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimOwnerTest {

  @Test
  void eachClaimIsNumberedOneHigherThanTheOneItReplaces() {
    Map.Entry<String, String> entry = new SimpleEntry<>("client", null);
    assertNull(ClaimOwner.claim("node-a").process(entry));
    assertEquals("1:node-a", entry.getValue());
    assertEquals("1:node-a", ClaimOwner.claim("node-b").process(entry));
    assertEquals("2:node-b", entry.getValue());
    assertEquals(2, ClaimOwner.number(entry.getValue()));
    assertEquals("node-b", ClaimOwner.owner(entry.getValue()));
  }

  @Test
  void onlyTheOwnerGivesTheClientIdUp() {
    Map.Entry<String, String> entry = new SimpleEntry<>("client", "5:node-b");
    ClaimOwner.giveUp("node-a").process(entry);
    assertEquals("5:node-b", entry.getValue(), "a node that lost the client id removes nothing");
    ClaimOwner.giveUp("node-b").process(entry);
    assertNull(entry.getValue());
  }
}
