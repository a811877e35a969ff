// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.datagram;

import io.mqttee.connector.api.DatagramInboundListener;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.EventExecutor;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The lanes of a datagram activation: one event loop per lane endpoint, each on a thread of the
 * given executor (the WorkManager in a container). A peer belongs to one lane for the activation's
 * life, so its datagrams and the tasks run for it take turns on one thread, in the order queued.
 */
public final class DatagramLanes implements AutoCloseable {

  private static final long SHUTDOWN_TIMEOUT_SECONDS = 10;

  private final EventLoopGroup group;
  private final List<EventExecutor> loops = new ArrayList<>();
  private final List<DatagramInboundListener> endpoints;
  private final FailureLog failures;

  /**
   * @param threads supplies one long-running thread per lane
   * @param endpoints the listener of each lane; their number is the number of event loops
   */
  public DatagramLanes(String listener, Executor threads, List<DatagramInboundListener> endpoints) {
    this.endpoints = List.copyOf(endpoints);
    this.failures = new FailureLog(listener);
    this.group =
        new MultiThreadIoEventLoopGroup(endpoints.size(), threads, NioIoHandler.newFactory());
    group.forEach(loops::add);
  }

  /** The lane of a peer; {@code floorMod}, since a hash code may be negative. */
  int laneOf(InetSocketAddress peer) {
    return Math.floorMod(peer.hashCode(), loops.size());
  }

  /** Hands one peer's datagrams of one read to its lane's endpoint, on that lane's thread. */
  void deliver(String listener, InetSocketAddress peer, List<byte[]> datagrams) {
    int lane = laneOf(peer);
    DatagramInboundListener endpoint = endpoints.get(lane);
    run(lane, () -> endpoint.onDatagrams(listener, peer, datagrams), "the endpoint");
  }

  /** Runs a task on the peer's lane; false when the lanes have stopped. */
  public boolean runOnLane(InetSocketAddress peer, Runnable task) {
    return run(laneOf(peer), task, "a task on a lane");
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

  /** Where the listener's socket is registered: on one of the lanes. */
  EventLoopGroup group() {
    return group;
  }

  /** Where the listener's socket reports the failures it survives. */
  FailureLog failureLog() {
    return failures;
  }

  /** The calls, tasks, sends and receives that failed, since the lanes started. */
  public long failures() {
    return failures.count();
  }

  /** Runs what is queued, then ends the lanes' threads; waits for them. */
  @Override
  public void close() {
    group
        .shutdownGracefully(0, SHUTDOWN_TIMEOUT_SECONDS, TimeUnit.SECONDS)
        .awaitUninterruptibly(SHUTDOWN_TIMEOUT_SECONDS + 1, TimeUnit.SECONDS);
  }
}
