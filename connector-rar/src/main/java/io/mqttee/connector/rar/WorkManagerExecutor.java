// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar;

import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/** Runs each task on a WorkManager thread, so every adapter thread is the container's. */
final class WorkManagerExecutor implements Executor {

  /** How long to wait for the container to start a lane's thread before giving up. */
  private static final long START_TIMEOUT_MILLIS = 30_000;

  private final WorkManager workManager;

  WorkManagerExecutor(WorkManager workManager) {
    this.workManager = workManager;
  }

  @Override
  public void execute(Runnable task) {
    try {
      workManager.startWork(new RunnableWork(task), START_TIMEOUT_MILLIS, null, null);
    } catch (WorkException e) {
      RejectedExecutionException rejected =
          new RejectedExecutionException("the WorkManager refused a thread: " + e.getMessage());
      rejected.initCause(e);
      throw rejected;
    }
  }

  /** An event loop as Work; it ends when the transport shuts its group down. */
  private record RunnableWork(Runnable task) implements Work {

    @Override
    public void run() {
      task.run();
    }

    @Override
    public void release() {
      // The adapter's stop() shuts the event loops down; the container only asks politely here.
    }
  }
}
