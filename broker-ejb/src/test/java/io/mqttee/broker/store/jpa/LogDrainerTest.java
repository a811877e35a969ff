// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.store.jpa.StoreOperation.RemoveRetained;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class LogDrainerTest {

  /** A database that records commits, refuses some rows, and can be made unreachable. */
  private static final class RecordingTransaction implements StoreTransaction {
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<StoreOperation> committed = new CopyOnWriteArrayList<>();
    final List<String> unwritableTopics = new CopyOnWriteArrayList<>();
    volatile boolean down;
    volatile boolean diskFull;
    volatile Error nextError;

    @Override
    public void commit(List<StoreOperation> ops) {
      Error error = nextError;
      if (error != null) {
        nextError = null;
        throw error;
      }
      if (down) {
        throw new IllegalStateException(new SQLException("connection refused", "08001"));
      }
      if (diskFull) {
        throw new IllegalStateException(new SQLException("no space left on device", "53100"));
      }
      for (StoreOperation op : ops) {
        if (op instanceof RemoveRetained r && unwritableTopics.contains(r.topic())) {
          throw new IllegalStateException(new SQLException("value too long", "22001"));
        }
      }
      committed.addAll(ops);
      events.add("commit " + ops.size());
    }

    @Override
    public boolean reachable() {
      return !down;
    }

    LogEntry.DurableAction ack(String name) {
      return new LogEntry.DurableAction(() -> events.add(name), () -> events.add("failed " + name));
    }
  }

  private static StoreBatch batchOf(LogEntry... entries) {
    return StoreBatch.of(List.of(entries));
  }

  private static LogDrainer drainer(WriteBehindLog log, StoreTransaction tx) {
    return new LogDrainer(log, tx, 1000, Runnable::run);
  }

  @Test
  void runsActionsOnlyAfterTheirBatchIsCommitted() {
    RecordingTransaction tx = new RecordingTransaction();
    LogDrainer drainer = drainer(new WriteBehindLog(10, 1000), tx);

    drainer.write(batchOf(new RemoveRetained("a"), tx.ack("ack"), new RemoveRetained("b")));

    assertEquals(List.of("commit 2", "ack"), tx.events);
  }

  @Test
  void dropsOnlyTheRowsTheDatabaseRefusesAndWithholdsTheBatchAcknowledgements() {
    RecordingTransaction tx = new RecordingTransaction();
    tx.unwritableTopics.add("bad");
    LogDrainer drainer = drainer(new WriteBehindLog(10, 1000), tx);

    drainer.write(batchOf(new RemoveRetained("bad"), new RemoveRetained("good"), tx.ack("ack")));

    assertEquals(List.of(new RemoveRetained("good")), tx.committed);
    assertEquals(1, drainer.counters().droppedOperations());
    assertEquals("failed ack", tx.events.get(tx.events.size() - 1));
  }

  @Test
  void handsTheActionsToTheirExecutorInsteadOfRunningThemOnTheWriter() {
    // replies take broker locks that a lane may hold while it waits for room in a full log
    RecordingTransaction tx = new RecordingTransaction();
    List<Runnable> handedOver = new ArrayList<>();
    LogDrainer drainer = new LogDrainer(new WriteBehindLog(10, 1000), tx, 1000, handedOver::add);

    drainer.write(batchOf(new RemoveRetained("a"), tx.ack("first"), tx.ack("second")));

    assertEquals(List.of("commit 1"), tx.events, "nothing ran on the writer");
    handedOver.forEach(Runnable::run);
    assertEquals(List.of("commit 1", "first", "second"), tx.events);
  }

  @Test
  void withholdsAnAcknowledgementAppendedBeforeADropEvenInALaterBatch() {
    RecordingTransaction tx = new RecordingTransaction();
    tx.unwritableTopics.add("bad");
    WriteBehindLog log = new WriteBehindLog(1, 1000);
    LogDrainer drainer = drainer(log, tx);
    log.append(new RemoveRetained("bad"));
    log.whenDurable(() -> tx.events.add("ack"), () -> tx.events.add("failed ack"));
    StoreBatch first = log.takeNow();
    StoreBatch second = log.takeNow();

    drainer.write(first);
    drainer.write(second);

    assertEquals(List.of("failed ack"), tx.events);
    log.whenDurable(() -> tx.events.add("later ack"), () -> tx.events.add("failed later"));
    drainer.write(log.takeNow());
    assertEquals("later ack", tx.events.get(tx.events.size() - 1));
  }

  @Test
  void keepsEveryWriteOfAnOutageAndCommitsThemInOrderWhenTheDatabaseIsBack()
      throws InterruptedException {
    RecordingTransaction tx = new RecordingTransaction();
    WriteBehindLog log = new WriteBehindLog(10, 1000);
    LogDrainer drainer = drainer(log, tx);
    tx.down = true;
    CountDownLatch firstFailed = new CountDownLatch(1);
    log.append(new RemoveRetained("during-1"));
    log.whenDurable(() -> tx.events.add("ack 1"), firstFailed::countDown);
    Thread writer = new Thread(drainer, "store-writer-test");
    writer.start();
    try {
      assertTrue(firstFailed.await(5, TimeUnit.SECONDS), "the acknowledgement is withheld");
      assertFalse(drainer.counters().healthy());
      log.append(new RemoveRetained("during-2"));
      CountDownLatch acked = new CountDownLatch(1);
      log.whenDurable(acked::countDown, () -> {});
      tx.down = false;
      assertTrue(acked.await(10, TimeUnit.SECONDS), "acknowledged once the database is back");
      assertEquals(
          List.of(new RemoveRetained("during-1"), new RemoveRetained("during-2")), tx.committed);
      assertFalse(tx.events.contains("ack 1"), "a failed acknowledgement never goes out later");
      assertTrue(drainer.counters().healthy());
    } finally {
      drainer.stop();
      writer.join(5000);
    }
  }

  @Test
  void keepsTheWritesOfADatabaseThatAnswersButCannotWrite() {
    RecordingTransaction tx = new RecordingTransaction();
    WriteBehindLog log = new WriteBehindLog(10, 1000);
    LogDrainer drainer = drainer(log, tx);
    tx.diskFull = true;

    drainer.write(batchOf(new RemoveRetained("a"), tx.ack("ack")));

    assertEquals(List.of("failed ack"), tx.events);
    assertEquals(0, drainer.counters().droppedOperations(), "a full disk is no bad row");
    assertFalse(drainer.counters().healthy());
  }

  @Test
  void outlivesAnErrorThrownInsideACommit() throws InterruptedException {
    RecordingTransaction tx = new RecordingTransaction();
    WriteBehindLog log = new WriteBehindLog(10, 1000);
    LogDrainer drainer = drainer(log, tx);
    tx.nextError = new NoClassDefFoundError("broken class");
    CountDownLatch failed = new CountDownLatch(1);
    log.append(new RemoveRetained("a"));
    log.whenDurable(() -> {}, failed::countDown);
    Thread writer = new Thread(drainer, "store-writer-test");
    writer.start();
    try {
      assertTrue(failed.await(5, TimeUnit.SECONDS));
      CountDownLatch acked = new CountDownLatch(1);
      log.append(new RemoveRetained("b"));
      log.whenDurable(acked::countDown, () -> {});
      assertTrue(acked.await(5, TimeUnit.SECONDS));
      assertTrue(writer.isAlive());
    } finally {
      drainer.stop();
      writer.join(5000);
    }
  }

  @Test
  void keepsRunningActionsAfterOneThrows() {
    RecordingTransaction tx = new RecordingTransaction();
    LogDrainer drainer = drainer(new WriteBehindLog(10, 1000), tx);

    drainer.write(
        batchOf(
            new LogEntry.DurableAction(
                () -> {
                  throw new IllegalStateException("client gone");
                },
                () -> {}),
            tx.ack("second")));

    assertEquals(List.of("second"), tx.events);
  }

  @Test
  void drainsEverythingAppendedBeforeStopThenEnds() throws InterruptedException {
    RecordingTransaction tx = new RecordingTransaction();
    WriteBehindLog log = new WriteBehindLog(3, 1000);
    LogDrainer drainer = drainer(log, tx);
    CountDownLatch acked = new CountDownLatch(1);
    for (int i = 0; i < 10; i++) {
      log.append(new RemoveRetained("t" + i));
    }
    log.whenDurable(acked::countDown, () -> {});
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
