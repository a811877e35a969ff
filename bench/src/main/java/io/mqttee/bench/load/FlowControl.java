// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.load;

/**
 * How many messages the publishers may send now. Three bounds: the run's message limit; an
 * end-to-end window of messages published but not yet delivered to every subscriber, so the run
 * measures the rate a broker sustains rather than how much it can buffer; and an optional fixed
 * rate. Used by the publisher thread only.
 */
final class FlowControl {

  /**
   * Without any delivery for this long while the window has less room than one batch, the missing
   * messages are counted lost and the window reopens. (Less room than one batch, not none: an
   * unpaced publisher waits for a batch's worth, so a broker that dropped a few messages would
   * otherwise keep it waiting for good.)
   */
  private static final long STALL_NANOS = 1_000_000_000L;

  /** A paced publisher that fell this far behind starts afresh instead of bursting. */
  private static final long MAX_LAG_NANOS = 10_000_000L;

  private final long messageLimit;
  private final long window;
  private final long fanOut;
  private final long minBatch;
  private final double intervalNanos;
  private double nextSendNanos;
  private long forgiven;
  private long lastDelivered;
  private long lastProgressNanos;
  private long stalls;

  /**
   * @param fanOut deliveries expected per message (the subscriber count for fan-out)
   * @param ratePerSecond messages per second for all publishers together, or 0 for no pacing
   */
  FlowControl(long messageLimit, long window, long fanOut, long ratePerSecond, long startNanos) {
    this.messageLimit = messageLimit;
    this.window = window;
    this.fanOut = fanOut;
    this.minBatch = Math.max(1, window / 8);
    this.intervalNanos = ratePerSecond > 0 ? 1e9 / ratePerSecond : 0;
    this.nextSendNanos = startNanos;
    this.lastProgressNanos = startNanos;
  }

  long credit(long published, long delivered, long now) {
    long windowCredit = windowCredit(published, delivered, now);
    if (intervalNanos == 0 && windowCredit < minBatch && messageLimit - published > minBatch) {
      // unpaced: wait for an eighth of the window, so each write carries a batch
      return 0;
    }
    long credit = Math.min(messageLimit - published, windowCredit);
    if (intervalNanos > 0) {
      if (now - nextSendNanos > MAX_LAG_NANOS) {
        nextSendNanos = now;
      }
      long due = now >= nextSendNanos ? (long) ((now - nextSendNanos) / intervalNanos) + 1 : 0;
      credit = Math.min(credit, due);
    }
    return Math.max(0, credit);
  }

  private long windowCredit(long published, long delivered, long now) {
    if (delivered != lastDelivered) {
      lastDelivered = delivered;
      lastProgressNanos = now;
    }
    long credit = delivered / fanOut + forgiven + window - published;
    if (credit < minBatch && now - lastProgressNanos > STALL_NANOS) {
      forgiven = published - delivered / fanOut;
      lastProgressNanos = now;
      stalls++;
      credit = window;
    }
    return credit;
  }

  void sent(int count) {
    nextSendNanos += count * intervalNanos;
  }

  /** Times the window reopened after a second without deliveries (a broker dropping messages). */
  long stalls() {
    return stalls;
  }
}
