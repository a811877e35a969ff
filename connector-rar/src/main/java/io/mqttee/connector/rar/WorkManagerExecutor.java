// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar;

import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.work.HintsContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkContext;
import jakarta.resource.spi.work.WorkContextProvider;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs each task on a WorkManager thread, so every adapter thread is the container's. The tasks are
 * event loops that run until the adapter stops; where the container understands hints, they are
 * marked long-running (WildFly then takes them from its long-running pool).
 */
final class WorkManagerExecutor implements Executor {

  /** How long to wait for the container to start a lane's thread before giving up. */
  private static final long START_TIMEOUT_MILLIS = 30_000;

  private final WorkManager workManager;
  private final List<WorkContext> contexts;

  WorkManagerExecutor(BootstrapContext context) {
    this.workManager = context.getWorkManager();
    this.contexts =
        context.isContextSupported(HintsContext.class) ? List.of(longRunning()) : List.of();
  }

  private static HintsContext longRunning() {
    HintsContext hints = new HintsContext();
    hints.setName("mqttee-lane");
    hints.setHint(HintsContext.LONGRUNNING_HINT, Boolean.TRUE);
    return hints;
  }

  @Override
  public void execute(Runnable task) {
    try {
      workManager.startWork(new LaneWork(task, contexts), START_TIMEOUT_MILLIS, null, null);
    } catch (WorkException e) {
      RejectedExecutionException rejected =
          new RejectedExecutionException("the WorkManager refused a thread: " + e.getMessage());
      rejected.initCause(e);
      throw rejected;
    }
  }

  /** An event loop as Work; it ends when the transport shuts its group down. */
  private record LaneWork(Runnable task, List<WorkContext> contexts)
      implements Work, WorkContextProvider {

    @Override
    public void run() {
      task.run();
    }

    @Override
    public void release() {
      // The adapter's stop() shuts the event loops down; the container only asks politely here.
    }

    @Override
    public List<WorkContext> getWorkContexts() {
      return contexts;
    }
  }
}
