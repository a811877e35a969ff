// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.datagram;

import io.mqttee.connector.api.DatagramInboundListener;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The lanes of a datagram activation: one event loop per lane endpoint, each on a thread of the
 * given executor (the WorkManager in a container). A peer belongs to one lane for the activation's
 * life, so its datagrams and the tasks run for it take turns on one thread, in the order queued.
 */
public final class DatagramLanes implements AutoCloseable {

  private final KeyedLanes lanes;
  private final List<DatagramInboundListener> endpoints;

  /**
   * @param threads supplies one long-running thread per lane
   * @param endpoints the listener of each lane; their number is the number of event loops
   */
  public DatagramLanes(String listener, Executor threads, List<DatagramInboundListener> endpoints) {
    this.endpoints = List.copyOf(endpoints);
    this.lanes =
        new KeyedLanes(
            new MultiThreadIoEventLoopGroup(endpoints.size(), threads, NioIoHandler.newFactory()),
            new FailureLog(listener));
  }

  int laneOf(InetSocketAddress peer) {
    return lanes.laneOf(peer);
  }

  /** Hands one peer's datagrams of one read to its lane's endpoint, on that lane's thread. */
  void deliver(String listener, InetSocketAddress peer, List<byte[]> datagrams) {
    int lane = lanes.laneOf(peer);
    DatagramInboundListener endpoint = endpoints.get(lane);
    lanes.run(lane, () -> endpoint.onDatagrams(listener, peer, datagrams), "the endpoint");
  }

  /** Runs a task on the peer's lane; false when the lanes have stopped. */
  public boolean runOnLane(InetSocketAddress peer, Runnable task) {
    return lanes.run(lanes.laneOf(peer), task, "a task on a lane");
  }

  /** Where the listener's socket is registered: on one of the lanes. */
  EventLoopGroup group() {
    return lanes.group();
  }

  /** Where the listener's socket reports the failures it survives. */
  FailureLog failureLog() {
    return lanes.failureLog();
  }

  /** The calls, tasks, sends and receives that failed, since the lanes started. */
  public long failures() {
    return lanes.failureLog().count();
  }

  /** Runs what is queued, then ends the lanes' threads; waits for them. */
  @Override
  public void close() {
    lanes.close();
  }
}
