// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ConnectionCapacityTest {

  @Test
  void leavesTheOpenFilesAndAReserveOutOfTheLimit() {
    ConnectionCapacity capacity = new ConnectionCapacity(20_000, 744);
    assertEquals(20_000 - 744 - ConnectionCapacity.RESERVE, capacity.capacity());
  }

  @Test
  void warnsOnceNearTheCapacityAndAgainOnlyAfterFallingWellBelowIt() {
    ConnectionCapacity capacity = new ConnectionCapacity(1000 + ConnectionCapacity.RESERVE, 0);
    assertFalse(capacity.connected(899));
    assertTrue(capacity.connected(900));
    assertFalse(capacity.connected(950), "warned once");
    assertFalse(capacity.connected(850), "still above 80 %");
    assertFalse(capacity.connected(799));
    assertTrue(capacity.connected(900), "warns again after it fell below 80 %");
  }

  @Test
  void knowsThisProcessLimit() {
    assertTrue(ConnectionCapacity.ofThisProcess().capacity() > 0);
  }
}
