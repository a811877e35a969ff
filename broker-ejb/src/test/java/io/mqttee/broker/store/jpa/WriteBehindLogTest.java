// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.mqttee.broker.store.jpa.StoreOperation.RemoveRetained;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class WriteBehindLogTest {

  @Test
  void handsOutOperationsInCallOrderWithTheActionsQueuedAmongThem() {
    WriteBehindLog log = new WriteBehindLog(100);
    Runnable action = () -> {};
    log.append(new RemoveRetained("a"));
    log.whenDurable(action);
    log.append(new RemoveRetained("b"));

    StoreBatch batch = log.takeNow();

    assertEquals(List.of(new RemoveRetained("a"), new RemoveRetained("b")), batch.operations());
    assertEquals(1, batch.actions().size());
    assertSame(action, batch.actions().get(0));
    assertNull(log.takeNow());
  }

  @Test
  void cutsBatchesAtTheLimitAndKeepsLaterActionsForTheBatchOfTheirOperations() {
    WriteBehindLog log = new WriteBehindLog(2);
    Runnable action = () -> {};
    log.append(new RemoveRetained("a"));
    log.append(new RemoveRetained("b"));
    log.append(new RemoveRetained("c"));
    log.whenDurable(action);

    StoreBatch first = log.takeNow();
    StoreBatch second = log.takeNow();

    assertEquals(2, first.operations().size());
    assertEquals(List.of(), first.actions());
    assertEquals(List.of(new RemoveRetained("c")), second.operations());
    assertEquals(List.of(action), second.actions());
  }

  @Test
  void anActionAloneMakesABatchWithoutOperations() throws InterruptedException {
    WriteBehindLog log = new WriteBehindLog(10);
    Runnable action = () -> {};
    log.whenDurable(action);

    StoreBatch batch = log.take(1, TimeUnit.SECONDS);

    assertEquals(List.of(), batch.operations());
    assertEquals(List.of(action), batch.actions());
  }

  @Test
  void returnsNullWhenNothingArrivesInTime() throws InterruptedException {
    assertNull(new WriteBehindLog(10).take(10, TimeUnit.MILLISECONDS));
  }
}
