// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * The writer thread's loop: takes batches from the log, commits each in one transaction, then runs
 * its actions in order. A failed batch is retried once, one operation per transaction, so that one
 * bad row (a topic longer than its column, say) costs only itself; operations that fail again are
 * dropped and counted. The actions run in every case: a client whose acknowledgement waits on them
 * would otherwise hang, and the failure is logged and counted instead. {@link #stop} does not
 * interrupt: the loop commits what is left in the log, then ends.
 */
final class LogDrainer implements Runnable {
  private static final Logger LOG = System.getLogger(LogDrainer.class.getName());
  private static final long POLL_MILLIS = 200;
  private static final int MAX_LOGGED_CHARS = 200;

  private final WriteBehindLog log;
  private final Consumer<List<StoreOperation>> transaction;
  private final LongAdder failedOperations = new LongAdder();
  private volatile boolean stopping;

  /** {@code transaction} applies the operations in one transaction and throws if it rolls back. */
  LogDrainer(WriteBehindLog log, Consumer<List<StoreOperation>> transaction) {
    this.log = log;
    this.transaction = transaction;
  }

  /** Asks the loop to end once the log is empty. */
  void stop() {
    stopping = true;
  }

  long failedOperations() {
    return failedOperations.sum();
  }

  @Override
  public void run() {
    boolean interrupted = false;
    while (true) {
      StoreBatch batch;
      try {
        batch =
            stopping || interrupted ? log.takeNow() : log.take(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        interrupted = true;
        continue;
      }
      if (batch != null) {
        write(batch);
      } else if (stopping || interrupted) {
        break;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Commits one batch and runs its actions. */
  void write(StoreBatch batch) {
    if (!batch.operations().isEmpty()) {
      commit(batch.operations());
    }
    for (Runnable action : batch.actions()) {
      try {
        action.run();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "durability action failed: {0}", e.toString());
      }
    }
  }

  private void commit(List<StoreOperation> operations) {
    try {
      transaction.accept(operations);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "store batch of {0} operations rolled back ({1}); retrying one by one",
          operations.size(),
          rootCause(e));
      commitOneByOne(operations);
    }
  }

  private void commitOneByOne(List<StoreOperation> operations) {
    int failed = 0;
    for (StoreOperation op : operations) {
      try {
        transaction.accept(List.of(op));
      } catch (RuntimeException e) {
        if (failed++ == 0) {
          LOG.log(Level.ERROR, "store dropped {0}: {1}", describe(op), rootCause(e));
        }
      }
    }
    if (failed > 0) {
      failedOperations.add(failed);
      LOG.log(Level.ERROR, "store dropped {0} of {1} operations", failed, operations.size());
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
