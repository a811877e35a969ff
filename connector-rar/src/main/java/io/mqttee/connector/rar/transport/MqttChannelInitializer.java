// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.ssl.SslContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Gives each accepted connection its handler, bound to the lane of the loop it landed on; on the
 * TLS listener, behind the TLS handler and the gate that holds the connection until its handshake.
 */
final class MqttChannelInitializer extends ChannelInitializer<SocketChannel> {

  private final LaneMap lanes;
  private final ClientChannels clients;
  private final TransportSettings settings;
  private final SslContext tls;
  private final Set<Channel> accepted = ConcurrentHashMap.newKeySet();

  /**
   * @param tls the TLS context of the listener, null for plain TCP
   */
  MqttChannelInitializer(
      LaneMap lanes, ClientChannels clients, TransportSettings settings, SslContext tls) {
    this.lanes = lanes;
    this.clients = clients;
    this.settings = settings;
    this.tls = tls;
  }

  @Override
  protected void initChannel(SocketChannel ch) {
    accepted.add(ch);
    ch.closeFuture().addListener(f -> accepted.remove(ch));
    if (tls != null) {
      ch.pipeline().addLast(tls.newHandler(ch.alloc()), new TlsHandshakeGate());
    }
    ch.pipeline()
        .addLast(new MqttConnectionHandler(lanes.listenerFor(ch.eventLoop()), clients, settings));
  }

  /**
   * Closes every accepted connection and waits until each is closed; their handlers then report
   * onClosed on their loops before the loops stop.
   */
  int closeAll(long timeoutMillis) {
    List<Channel> closing = new ArrayList<>(accepted);
    closing.forEach(Channel::close);
    for (Channel ch : closing) {
      ch.closeFuture().awaitUninterruptibly(timeoutMillis, TimeUnit.MILLISECONDS);
    }
    return closing.size();
  }
}
