// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.inbound;

import io.mqttee.connector.api.Lwm2mInboundListener;
import io.mqttee.connector.rar.lwm2m.CoapListener;
import io.mqttee.connector.rar.lwm2m.Lwm2mHost;
import io.mqttee.connector.rar.lwm2m.Lwm2mLanes;
import io.mqttee.connector.rar.lwm2m.Lwm2mServers;
import io.mqttee.connector.rar.lwm2m.Lwm2mSettings;
import io.mqttee.connector.rar.transport.ListenerRegistry;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.local.LocalIoHandler;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * The LWM2M gateway's bean, activated: its lane endpoints, the lanes, the threads Californium and
 * Leshan run on (event loops on WorkManager threads), then the LWM2M server with the listeners the
 * configuration enables. Stopping stops the server, then the threads, then releases the endpoints.
 */
public final class Lwm2mActivation {

  private static final Logger LOG = System.getLogger(Lwm2mActivation.class.getName());

  /** Californium's exchange processing and Leshan's expiry checks; they never block. */
  private static final int COAP_THREADS = 2;

  private final MessageEndpointFactory factory;
  private final int laneCount;
  private final Lwm2mSettings settings;
  private final Executor threads;
  private final Registries registries;
  private LaneEndpoints endpoints;
  private Lwm2mLanes lanes;
  private EventLoopGroup coapThreads;
  private Lwm2mHost host;
  private boolean stopped;

  /** What outlives an activation: the listeners' registry and the outbound handles' server. */
  public record Registries(ListenerRegistry listeners, Lwm2mServers servers) {}

  private Lwm2mActivation(
      MessageEndpointFactory factory,
      int laneCount,
      Lwm2mSettings settings,
      Executor threads,
      Registries registries) {
    this.factory = factory;
    this.laneCount = laneCount;
    this.settings = settings;
    this.threads = threads;
    this.registries = registries;
  }

  /** Starts creating the endpoints and then the server on one of {@code threads}. */
  public static Lwm2mActivation start(
      MessageEndpointFactory factory,
      int lanes,
      Lwm2mSettings settings,
      Executor threads,
      Registries registries) {
    Lwm2mActivation activation = new Lwm2mActivation(factory, lanes, settings, threads, registries);
    threads.execute(activation::activate);
    return activation;
  }

  public boolean isFor(MessageEndpointFactory other) {
    return factory == other;
  }

  private void activate() {
    LaneEndpoints created =
        LaneEndpoints.await(factory, laneCount, Lwm2mInboundListener.class, this::isStopped);
    if (created == null) {
      return;
    }
    synchronized (this) {
      if (stopped) {
        created.release();
        return;
      }
      endpoints = created;
      lanes = new Lwm2mLanes(threads, created.listeners(Lwm2mInboundListener.class));
      coapThreads =
          new MultiThreadIoEventLoopGroup(COAP_THREADS, threads, LocalIoHandler.newFactory());
      try {
        host = new Lwm2mHost(settings, lanes, coapThreads);
      } catch (RuntimeException e) {
        LOG.log(Level.ERROR, "the LWM2M server cannot be set up: {0}", e.getMessage());
        return;
      }
      registries.servers().activate(host);
      for (CoapListener listener : host.listeners()) {
        registries.listeners().add(listener);
        startIfEnabled(listener);
      }
    }
  }

  private static void startIfEnabled(CoapListener listener) {
    if (!listener.enabledAtStart()) {
      LOG.log(Level.INFO, "{0} listener disabled", listener.name());
      return;
    }
    try {
      listener.start();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.ERROR, "{0} listener did not start: {1}", listener.name(), String.valueOf(e));
    }
  }

  private synchronized boolean isStopped() {
    return stopped;
  }

  public void stop() {
    Lwm2mHost server;
    Lwm2mLanes loops;
    EventLoopGroup coap;
    LaneEndpoints toRelease;
    synchronized (this) {
      stopped = true;
      server = host;
      loops = lanes;
      coap = coapThreads;
      toRelease = endpoints;
      host = null;
      lanes = null;
      coapThreads = null;
      endpoints = null;
    }
    if (server != null) {
      server.listeners().forEach(registries.listeners()::remove);
      registries.servers().deactivate(server);
      server.retire();
    }
    if (coap != null) {
      coap.shutdownGracefully(0, 5, TimeUnit.SECONDS).awaitUninterruptibly(6, TimeUnit.SECONDS);
    }
    if (loops != null) {
      loops.close();
    }
    if (toRelease != null) {
      toRelease.release();
    }
  }
}
