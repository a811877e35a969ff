// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.ssl.SslContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Gives each accepted connection its handler, bound to the lane of the loop it landed on; on a TLS
 * listener, behind the TLS handler and the gate that holds the connection until its handshake; on a
 * WebSocket listener, behind the HTTP upgrade and the WebSocket framing.
 */
final class MqttChannelInitializer extends ChannelInitializer<SocketChannel> {

  /** The upgrade request is all an MQTT WebSocket client sends over HTTP. */
  private static final int MAX_UPGRADE_REQUEST_BYTES = 8192;

  /** MQTT-6.0.0-4 and the names older clients offer; the first the client offers is chosen. */
  private static final String MQTT_SUBPROTOCOLS = "mqtt,mqttv3.1,mqttv3.1.1";

  private final LaneMap lanes;
  private final ClientChannels clients;
  private final TransportSettings settings;
  private final SslContext tls;
  private final String webSocketPath;
  private final Set<Channel> accepted = ConcurrentHashMap.newKeySet();
  private volatile boolean closing;

  /**
   * @param tls the TLS context of the listener, null for plain TCP
   * @param webSocketPath the path of the MQTT WebSocket endpoint, null for MQTT straight on TCP
   */
  MqttChannelInitializer(
      LaneMap lanes,
      ClientChannels clients,
      TransportSettings settings,
      SslContext tls,
      String webSocketPath) {
    this.lanes = lanes;
    this.clients = clients;
    this.settings = settings;
    this.tls = tls;
    this.webSocketPath = webSocketPath;
  }

  @Override
  protected void initChannel(SocketChannel ch) {
    accepted.add(ch);
    ch.closeFuture().addListener(f -> accepted.remove(ch));
    if (closing) {
      // accepted just before the server socket closed, after closeAll took its list
      ch.close();
      return;
    }
    if (tls != null) {
      ch.pipeline().addLast(tls.newHandler(ch.alloc()), new TlsHandshakeGate());
    }
    if (webSocketPath != null) {
      ch.pipeline()
          .addLast(
              new HttpServerCodec(),
              new HttpObjectAggregator(MAX_UPGRADE_REQUEST_BYTES),
              new WebSocketServerProtocolHandler(webSocketConfig()),
              new WebSocketFrames());
    }
    ch.pipeline()
        .addLast(new MqttConnectionHandler(lanes.listenerFor(ch.eventLoop()), clients, settings));
  }

  private WebSocketServerProtocolConfig webSocketConfig() {
    return WebSocketServerProtocolConfig.newBuilder()
        .websocketPath(webSocketPath)
        .subprotocols(MQTT_SUBPROTOCOLS)
        .maxFramePayloadLength(settings.maxPacketSize())
        .handshakeTimeoutMillis(settings.connectTimeout().toMillis())
        .allowExtensions(false)
        .build();
  }

  /** The connections accepted and still open, some perhaps still in their TLS or HTTP handshake. */
  int open() {
    return accepted.size();
  }

  /**
   * Closes every accepted connection and waits until each is closed; their handlers then report
   * onClosed on their loops before the loops stop.
   */
  int closeAll(long timeoutMillis) {
    closing = true;
    List<Channel> channels = new ArrayList<>(accepted);
    channels.forEach(Channel::close);
    for (Channel ch : channels) {
      ch.closeFuture().awaitUninterruptibly(timeoutMillis, TimeUnit.MILLISECONDS);
    }
    return channels.size();
  }
}
