// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.keepalive;

import io.mqttee.broker.connection.ClientConnection;
import io.mqttee.broker.connection.ConnectionRegistry;
import io.mqttee.broker.session.ConnectionCloser;
import io.mqttee.protocol.packet.ReasonCodes;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Scans the open connections a few times a second and closes those silent for longer than
 * keep-alive times the factor (MQTT-3.1.2-24), and those that sent no CONNECT in time.
 */
public final class KeepAliveMonitor implements Runnable {
  private static final Logger LOG = System.getLogger(KeepAliveMonitor.class.getName());
  private static final long SCAN_PERIOD_MILLIS = 250;

  private final ConnectionRegistry connections;
  private final ConnectionCloser closer;
  private final double keepAliveFactor;
  private final long connectTimeoutMillis;
  private final LongSupplier clock;

  public KeepAliveMonitor(
      ConnectionRegistry connections,
      ConnectionCloser closer,
      double keepAliveFactor,
      long connectTimeoutMillis,
      LongSupplier clock) {
    this.connections = connections;
    this.closer = closer;
    this.keepAliveFactor = keepAliveFactor;
    this.connectTimeoutMillis = connectTimeoutMillis;
    this.clock = clock;
  }

  public ScheduledFuture<?> start(ScheduledExecutorService scheduler) {
    return scheduler.scheduleWithFixedDelay(
        this, SCAN_PERIOD_MILLIS, SCAN_PERIOD_MILLIS, TimeUnit.MILLISECONDS);
  }

  @Override
  public void run() {
    try {
      long now = clock.getAsLong();
      connections.forEach(connection -> check(connection, now));
    } catch (RuntimeException e) {
      // a failed scan must not cancel the schedule
      LOG.log(Level.WARNING, "keep-alive scan failed: " + e, e);
    }
  }

  private void check(ClientConnection connection, long now) {
    if (connection.isClosing()) {
      return;
    }
    long silentMillis = now - connection.lastActivityMillis();
    if (connection.session() == null) {
      if (silentMillis > connectTimeoutMillis) {
        closer.abort(connection, "no CONNECT received in time", "MQTT 3.1.1 section 3.1");
      }
      return;
    }
    int keepAlive = connection.keepAliveSeconds();
    if (keepAlive > 0 && silentMillis > (long) (keepAlive * keepAliveFactor * 1000)) {
      closer.abort(
          connection,
          ReasonCodes.KEEP_ALIVE_TIMEOUT,
          "keep alive of " + keepAlive + " s expired",
          "MQTT-3.1.2-24");
    }
  }
}
