// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Discards offline sessions once their MQTT 5 Session Expiry Interval has passed (MQTT 5 section
 * 4.1.1). MQTT 3.1.1 sessions with clean session 0 never expire.
 */
public final class OfflineSessionExpiry implements Runnable {
  private static final Logger LOG = System.getLogger(OfflineSessionExpiry.class.getName());

  private final SessionRegistry sessions;
  private final LongSupplier clock;

  public OfflineSessionExpiry(SessionRegistry sessions, LongSupplier clock) {
    this.sessions = sessions;
    this.clock = clock;
  }

  public ScheduledFuture<?> start(ScheduledExecutorService scheduler) {
    return scheduler.scheduleWithFixedDelay(this, 1, 1, TimeUnit.SECONDS);
  }

  @Override
  public void run() {
    try {
      int expired = sessions.expireOffline(clock.getAsLong());
      if (expired > 0) {
        LOG.log(Level.DEBUG, "{0} offline sessions expired", expired);
      }
    } catch (RuntimeException e) {
      // a failed run must not cancel the schedule
      LOG.log(Level.WARNING, "session expiry failed: " + e, e);
    }
  }
}
