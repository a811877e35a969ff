// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.lwm2m;

import io.mqttee.connector.api.Lwm2mInboundListener;
import io.mqttee.connector.rar.datagram.FailureLog;
import io.mqttee.connector.rar.datagram.KeyedLanes;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.local.LocalIoHandler;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The lanes of the LWM2M activation: one single-threaded loop per lane endpoint, on threads of the
 * given executor (the WorkManager). A device endpoint name belongs to one lane, so everything
 * reported about one device, and the tasks run for it, take turns on one thread in order.
 */
public final class Lwm2mLanes implements AutoCloseable {

  private final KeyedLanes lanes;
  private final List<Lwm2mInboundListener> endpoints;

  public Lwm2mLanes(Executor threads, List<Lwm2mInboundListener> endpoints) {
    this.endpoints = List.copyOf(endpoints);
    this.lanes =
        new KeyedLanes(
            new MultiThreadIoEventLoopGroup(endpoints.size(), threads, LocalIoHandler.newFactory()),
            new FailureLog("lwm2m"));
  }

  /** Calls the device's lane endpoint on its lane; false when the lanes have stopped. */
  boolean deliver(String endpoint, Consumer<Lwm2mInboundListener> call) {
    int lane = lanes.laneOf(endpoint);
    Lwm2mInboundListener listener = endpoints.get(lane);
    return lanes.run(lane, () -> call.accept(listener), "the endpoint");
  }

  /** Runs a task on the device's lane; false when the lanes have stopped. */
  boolean runOnLane(String endpoint, Runnable task) {
    return lanes.run(lanes.laneOf(endpoint), task, "a task on a lane");
  }

  /** Runs what is queued, then ends the lanes' threads; waits for them. */
  @Override
  public void close() {
    lanes.close();
  }
}
