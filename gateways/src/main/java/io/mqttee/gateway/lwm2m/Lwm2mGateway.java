// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m;

import io.mqttee.broker.gateway.GatewayEntry;
import io.mqttee.connector.api.Lwm2mInboundListener;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The LWM2M gateway as one CDI bean: reads the settings, builds the device bridge over the broker's
 * {@link GatewayEntry}, and keeps the gateway's own connection for unknown endpoints.
 */
@ApplicationScoped
public class Lwm2mGateway {

  private static final Logger LOG = System.getLogger(Lwm2mGateway.class.getName());
  private static final long RECONNECT_SECONDS = 2;

  @Inject GatewayEntry entry;

  @Resource ManagedScheduledExecutorService scheduler;

  private DeviceBridge devices;
  private UnknownEndpoints unknown;

  /** Starts the gateway once; the message-driven bean and the start-up bean both ask for it. */
  public synchronized Lwm2mInboundListener listener() {
    if (devices == null) {
      Lwm2mGatewaySettings settings = Lwm2mGatewaySettings.fromSystemProperties();
      Commands commands = new Commands(entry.lwm2m(), settings.requestTimeoutMillis());
      devices = new DeviceBridge(entry, settings, commands);
      unknown =
          new UnknownEndpoints(
              entry,
              settings,
              devices,
              task -> scheduler.schedule(task, RECONNECT_SECONDS, TimeUnit.SECONDS));
      unknown.open();
      entry.reportSysValues(
          "lwm2m", () -> Map.of("$SYS/broker/lwm2m/devices", String.valueOf(devices.size())));
      LOG.log(
          Level.INFO, "LWM2M gateway started: commands on {0}", settings.topics().allCommands());
    }
    return devices;
  }

  @PreDestroy
  synchronized void stop() {
    if (unknown != null) {
      unknown.close();
    }
  }
}
