// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.connection.ClientConnection;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Connections the broker sent a DISCONNECT to, kept open until the client has been quiet for a
 * moment. A client still sending when its socket closes gets a TCP reset, and a reset can discard
 * the DISCONNECT before the client read it; lingering lets the client read the Reason Code that
 * tells it why (MQTT 5 section 4.13), while what it still sends is dropped unread. The connection
 * closes once the client sent nothing for {@link #QUIET_MILLIS}, after {@link #MAX_MILLIS} at the
 * latest (MQTT-3.14.4-2), or earlier when the client closes it.
 */
public final class LingeringCloses implements Runnable {
  /** How long the client must have sent nothing before the broker closes. */
  public static final long QUIET_MILLIS = 200;

  /** How long a connection stays open after the broker's DISCONNECT at most. */
  public static final long MAX_MILLIS = 2_000;

  private static final Logger LOG = System.getLogger(LingeringCloses.class.getName());

  private record Pending(long deadlineMillis, String reason) {}

  private final Map<ClientConnection, Pending> pending = new ConcurrentHashMap<>();
  private final LongSupplier clock;

  public LingeringCloses(LongSupplier clock) {
    this.clock = clock;
  }

  /** Closes {@code connection} once the client is quiet, or the longest linger has passed. */
  void closeLater(ClientConnection connection, String reason) {
    pending.put(connection, new Pending(clock.getAsLong() + MAX_MILLIS, reason));
  }

  /** The transport closed the connection first: nothing left to close. */
  void forget(ClientConnection connection) {
    pending.remove(connection);
  }

  public ScheduledFuture<?> start(ScheduledExecutorService scheduler) {
    return scheduler.scheduleWithFixedDelay(this, 100, 100, TimeUnit.MILLISECONDS);
  }

  @Override
  public void run() {
    long now = clock.getAsLong();
    pending.forEach(
        (connection, close) -> {
          boolean quiet = now - connection.lastActivityMillis() >= QUIET_MILLIS;
          boolean due = quiet || close.deadlineMillis() <= now;
          if (due && pending.remove(connection, close)) {
            try {
              connection.close(close.reason());
            } catch (RuntimeException e) {
              // a failed close must not cancel the schedule
              LOG.log(Level.WARNING, "closing " + connection + " failed: " + e, e);
            }
          }
        });
  }
}
