// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar;

import jakarta.resource.spi.work.ExecutionContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkListener;
import jakarta.resource.spi.work.WorkManager;
import java.util.concurrent.atomic.AtomicInteger;

/** A WorkManager that runs each Work on a new thread and counts them. */
final class ThreadWorkManager implements WorkManager {

  final AtomicInteger started = new AtomicInteger();

  @Override
  public void doWork(Work work) {
    work.run();
  }

  @Override
  public void doWork(Work work, long timeout, ExecutionContext ctx, WorkListener listener) {
    work.run();
  }

  @Override
  public long startWork(Work work) {
    return startWork(work, INDEFINITE, null, null);
  }

  @Override
  public long startWork(Work work, long timeout, ExecutionContext ctx, WorkListener listener) {
    started.incrementAndGet();
    new Thread(work, "work-" + started.get()).start();
    return 0;
  }

  @Override
  public void scheduleWork(Work work) {
    startWork(work);
  }

  @Override
  public void scheduleWork(Work work, long timeout, ExecutionContext ctx, WorkListener listener) {
    startWork(work);
  }
}
