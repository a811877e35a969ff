// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import io.mqttee.connector.api.MqttInboundListener;
import io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;

/** A TCP transport on a free loopback port, each lane a {@link RecordingLane}. */
final class ServerFixture implements AutoCloseable {

  final BlockingQueue<RecordingLane.Call> calls = RecordingLane.newQueue();
  final List<RecordingLane> lanes = new ArrayList<>();
  final ClientChannels clients = new ClientChannels();
  private final TcpServer server;
  private final InetSocketAddress address;

  ServerFixture(int laneCount, int maxPacketSize, Duration connectTimeout, Duration malformedGrace)
      throws IOException {
    for (int i = 0; i < laneCount; i++) {
      lanes.add(new RecordingLane(calls));
    }
    TransportSettings settings =
        new TransportSettings("127.0.0.1", 0, maxPacketSize, connectTimeout, malformedGrace);
    server =
        new TcpServer(
            settings,
            task -> new Thread(task, "lane").start(),
            List.<MqttInboundListener>copyOf(lanes),
            clients);
    address = server.start();
  }

  static ServerFixture withDefaults() throws IOException {
    return new ServerFixture(2, 1024, Duration.ofSeconds(10), Duration.ofSeconds(5));
  }

  /** Adds a TLS listener on a free loopback port; returns its address. */
  InetSocketAddress startTls(SslContext tls) throws IOException {
    return server.startTls("127.0.0.1", 0, tls);
  }

  /** Adds a WebSocket listener serving {@code path} on a free loopback port. */
  InetSocketAddress startWebSocket(String path) throws IOException {
    return server.startWebSocket("127.0.0.1", 0, path, null);
  }

  /** Adds a listener without starting it. */
  ServerListener add(ListenerKind kind, ListenerAddress address, TlsSource tls) {
    return server.add(kind, address, tls);
  }

  /** The listeners added so far, as administrators reach them. */
  ListenerRegistry registry() {
    ListenerRegistry registry = new ListenerRegistry();
    registry.activate(server.listeners());
    return registry;
  }

  RawClient connect() throws IOException {
    return new RawClient(address);
  }

  /** Stops the transport, as the adapter does on deactivation. */
  void stop() {
    server.close();
  }

  @Override
  public void close() {
    stop();
  }
}
