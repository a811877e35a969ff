// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.datagram;

import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.EventExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Single-threaded loops where a key (a peer's address, a device's endpoint name) always lands on
 * the same loop, {@code Math.floorMod(key.hashCode(), lanes)}: what is run for one key takes turns
 * on one thread, in the order queued. A task that throws is logged once per kind and counted; the
 * loop goes on.
 */
public final class KeyedLanes implements AutoCloseable {

  private static final long SHUTDOWN_TIMEOUT_SECONDS = 10;

  private final EventLoopGroup group;
  private final List<EventExecutor> loops = new ArrayList<>();
  private final FailureLog failures;

  /**
   * @param group the loops, on threads of the adapter's WorkManager
   */
  public KeyedLanes(EventLoopGroup group, FailureLog failures) {
    this.group = group;
    this.failures = failures;
    group.forEach(loops::add);
  }

  /** The lane of {@code key}; {@code floorMod}, since a hash code may be negative. */
  public int laneOf(Object key) {
    return Math.floorMod(key.hashCode(), loops.size());
  }

  /** Runs {@code task} on lane {@code lane}; false when the lanes have stopped. */
  public boolean run(int lane, Runnable task, String what) {
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

  public EventLoopGroup group() {
    return group;
  }

  public FailureLog failureLog() {
    return failures;
  }

  /** Runs what is queued, then ends the lanes' threads; waits for them. */
  @Override
  public void close() {
    group
        .shutdownGracefully(0, SHUTDOWN_TIMEOUT_SECONDS, TimeUnit.SECONDS)
        .awaitUninterruptibly(SHUTDOWN_TIMEOUT_SECONDS + 1, TimeUnit.SECONDS);
  }
}
