// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.inbound;

import io.mqttee.connector.rar.tls.ServerSslContexts;
import io.mqttee.connector.rar.tls.TlsSettings;
import io.mqttee.connector.rar.transport.ClientChannels;
import io.mqttee.connector.rar.transport.TcpServer;
import io.mqttee.connector.rar.transport.TransportSettings;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.Executor;

/**
 * The broker's bean, activated: its lane endpoints first, then the TCP and TLS listeners that call
 * them. Both happen on an adapter thread after endpointActivation has returned, because Payara
 * holds createEndpoint until the bean's deployment completes, which cannot happen while
 * endpointActivation is still running. Stopping closes the listener and every connection before the
 * endpoints are released.
 */
public final class InboundActivation {

  private static final Logger LOG = System.getLogger(InboundActivation.class.getName());
  private static final int ATTEMPTS = 20;
  private static final long RETRY_MILLIS = 3_000;

  private final MessageEndpointFactory factory;
  private final int lanes;
  private final TransportSettings settings;
  private final TlsSettings tls;
  private final Executor threads;
  private final ClientChannels clients;
  private LaneEndpoints endpoints;
  private TcpServer server;
  private boolean stopped;

  private InboundActivation(
      MessageEndpointFactory factory,
      int lanes,
      TransportSettings settings,
      TlsSettings tls,
      Executor threads,
      ClientChannels clients) {
    this.factory = factory;
    this.lanes = lanes;
    this.settings = settings;
    this.tls = tls;
    this.threads = threads;
    this.clients = clients;
  }

  /** Starts creating the lane endpoints and then the listener on one of {@code threads}. */
  public static InboundActivation start(
      MessageEndpointFactory factory,
      int lanes,
      TransportSettings settings,
      TlsSettings tls,
      Executor threads,
      ClientChannels clients) {
    InboundActivation activation =
        new InboundActivation(factory, lanes, settings, tls, threads, clients);
    threads.execute(activation::activate);
    return activation;
  }

  public boolean isFor(MessageEndpointFactory other) {
    return factory == other;
  }

  private void activate() {
    LaneEndpoints created = createEndpoints();
    if (created == null) {
      return;
    }
    synchronized (this) {
      if (stopped) {
        created.release();
        return;
      }
      try {
        TcpServer listener = new TcpServer(settings, threads, created.listeners(), clients);
        listener.start();
        endpoints = created;
        server = listener;
        startTls(listener);
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.ERROR, "MQTT TCP listener did not start: {0}", String.valueOf(e));
        created.release();
      }
    }
  }

  /** A TLS listener that cannot start is logged; MQTT over TCP keeps running without it. */
  private void startTls(TcpServer listener) {
    if (!tls.enabled()) {
      LOG.log(Level.INFO, "MQTT TLS listener disabled (mqttee.tls.port {0})", tls.port());
      return;
    }
    try {
      listener.startTls(tls.host(), tls.port(), ServerSslContexts.create(tls));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.ERROR, "MQTT TLS listener did not start: {0}", String.valueOf(e));
    }
  }

  private LaneEndpoints createEndpoints() {
    for (int attempt = 1; ; attempt++) {
      try {
        return LaneEndpoints.create(factory, lanes);
      } catch (UnavailableException e) {
        if (attempt == ATTEMPTS || isStopped() || !pause()) {
          LOG.log(Level.ERROR, "no endpoint for {0}: {1}", factory.getActivationName(), e);
          return null;
        }
      } catch (ResourceException e) {
        LOG.log(Level.ERROR, "MQTT TCP listener not started: {0}", e.getMessage());
        return null;
      }
    }
  }

  private static boolean pause() {
    try {
      Thread.sleep(RETRY_MILLIS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private synchronized boolean isStopped() {
    return stopped;
  }

  public void stop() {
    TcpServer listener;
    LaneEndpoints lanesToRelease;
    synchronized (this) {
      stopped = true;
      listener = server;
      lanesToRelease = endpoints;
      server = null;
      endpoints = null;
    }
    if (listener != null) {
      listener.close();
    }
    if (lanesToRelease != null) {
      lanesToRelease.release();
    }
  }
}
