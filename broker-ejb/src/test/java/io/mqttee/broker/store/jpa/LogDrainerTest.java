// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.store.jpa.StoreOperation.RemoveRetained;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class LogDrainerTest {

  /** Records committed operations and the order of commits and actions. */
  private static final class RecordingTransaction
      implements java.util.function.Consumer<List<StoreOperation>> {
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<StoreOperation> committed = new CopyOnWriteArrayList<>();
    final List<String> failingTopics = new ArrayList<>();
    int failuresLeft;

    @Override
    public void accept(List<StoreOperation> ops) {
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new IllegalStateException("rolled back");
      }
      for (StoreOperation op : ops) {
        if (op instanceof RemoveRetained r && failingTopics.contains(r.topic())) {
          throw new IllegalStateException("bad row " + r.topic());
        }
      }
      committed.addAll(ops);
      events.add("commit " + ops.size());
    }
  }

  private static StoreBatch batchOf(LogEntry... entries) {
    return StoreBatch.of(List.of(entries));
  }

  @Test
  void runsActionsOnlyAfterTheirBatchIsCommitted() {
    RecordingTransaction tx = new RecordingTransaction();
    LogDrainer drainer = new LogDrainer(new WriteBehindLog(10, 1000), tx);

    drainer.write(
        batchOf(
            new RemoveRetained("a"),
            new LogEntry.DurableAction(() -> tx.events.add("ack")),
            new RemoveRetained("b")));

    assertEquals(List.of("commit 2", "ack"), tx.events);
  }

  @Test
  void retriesAFailedBatchOnceOneOperationPerTransaction() {
    RecordingTransaction tx = new RecordingTransaction();
    tx.failuresLeft = 1;
    LogDrainer drainer = new LogDrainer(new WriteBehindLog(10, 1000), tx);

    drainer.write(batchOf(new RemoveRetained("a"), new RemoveRetained("b")));

    assertEquals(List.of("commit 1", "commit 1"), tx.events);
    assertEquals(0, drainer.failedOperations());
  }

  @Test
  void dropsAndCountsOnlyTheOperationsThatFailAgainAndStillRunsTheActions() {
    RecordingTransaction tx = new RecordingTransaction();
    tx.failingTopics.add("bad");
    LogDrainer drainer = new LogDrainer(new WriteBehindLog(10, 1000), tx);

    drainer.write(
        batchOf(
            new RemoveRetained("bad"),
            new RemoveRetained("good"),
            new LogEntry.DurableAction(() -> tx.events.add("ack"))));

    assertEquals(List.of(new RemoveRetained("good")), tx.committed);
    assertEquals(1, drainer.failedOperations());
    assertEquals("ack", tx.events.get(tx.events.size() - 1));
  }

  @Test
  void keepsRunningActionsAfterOneThrows() {
    RecordingTransaction tx = new RecordingTransaction();
    LogDrainer drainer = new LogDrainer(new WriteBehindLog(10, 1000), tx);

    drainer.write(
        batchOf(
            new LogEntry.DurableAction(
                () -> {
                  throw new IllegalStateException("client gone");
                }),
            new LogEntry.DurableAction(() -> tx.events.add("second"))));

    assertEquals(List.of("second"), tx.events);
  }

  @Test
  void drainsEverythingAppendedBeforeStopThenEnds() throws InterruptedException {
    RecordingTransaction tx = new RecordingTransaction();
    WriteBehindLog log = new WriteBehindLog(3, 1000);
    LogDrainer drainer = new LogDrainer(log, tx);
    CountDownLatch acked = new CountDownLatch(1);
    for (int i = 0; i < 10; i++) {
      log.append(new RemoveRetained("t" + i));
    }
    log.whenDurable(acked::countDown);
    Thread writer = new Thread(drainer, "store-writer-test");
    writer.start();

    assertTrue(acked.await(5, TimeUnit.SECONDS));
    drainer.stop();
    writer.join(5000);

    assertFalse(writer.isAlive());
    assertEquals(10, tx.committed.size());
    assertEquals(new RemoveRetained("t9"), tx.committed.get(9));
  }
}
