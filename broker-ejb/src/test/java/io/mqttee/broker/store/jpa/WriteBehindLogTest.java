// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.store.jpa.StoreOperation.RemoveRetained;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class WriteBehindLogTest {

  @Test
  void handsOutOperationsInCallOrderWithTheActionsQueuedAmongThem() {
    WriteBehindLog log = new WriteBehindLog(100, 1000);
    Runnable action = () -> {};
    log.append(new RemoveRetained("a"));
    log.whenDurable(action, () -> {});
    log.append(new RemoveRetained("b"));

    StoreBatch batch = log.takeNow();

    assertEquals(List.of(new RemoveRetained("a"), new RemoveRetained("b")), batch.operations());
    assertEquals(1, batch.actions().size());
    assertSame(action, batch.actions().get(0).onDurable());
    assertNull(log.takeNow());
  }

  @Test
  void cutsBatchesAtTheLimitAndKeepsLaterActionsForTheBatchOfTheirOperations() {
    WriteBehindLog log = new WriteBehindLog(2, 1000);
    Runnable action = () -> {};
    log.append(new RemoveRetained("a"));
    log.append(new RemoveRetained("b"));
    log.append(new RemoveRetained("c"));
    log.whenDurable(action, () -> {});

    StoreBatch first = log.takeNow();
    StoreBatch second = log.takeNow();

    assertEquals(2, first.operations().size());
    assertEquals(List.of(), first.actions());
    assertEquals(List.of(new RemoveRetained("c")), second.operations());
    assertEquals(List.of(action), second.actions().stream().map(a -> a.onDurable()).toList());
  }

  @Test
  void anActionAloneMakesABatchWithoutOperations() throws InterruptedException {
    WriteBehindLog log = new WriteBehindLog(10, 1000);
    Runnable action = () -> {};
    log.whenDurable(action, () -> {});

    StoreBatch batch = log.take(1, TimeUnit.SECONDS);

    assertEquals(List.of(), batch.operations());
    assertEquals(List.of(action), batch.actions().stream().map(a -> a.onDurable()).toList());
  }

  @Test
  void returnsNullWhenNothingArrivesInTime() throws InterruptedException {
    assertNull(new WriteBehindLog(10, 1000).take(10, TimeUnit.MILLISECONDS));
  }

  @Test
  void anAppendToAFullLogWaitsUntilTheWriterTakesABatch() throws Exception {
    WriteBehindLog log = new WriteBehindLog(10, 2);
    assertNull(log.takeNow()); // this thread is now the writer
    log.append(new RemoveRetained("a"));
    log.append(new RemoveRetained("b"));
    CountDownLatch appended = new CountDownLatch(1);
    Thread lane =
        new Thread(
            () -> {
              log.append(new RemoveRetained("c"));
              appended.countDown();
            });
    lane.start();

    assertFalse(appended.await(300, TimeUnit.MILLISECONDS), "append waits while the log is full");
    assertEquals(2, log.takeNow().operations().size());
    assertTrue(appended.await(5, TimeUnit.SECONDS), "append goes on once a batch is taken");
    assertEquals(List.of(new RemoveRetained("c")), log.takeNow().operations());
    lane.join();
  }

  @Test
  void theWriterItselfNeverWaits() {
    WriteBehindLog log = new WriteBehindLog(10, 1);
    assertNull(log.takeNow());
    log.append(new RemoveRetained("a"));
    log.append(new RemoveRetained("b")); // an action running on the writer thread may append

    assertEquals(2, log.takeNow().operations().size());
  }
}
