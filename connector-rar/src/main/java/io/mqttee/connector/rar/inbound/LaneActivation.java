// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.inbound;

import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.concurrent.Executor;

/**
 * The life of one activation of a bean on the adapter: its lane endpoints are created on an adapter
 * thread after endpointActivation has returned (Payara holds createEndpoint until the bean's
 * deployment completes, which cannot happen while endpointActivation still runs), then what carries
 * the calls starts. Stopping stops that first and releases the endpoints last. A stop before the
 * endpoints exist wins: they are released as soon as they are created.
 */
abstract class LaneActivation {

  private final MessageEndpointFactory factory;
  private final int laneCount;
  private final Class<?> listenerType;
  private LaneEndpoints endpoints;
  private boolean stopped;

  LaneActivation(MessageEndpointFactory factory, int laneCount, Class<?> listenerType) {
    this.factory = factory;
    this.laneCount = laneCount;
    this.listenerType = listenerType;
  }

  /** Creates the endpoints and then starts, on one of {@code threads}. */
  final void begin(Executor threads) {
    threads.execute(this::activate);
  }

  public final boolean isFor(MessageEndpointFactory other) {
    return factory == other;
  }

  private void activate() {
    LaneEndpoints created = LaneEndpoints.await(factory, laneCount, listenerType, this::isStopped);
    if (created == null) {
      return;
    }
    synchronized (this) {
      if (!stopped && started(created)) {
        endpoints = created;
        return;
      }
    }
    created.release();
  }

  /**
   * Starts what calls the endpoints, under this activation's lock.
   *
   * @return false when it could not start (logged): the endpoints are released
   */
  abstract boolean started(LaneEndpoints created);

  /**
   * Detaches what {@link #started} built, under this activation's lock.
   *
   * @return what stops it, run outside the lock before the endpoints are released
   */
  abstract Runnable detached();

  private synchronized boolean isStopped() {
    return stopped;
  }

  public final void stop() {
    Runnable stopping;
    LaneEndpoints toRelease;
    synchronized (this) {
      stopped = true;
      stopping = detached();
      toRelease = endpoints;
      endpoints = null;
    }
    stopping.run();
    if (toRelease != null) {
      toRelease.release();
    }
  }
}
