// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.wire;

import io.mqttee.protocol.codec.MqttDecoder;
import io.mqttee.protocol.packet.MqttPacket;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * One bench client's TCP connection and its receive buffer. Blocking during the handshake, then
 * switched to non-blocking for an event loop.
 */
public final class ClientConnection implements AutoCloseable {

  private final String clientId;
  private final SocketChannel channel;
  private final ByteBuffer in;
  private int receiveMaximum = 65_535;

  private ClientConnection(String clientId, SocketChannel channel, int receiveBufferBytes) {
    this.clientId = clientId;
    this.channel = channel;
    this.in = ByteBuffer.allocate(receiveBufferBytes);
  }

  public static ClientConnection open(
      InetSocketAddress address, String clientId, int receiveBufferBytes, int timeoutMillis)
      throws IOException {
    SocketChannel channel = SocketChannel.open();
    try {
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      channel.socket().connect(address, timeoutMillis);
      channel.socket().setSoTimeout(timeoutMillis);
      return new ClientConnection(clientId, channel, receiveBufferBytes);
    } catch (IOException e) {
      channel.close();
      throw e;
    }
  }

  public String clientId() {
    return clientId;
  }

  /** QoS 1 and 2 messages the broker accepts unacknowledged, from its CONNACK (MQTT 5). */
  public int receiveMaximum() {
    return receiveMaximum;
  }

  public void receiveMaximum(int value) {
    receiveMaximum = value;
  }

  public SocketChannel channel() {
    return channel;
  }

  /** Writes all bytes; only for blocking mode (handshake and goodbye). */
  public void writeBlocking(byte[]... packets) throws IOException {
    int total = 0;
    for (byte[] p : packets) {
      total += p.length;
    }
    ByteBuffer out = ByteBuffer.allocate(total);
    for (byte[] p : packets) {
      out.put(p);
    }
    out.flip();
    while (out.hasRemaining()) {
      channel.write(out);
    }
  }

  /** Blocking read honouring the socket timeout; false at end of stream. */
  public boolean readBlocking() throws IOException {
    InputStream stream = channel.socket().getInputStream();
    int n = stream.read(in.array(), in.position(), in.remaining());
    if (n < 0) {
      return false;
    }
    in.position(in.position() + n);
    return true;
  }

  /**
   * Decodes the next whole packet from the received bytes, or returns null when none is complete
   * yet.
   *
   * @throws MalformedFrameException when the decoder reports a failure
   */
  public MqttPacket decodeNext(MqttDecoder decoder) {
    ByteBuffer received = ByteBuffer.wrap(in.array(), 0, in.position());
    MqttPacket packet = decoder.decode(received);
    if (decoder.failure() != null) {
      throw new MalformedFrameException(clientId + ": " + decoder.failure());
    }
    int consumed = received.position();
    if (consumed > 0) {
      System.arraycopy(in.array(), consumed, in.array(), 0, in.position() - consumed);
      in.position(in.position() - consumed);
    } else if (packet == null && !in.hasRemaining()) {
      throw new MalformedFrameException(clientId + ": packet larger than the receive buffer");
    }
    return packet;
  }

  /** Non-blocking read, then scan; false at end of stream. */
  public boolean readAndScan(FrameScanner scanner, FrameHandler handler) throws IOException {
    if (channel.read(in) < 0) {
      return false;
    }
    scanBuffered(scanner, handler);
    return true;
  }

  private void scanBuffered(FrameScanner scanner, FrameHandler handler) {
    byte[] bytes = in.array();
    int filled = in.position();
    int consumed = scanner.scan(bytes, 0, filled, handler);
    if (consumed > 0) {
      System.arraycopy(bytes, consumed, bytes, 0, filled - consumed);
      in.position(filled - consumed);
    } else if (!in.hasRemaining()) {
      throw new MalformedFrameException(
          clientId + ": frame larger than the " + in.capacity() + " byte receive buffer");
    }
  }

  public void switchToNonBlocking() throws IOException {
    channel.configureBlocking(false);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
