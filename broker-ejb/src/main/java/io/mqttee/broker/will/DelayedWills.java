// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.will;

import io.mqttee.broker.connection.PropertyIds;
import io.mqttee.protocol.packet.Will;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * MQTT 5 wills with a Will Delay Interval: published when the delay has passed or the session
 * ended, whichever comes first, and never when the client reconnects to its session in time
 * (MQTT-3.1.3-9). A scan a few times a second publishes those due. Thread-safe.
 */
public final class DelayedWills implements Runnable {
  private static final Logger LOG = System.getLogger(DelayedWills.class.getName());
  private static final long SCAN_PERIOD_MILLIS = 250;

  private record Pending(Will will, long dueMillis) {}

  private final WillPublisher publisher;
  private final LongSupplier clock;
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();

  public DelayedWills(WillPublisher publisher, LongSupplier clock) {
    this.publisher = publisher;
    this.clock = clock;
  }

  public ScheduledFuture<?> start(ScheduledExecutorService scheduler) {
    return scheduler.scheduleWithFixedDelay(
        this, SCAN_PERIOD_MILLIS, SCAN_PERIOD_MILLIS, TimeUnit.MILLISECONDS);
  }

  /**
   * The connection ended without DISCONNECT: publishes the will now, or after its delay.
   *
   * @param sessionExpirySeconds how long the session outlives the connection: the will is due when
   *     the session ends, if that comes before the delay
   */
  public void connectionLost(Will will, String clientId, long sessionExpirySeconds) {
    long delay =
        Math.min(
            Integer.toUnsignedLong(will.properties().intValue(PropertyIds.WILL_DELAY_INTERVAL, 0)),
            sessionExpirySeconds);
    if (delay <= 0) {
      publisher.publish(will, clientId);
      return;
    }
    pending.put(clientId, new Pending(will, clock.getAsLong() + delay * 1000));
  }

  /**
   * The client connected again: its delayed will is discarded when the session continued, and
   * published at once when the new connection started a new session (the old one ended).
   */
  public void reconnected(String clientId, boolean sessionContinues) {
    Pending will = pending.remove(clientId);
    if (will != null && !sessionContinues) {
      publisher.publish(will.will(), clientId);
    }
  }

  @Override
  public void run() {
    try {
      long now = clock.getAsLong();
      pending.forEach(
          (clientId, will) -> {
            if (will.dueMillis() <= now && pending.remove(clientId, will)) {
              publisher.publish(will.will(), clientId);
            }
          });
    } catch (RuntimeException e) {
      // a failed scan must not cancel the schedule
      LOG.log(Level.WARNING, "delayed will scan failed: " + e, e);
    }
  }

  public int pendingCount() {
    return pending.size();
  }
}
