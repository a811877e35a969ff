// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/** Runs tasks one at a time, in the order given, on the threads of another executor. */
final class SerialExecutor implements Executor {
  private static final Logger LOG = System.getLogger(SerialExecutor.class.getName());

  private final Executor threads;
  private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean running = new AtomicBoolean();

  SerialExecutor(Executor threads) {
    this.threads = threads;
  }

  @Override
  public void execute(Runnable task) {
    tasks.add(task);
    if (running.compareAndSet(false, true)) {
      threads.execute(this::drain);
    }
  }

  private void drain() {
    Runnable task;
    while ((task = tasks.poll()) != null) {
      try {
        task.run();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "cluster task failed: " + e, e);
      }
    }
    running.set(false);
    if (!tasks.isEmpty() && running.compareAndSet(false, true)) {
      threads.execute(this::drain);
    }
  }
}
