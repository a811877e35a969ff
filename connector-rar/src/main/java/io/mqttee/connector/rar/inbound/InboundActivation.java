// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.inbound;

import io.mqttee.connector.rar.tls.ServerSslContexts;
import io.mqttee.connector.rar.tls.TlsSettings;
import io.mqttee.connector.rar.transport.ClientChannels;
import io.mqttee.connector.rar.transport.TcpServer;
import io.mqttee.connector.rar.transport.TransportSettings;
import io.mqttee.connector.rar.transport.WebSocketSettings;
import io.netty.handler.ssl.SslContext;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.Executor;

/**
 * The broker's bean, activated: its lane endpoints first, then the TCP, TLS and WebSocket listeners
 * that call them. Both happen on an adapter thread after endpointActivation has returned, because
 * Payara holds createEndpoint until the bean's deployment completes, which cannot happen while
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
  private final WebSocketSettings webSocket;
  private final Executor threads;
  private final ClientChannels clients;
  private LaneEndpoints endpoints;
  private TcpServer server;
  private boolean stopped;

  /** What the adapter listens on: MQTT over TCP, over TLS and over WebSocket. */
  public record Listeners(
      TransportSettings transport, TlsSettings tls, WebSocketSettings webSocket) {}

  private InboundActivation(
      MessageEndpointFactory factory,
      int lanes,
      Listeners listeners,
      Executor threads,
      ClientChannels clients) {
    this.factory = factory;
    this.lanes = lanes;
    this.settings = listeners.transport();
    this.tls = listeners.tls();
    this.webSocket = listeners.webSocket();
    this.threads = threads;
    this.clients = clients;
  }

  /** Starts creating the lane endpoints and then the listener on one of {@code threads}. */
  public static InboundActivation start(
      MessageEndpointFactory factory,
      int lanes,
      Listeners listeners,
      Executor threads,
      ClientChannels clients) {
    InboundActivation activation =
        new InboundActivation(factory, lanes, listeners, threads, clients);
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
        startOthers(listener);
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.ERROR, "MQTT TCP listener did not start: {0}", String.valueOf(e));
        created.release();
      }
    }
  }

  /**
   * The TLS and WebSocket listeners; one that cannot start is logged, and MQTT over TCP keeps
   * running without it.
   */
  private void startOthers(TcpServer listener) {
    SslContext secure = tls.enabled() || webSocket.secureEnabled() ? sslContext() : null;
    if (!tls.enabled()) {
      LOG.log(Level.INFO, "MQTT TLS listener disabled (mqttee.tls.port {0})", tls.port());
    } else if (secure != null) {
      start("TLS", () -> listener.startTls(tls.host(), tls.port(), secure));
    }
    if (webSocket.enabled()) {
      start(
          "WebSocket",
          () ->
              listener.startWebSocket(webSocket.host(), webSocket.port(), webSocket.path(), null));
    }
    if (webSocket.secureEnabled() && secure != null) {
      start(
          "secure WebSocket",
          () ->
              listener.startWebSocket(
                  webSocket.host(), webSocket.securePort(), webSocket.path(), secure));
    }
  }

  private SslContext sslContext() {
    try {
      return ServerSslContexts.create(tls);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.ERROR, "no TLS key for the TLS listeners: {0}", String.valueOf(e));
      return null;
    }
  }

  @FunctionalInterface
  private interface ListenerStart {
    void run() throws IOException;
  }

  private static void start(String name, ListenerStart start) {
    try {
      start.run();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.ERROR, "MQTT {0} listener did not start: {1}", name, String.valueOf(e));
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
