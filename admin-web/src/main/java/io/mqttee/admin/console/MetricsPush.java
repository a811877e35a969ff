// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import io.mqttee.broker.admin.BrokerAdmin;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Pushes the broker's metrics to every open dashboard once a second over the Faces WebSocket
 * channel {@code metrics}. It starts when the first dashboard is shown, inside a Faces request,
 * where the push context can be created; with no dashboard open a push reaches nobody.
 */
@ApplicationScoped
public class MetricsPush {

  private static final Logger LOG = System.getLogger(MetricsPush.class.getName());

  @Resource private ManagedScheduledExecutorService scheduler;

  @Inject private BrokerAdmin admin;

  @Inject
  @Push(channel = "metrics")
  private PushContext metrics;

  private ScheduledFuture<?> task;

  public synchronized void ensureStarted() {
    if (task == null) {
      task = scheduler.scheduleAtFixedRate(this::pushNow, 1, 1, TimeUnit.SECONDS);
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
      metrics.send(DashboardFigures.of(admin.metrics().now()).json());
    } catch (RuntimeException e) {
      // An exception would end the schedule: the dashboards would never update again.
      LOG.log(Level.WARNING, "could not push the dashboard's metrics: {0}", e.toString());
    }
  }
}
