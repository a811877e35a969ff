// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.inbound;

import io.mqttee.connector.api.MqttInboundListener;
import io.mqttee.connector.rar.application.Applications;
import io.mqttee.connector.rar.tls.ServerSslContexts;
import io.mqttee.connector.rar.tls.TlsSettings;
import io.mqttee.connector.rar.transport.ClientChannels;
import io.mqttee.connector.rar.transport.ListenerAddress;
import io.mqttee.connector.rar.transport.ListenerKind;
import io.mqttee.connector.rar.transport.ListenerRegistry;
import io.mqttee.connector.rar.transport.ServerListener;
import io.mqttee.connector.rar.transport.TcpServer;
import io.mqttee.connector.rar.transport.TlsSource;
import io.mqttee.connector.rar.transport.TransportSettings;
import io.mqttee.connector.rar.transport.WebSocketSettings;
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
public final class InboundActivation extends LaneActivation {

  private static final Logger LOG = System.getLogger(InboundActivation.class.getName());

  private final TransportSettings settings;
  private final TlsSettings tls;
  private final WebSocketSettings webSocket;
  private final Executor threads;
  private final ClientChannels clients;
  private final ListenerRegistry registry;
  private final Applications applications;
  private TcpServer server;

  /** What the adapter listens on: MQTT over TCP, over TLS and over WebSocket. */
  public record Listeners(
      TransportSettings transport, TlsSettings tls, WebSocketSettings webSocket) {}

  /**
   * What outlives an activation: the open connections, the listeners' registry, and the
   * applications' connections, which reach the broker through its lanes.
   */
  public record Registries(
      ClientChannels clients, ListenerRegistry listeners, Applications applications) {}

  private InboundActivation(
      MessageEndpointFactory factory,
      int lanes,
      Listeners listeners,
      Executor threads,
      Registries registries) {
    super(factory, lanes, MqttInboundListener.class);
    this.settings = listeners.transport();
    this.tls = listeners.tls();
    this.webSocket = listeners.webSocket();
    this.threads = threads;
    this.clients = registries.clients();
    this.registry = registries.listeners();
    this.applications = registries.applications();
  }

  /** Starts creating the lane endpoints and then the listener on one of {@code threads}. */
  public static InboundActivation start(
      MessageEndpointFactory factory,
      int lanes,
      Listeners listeners,
      Executor threads,
      Registries registries) {
    InboundActivation activation =
        new InboundActivation(factory, lanes, listeners, threads, registries);
    activation.begin(threads);
    return activation;
  }

  @Override
  boolean started(LaneEndpoints created) {
    try {
      TcpServer listener =
          new TcpServer(settings, threads, created.listeners(MqttInboundListener.class), clients);
      listener.start();
      server = listener;
      startOthers(listener);
      registry.activate(listener.listeners());
      applications.attach(listener::nextLane);
      return true;
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.ERROR, "MQTT TCP listener did not start: {0}", String.valueOf(e));
      return false;
    }
  }

  /**
   * The TLS and WebSocket listeners, each started unless disabled; one that cannot start is logged,
   * and MQTT over TCP keeps running without it. All of them can be started later by an
   * administrator.
   */
  private void startOthers(TcpServer listener) {
    TlsSource secure = TlsSource.lazy(() -> ServerSslContexts.create(tls));
    add(listener, ListenerKind.TLS, tls.host(), tls.port(), null, secure);
    add(listener, ListenerKind.WS, webSocket.host(), webSocket.port(), webSocket.path(), null);
    add(
        listener,
        ListenerKind.WSS,
        webSocket.host(),
        webSocket.securePort(),
        webSocket.path(),
        secure);
  }

  /** A negative port disables the listener; started later, it binds its kind's standard port. */
  private static void add(
      TcpServer server, ListenerKind kind, String host, int port, String path, TlsSource tls) {
    ListenerAddress address =
        new ListenerAddress(host, port < 0 ? kind.standardPort() : port, path);
    ServerListener listener = server.add(kind, address, tls);
    if (port < 0) {
      LOG.log(Level.INFO, "{0} listener disabled (port {1})", kind.listenerName(), port);
      return;
    }
    try {
      listener.start();
    } catch (IOException | RuntimeException e) {
      LOG.log(
          Level.ERROR, "{0} listener did not start: {1}", kind.listenerName(), String.valueOf(e));
    }
  }

  @Override
  Runnable detached() {
    TcpServer listener = server;
    server = null;
    return () -> {
      applications.detach();
      registry.deactivate();
      if (listener != null) {
        listener.close();
      }
    };
  }
}
