// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import io.mqttee.broker.admin.BrokerAdmin;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Pushes the broker's metrics once a second to every open dashboard, over the console's own
 * WebSocket endpoint ({@link LiveMetricsEndpoint}). The schedule runs only while a dashboard is
 * open.
 */
@ApplicationScoped
public class MetricsPush {

  private static final Logger LOG = System.getLogger(MetricsPush.class.getName());

  private final Set<Session> dashboards = ConcurrentHashMap.newKeySet();

  @Resource private ManagedScheduledExecutorService scheduler;

  @Inject private BrokerAdmin admin;

  private ScheduledFuture<?> task;

  synchronized void opened(Session dashboard) {
    dashboards.add(dashboard);
    if (task == null) {
      task = scheduler.scheduleAtFixedRate(this::pushNow, 1, 1, TimeUnit.SECONDS);
    }
  }

  synchronized void closed(Session dashboard) {
    dashboards.remove(dashboard);
    if (dashboards.isEmpty() && task != null) {
      task.cancel(false);
      task = null;
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  void pushNow() {
    try {
      String json = DashboardFigures.of(admin.metrics().now()).json();
      for (Session dashboard : dashboards) {
        if (dashboard.isOpen()) {
          dashboard.getAsyncRemote().sendText(json);
        }
      }
    } catch (RuntimeException e) {
      // An exception would end the schedule: the dashboards would never update again.
      LOG.log(Level.WARNING, "could not push the dashboard's metrics: {0}", e.toString());
    }
  }
}
