// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;

/** Gives each accepted connection its handler, bound to the lane of the loop it landed on. */
final class MqttChannelInitializer extends ChannelInitializer<SocketChannel> {

  private final LaneMap lanes;
  private final ClientChannels clients;
  private final TransportSettings settings;

  MqttChannelInitializer(LaneMap lanes, ClientChannels clients, TransportSettings settings) {
    this.lanes = lanes;
    this.clients = clients;
    this.settings = settings;
  }

  @Override
  protected void initChannel(SocketChannel ch) {
    ch.pipeline()
        .addLast(new MqttConnectionHandler(lanes.listenerFor(ch.eventLoop()), clients, settings));
  }
}
