// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import io.mqttee.broker.store.jpa.LogEntry.DurableAction;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * The writer thread's loop: takes batches from the log, commits each in one transaction forced to
 * disk, then runs its durable actions in order. An acknowledgement therefore never leaves before
 * the state it promises is on disk.
 *
 * <p>When a commit fails, the batch's failure actions run (their clients get an error or lose the
 * connection, and send again) and its operations are not dropped: they stay first in line and are
 * committed, with what came after them, once the database answers again, so the database catches up
 * with the broker's memory. Only when the database answers and still refuses the batch is it split,
 * to find the operations it can never take (a row too long for its column, say); those alone are
 * dropped, counted and logged. The loop never ends on an exception or an error; {@link #stop} does
 * not interrupt: the loop commits what is left, then ends.
 */
final class LogDrainer implements Runnable {
  private static final Logger LOG = System.getLogger(LogDrainer.class.getName());
  private static final long POLL_MILLIS = 200;
  private static final long FIRST_RETRY_MILLIS = 50;
  private static final long LAST_RETRY_MILLIS = 2000;
  private static final int MAX_LOGGED_CHARS = 200;
  private static final long SLOW_COMMIT_NANOS = 1_000_000_000L;

  private final WriteBehindLog log;
  private final StoreTransaction transaction;
  private final int maxUnwritten;
  private final StoreCounters counters = new StoreCounters();
  private final Executor actions;
  private final List<StoreOperation> unwritten = new ArrayList<>();
  private long retryMillis = FIRST_RETRY_MILLIS;
  private long failActionsBelow;
  private long outages;
  private volatile boolean stopping;

  /**
   * @param maxUnwritten operations of failed commits kept for the retry; beyond that the writer
   *     takes nothing new from the log, which then fills and slows the lanes down
   * @param actions runs the durable and failure actions, in the order handed to it
   */
  LogDrainer(WriteBehindLog log, StoreTransaction transaction, int maxUnwritten, Executor actions) {
    this.log = log;
    this.transaction = transaction;
    this.maxUnwritten = maxUnwritten;
    this.actions = actions;
  }

  /** Asks the loop to end once the log is empty. */
  void stop() {
    stopping = true;
  }

  StoreCounters counters() {
    return counters;
  }

  @Override
  public void run() {
    boolean interrupted = false;
    while (true) {
      try {
        if (!unwritten.isEmpty()) {
          if (!retry(stopping || interrupted)) {
            break;
          }
          continue;
        }
        StoreBatch batch =
            stopping || interrupted ? log.takeNow() : log.take(POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (batch != null) {
          write(batch);
        } else if (stopping || interrupted) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      } catch (RuntimeException | Error t) { // the writer outlives anything a batch throws
        LOG.log(Level.ERROR, "store writer: {0}; going on", rootCause(t));
        pause(retryMillis);
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Commits one batch and hands its actions on: the durable ones, or all failure ones. */
  void write(StoreBatch batch) {
    commitAndAct(OperationCoalescer.coalesce(batch.operations()), batch.actions());
  }

  private void commitAndAct(List<StoreOperation> operations, List<DurableAction> actions) {
    if (operations.isEmpty() || commit(operations)) {
      actions.forEach(a -> run(a.number() < failActionsBelow ? a.onFailed() : a.onDurable()));
    } else {
      actions.forEach(a -> run(a.onFailed()));
    }
  }

  /**
   * One more try at the operations of failed commits, with what the log holds now. Returns false
   * when the loop should end: stopping, and the database still refuses. The kept operations are not
   * folded together with the new ones: some of them may have been committed by a transaction that
   * only reported a failure.
   */
  private boolean retry(boolean finalAttempt) throws InterruptedException {
    if (!finalAttempt) {
      TimeUnit.MILLISECONDS.sleep(retryMillis);
      retryMillis = Math.min(retryMillis * 2, LAST_RETRY_MILLIS);
    }
    StoreBatch batch = unwritten.size() < maxUnwritten ? log.takeNow() : null;
    if (batch == null) {
      batch = StoreBatch.EMPTY;
    }
    List<StoreOperation> operations = new ArrayList<>(unwritten);
    operations.addAll(OperationCoalescer.coalesce(batch.operations()));
    long outagesBefore = outages;
    commitAndAct(operations, batch.actions());
    if (outages == outagesBefore) {
      unwritten.clear(); // committed, or what the database refused was dropped
    }
    if (!unwritten.isEmpty() && finalAttempt) {
      LOG.log(Level.ERROR, "store stopped with {0} writes not committed", unwritten.size());
      return false;
    }
    return true;
  }

  /** True when the operations are committed (or given up as unwritable, see the class comment). */
  private boolean commit(List<StoreOperation> operations) {
    long started = System.nanoTime();
    try {
      transaction.commit(operations);
      recovered();
      long nanos = System.nanoTime() - started;
      counters.committed(operations.size(), nanos);
      if (nanos > SLOW_COMMIT_NANOS) {
        LOG.log(
            Level.WARNING,
            "store commit of {0} operations took {1} ms; {2} entries wait behind it",
            operations.size(),
            nanos / 1_000_000,
            log.pending());
      }
      return true;
    } catch (RuntimeException | Error e) {
      if (StoreFailures.isRowError(e) && transaction.reachable()) {
        return commitAroundUnwritable(operations, e);
      }
      outage(operations, e);
      return false;
    }
  }

  /**
   * The database refused the batch for its data: commits the operations one by one and drops those
   * it refuses again. The batch still counts as failed, so its clients send again; what they send
   * lands in later batches.
   */
  private boolean commitAroundUnwritable(List<StoreOperation> operations, Throwable cause) {
    LOG.log(
        Level.WARNING,
        "store batch of {0} operations rolled back ({1}); retrying one by one",
        operations.size(),
        rootCause(cause));
    int dropped = 0;
    for (int i = 0; i < operations.size(); i++) {
      StoreOperation op = operations.get(i);
      try {
        transaction.commit(List.of(op));
      } catch (RuntimeException | Error e) {
        if (!StoreFailures.isRowError(e) || !transaction.reachable()) {
          dropped(dropped);
          outage(operations.subList(i, operations.size()), e);
          return false;
        }
        if (dropped++ == 0) {
          LOG.log(Level.ERROR, "store dropped {0}: {1}", describe(op), rootCause(e));
        }
      }
    }
    counters.failed();
    dropped(dropped);
    LOG.log(Level.ERROR, "store dropped {0} of {1} operations", dropped, operations.size());
    return false;
  }

  private void dropped(int operations) {
    counters.dropped(operations);
    if (operations > 0) {
      failActionsBelow = log.actionsAppended() + 1;
    }
  }

  /** The database cannot write: keeps every operation not yet committed for the retry. */
  private void outage(List<StoreOperation> operations, Throwable cause) {
    if (counters.healthy()) {
      LOG.log(
          Level.ERROR,
          "store cannot commit ({0}); acknowledgements are withheld and {1} writes kept until the"
              + " database answers",
          rootCause(cause),
          operations.size());
    }
    counters.failed();
    List<StoreOperation> remaining = new ArrayList<>(operations);
    unwritten.clear();
    unwritten.addAll(remaining);
    outages++;
  }

  private void recovered() {
    if (!counters.healthy()) {
      LOG.log(Level.INFO, "store commits again");
    }
    retryMillis = FIRST_RETRY_MILLIS;
  }

  /**
   * Hands a reply to the actions executor: replies take broker locks that a lane may hold while it
   * waits for room in a full log, so they must never run on the writer thread.
   */
  private void run(Runnable action) {
    actions.execute(() -> runGuarded(action));
  }

  private static void runGuarded(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException | Error e) {
      LOG.log(Level.WARNING, "durability action failed: {0}", e.toString());
    }
  }

  private static void pause(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The operation without its payload and cut short, for the log. */
  private static String describe(StoreOperation op) {
    String text;
    if (op instanceof StoreOperation.QueueMessage q) {
      text =
          "QueueMessage[" + q.clientId() + ", " + q.sequence() + ", " + q.message().topic() + "]";
    } else if (op instanceof StoreOperation.SaveRetained r) {
      text = "SaveRetained[" + r.message().topic() + "]";
    } else {
      text = op.toString();
    }
    return text.length() <= MAX_LOGGED_CHARS ? text : text.substring(0, MAX_LOGGED_CHARS) + "...";
  }

  private static String rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.toString();
  }
}
