// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.load;

import java.util.concurrent.atomic.AtomicLong;

/** Counters and signals shared by the run's coordinator and its two event loops. */
public final class Progress {

  private final AtomicLong published = new AtomicLong();
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private volatile boolean publishing = true;
  private volatile boolean running = true;
  private volatile boolean recording;
  private volatile Throwable failure;

  /** Messages the publishers have handed to their sockets, all publishers together. */
  public long published() {
    return published.get();
  }

  void publishedSoFar(long count) {
    published.lazySet(count);
  }

  /**
   * Messages the subscribers have received, all subscribers together; a message one subscriber
   * received twice counts once (see {@link #duplicates()}).
   */
  public long delivered() {
    return delivered.get();
  }

  void deliveredSoFar(long count) {
    delivered.lazySet(count);
  }

  /** PUBLISH packets that repeated a message their subscriber had already received. */
  public long duplicates() {
    return duplicates.get();
  }

  void duplicatesSoFar(long count) {
    duplicates.lazySet(count);
  }

  boolean publishing() {
    return publishing && running;
  }

  void stopPublishing() {
    publishing = false;
  }

  boolean running() {
    return running;
  }

  void stop() {
    running = false;
  }

  /** Whether subscribers record latency samples: true during the measured window only. */
  boolean recording() {
    return recording;
  }

  void recording(boolean on) {
    recording = on;
  }

  void fail(Throwable t) {
    if (failure == null) {
      failure = t;
    }
    stop();
  }

  Throwable failure() {
    return failure;
  }
}
