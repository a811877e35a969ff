// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.lwm2m;

import io.mqttee.connector.api.Lwm2mInboundListener;
import io.mqttee.connector.rar.datagram.FailureLog;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.local.LocalIoHandler;
import io.netty.util.concurrent.EventExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The lanes of the LWM2M activation: one single-threaded loop per lane endpoint, on threads of the
 * given executor (the WorkManager). A device endpoint name belongs to one lane, so everything
 * reported about one device, and the tasks run for it, take turns on one thread in order.
 */
public final class Lwm2mLanes implements AutoCloseable {

  private static final long SHUTDOWN_TIMEOUT_SECONDS = 10;

  private final EventLoopGroup group;
  private final List<EventExecutor> loops = new ArrayList<>();
  private final List<Lwm2mInboundListener> endpoints;
  private final FailureLog failures = new FailureLog("lwm2m");

  public Lwm2mLanes(Executor threads, List<Lwm2mInboundListener> endpoints) {
    this.endpoints = List.copyOf(endpoints);
    this.group =
        new MultiThreadIoEventLoopGroup(endpoints.size(), threads, LocalIoHandler.newFactory());
    group.forEach(loops::add);
  }

  private int laneOf(String endpoint) {
    return Math.floorMod(endpoint.hashCode(), loops.size());
  }

  /** Calls the device's lane endpoint on its lane; false when the lanes have stopped. */
  boolean deliver(String endpoint, Consumer<Lwm2mInboundListener> call) {
    int lane = laneOf(endpoint);
    Lwm2mInboundListener listener = endpoints.get(lane);
    return run(lane, () -> call.accept(listener), "the endpoint");
  }

  /** Runs a task on the device's lane; false when the lanes have stopped. */
  boolean runOnLane(String endpoint, Runnable task) {
    return run(laneOf(endpoint), task, "a task on a lane");
  }

  private boolean run(int lane, Runnable task, String what) {
    try {
      loops.get(lane).execute(() -> guarded(task, what));
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  private void guarded(Runnable task, String what) {
    try {
      task.run();
    } catch (RuntimeException e) {
      failures.failed(what, e);
    }
  }

  /** Runs what is queued, then ends the lanes' threads; waits for them. */
  @Override
  public void close() {
    group
        .shutdownGracefully(0, SHUTDOWN_TIMEOUT_SECONDS, TimeUnit.SECONDS)
        .awaitUninterruptibly(SHUTDOWN_TIMEOUT_SECONDS + 1, TimeUnit.SECONDS);
  }
}
