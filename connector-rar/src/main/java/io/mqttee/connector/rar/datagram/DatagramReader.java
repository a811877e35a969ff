// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.datagram;

import io.mqttee.connector.api.TrafficMeter;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DatagramPacket;
import io.netty.util.ReferenceCountUtil;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inbound end of a datagram socket, on the socket's loop: copies each datagram out of Netty's
 * buffer and, when the socket's read ends, hands each peer's datagrams of that read to the peer's
 * lane in one call, in arrival order.
 */
final class DatagramReader extends ChannelInboundHandlerAdapter {

  private final String listener;
  private final DatagramLanes lanes;
  private final TrafficMeter meter;
  private final FailureLog failures;
  private final Map<InetSocketAddress, List<byte[]>> batch = new LinkedHashMap<>();

  DatagramReader(String listener, DatagramLanes lanes, TrafficMeter meter, FailureLog failures) {
    this.listener = listener;
    this.lanes = lanes;
    this.meter = meter;
    this.failures = failures;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof DatagramPacket packet)) {
      ReferenceCountUtil.release(msg);
      return;
    }
    try {
      byte[] datagram = ByteBufUtil.getBytes(packet.content());
      meter.received(datagram.length);
      meter.decoded(1);
      batch.computeIfAbsent(packet.sender(), peer -> new ArrayList<>(4)).add(datagram);
    } finally {
      packet.release();
    }
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    if (batch.isEmpty()) {
      return;
    }
    batch.forEach((peer, datagrams) -> lanes.deliver(listener, peer, datagrams));
    batch.clear();
  }

  /** A failed send or receive costs that datagram; the socket stays open for the others. */
  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    failures.failed("the socket", cause);
  }
}
