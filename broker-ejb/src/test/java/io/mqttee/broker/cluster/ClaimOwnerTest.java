// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void aTakeOverSucceedsOnlyFromTheNodeItNames() {
    Map.Entry<String, String> entry = new SimpleEntry<>("client", "3:dead:5701");
    ClaimOwner.takeOver("node-b", "other:5701").process(entry);
    assertEquals("3:dead:5701", entry.getValue());
    String found = ClaimOwner.takeOver("node-b", "dead:5701").process(entry);
    assertTrue(ClaimOwner.tookOver(found, "dead:5701"));
    assertEquals("4:node-b", entry.getValue());

    Map.Entry<String, String> none = new SimpleEntry<>("fresh", null);
    assertTrue(ClaimOwner.tookOver(ClaimOwner.takeOver("node-b", "").process(none), ""));
    assertEquals("1:node-b", none.getValue());
    assertFalse(ClaimOwner.tookOver(ClaimOwner.takeOver("node-c", "").process(none), ""));
    assertEquals("1:node-b", none.getValue());
  }
}
