// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.mqttsn;

import io.mqttee.broker.gateway.GatewayEntry;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The MQTT-SN gateway as one CDI bean: reads the settings, builds the {@link MqttSnDispatcher} over
 * the broker's {@link GatewayEntry}, and schedules ADVERTISE and the clients' clock.
 */
@ApplicationScoped
public class MqttSnGateway {
  private static final Logger LOG = System.getLogger(MqttSnGateway.class.getName());

  /** Keep alive, sleep and retransmission are checked this often: a loss shows within 1 s. */
  private static final long TICK_MILLIS = 1000;

  @Inject GatewayEntry entry;

  @Resource ManagedScheduledExecutorService scheduler;

  private MqttSnDispatcher dispatcher;
  private ScheduledFuture<?> ticks;
  private ScheduledFuture<?> advertisements;

  /** Starts the gateway once; the MDB and the start-up bean both ask for it. */
  public synchronized MqttSnDispatcher dispatcher() {
    if (dispatcher == null) {
      MqttSnSettings settings = MqttSnSettings.fromSystemProperties();
      dispatcher =
          new MqttSnDispatcher(settings, entry, entry.datagrams(), System::currentTimeMillis);
      entry.reportSysValues(
          "mqtt-sn", () -> dispatcher.counters().sysValues(dispatcher.clients()::size));
      ticks =
          scheduler.scheduleWithFixedDelay(
              dispatcher::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
      if (settings.advertiseSeconds() > 0) {
        advertisements =
            scheduler.scheduleAtFixedRate(
                dispatcher::advertise, 0, settings.advertiseSeconds(), TimeUnit.SECONDS);
      }
      LOG.log(
          Level.INFO,
          "MQTT-SN gateway {0} started: ADVERTISE every {1} s, {2} predefined topics",
          settings.gatewayId(),
          settings.advertiseSeconds(),
          settings.clients().predefined().size());
    }
    return dispatcher;
  }

  @PreDestroy
  synchronized void stop() {
    if (ticks != null) {
      ticks.cancel(false);
    }
    if (advertisements != null) {
      advertisements.cancel(false);
    }
  }
}
