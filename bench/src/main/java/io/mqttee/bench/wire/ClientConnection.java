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
import java.util.concurrent.ThreadLocalRandom;

/**
 * One bench client's connection, over TCP or WebSocket, and its receive buffer of MQTT bytes.
 * Blocking during the handshake, then switched to non-blocking for an event loop.
 */
public final class ClientConnection implements AutoCloseable {

  private final String clientId;
  private final SocketChannel channel;
  private final ByteBuffer in;
  private final WebSocket webSocket;
  private int receiveMaximum = 65_535;

  /** What a WebSocket connection adds: framing both ways and a buffer for the raw frames. */
  private record WebSocket(
      WebSocketFramer framer, WebSocketDeframer deframer, ByteBuffer raw, WebSocketHandshake hs) {}

  private ClientConnection(
      String clientId, SocketChannel channel, int receiveBufferBytes, WebSocket webSocket) {
    this.clientId = clientId;
    this.channel = channel;
    this.in = ByteBuffer.allocate(receiveBufferBytes);
    this.webSocket = webSocket;
  }

  /**
   * Connects; with a {@code webSocketPath} also sends the upgrade request, to be followed by {@link
   * #awaitUpgrade()} before any MQTT packet is written.
   */
  public static ClientConnection open(
      InetSocketAddress address,
      String webSocketPath,
      String clientId,
      int receiveBufferBytes,
      int timeoutMillis)
      throws IOException {
    SocketChannel channel = SocketChannel.open();
    try {
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      channel.socket().connect(address, timeoutMillis);
      channel.socket().setSoTimeout(timeoutMillis);
      if (webSocketPath == null) {
        return new ClientConnection(clientId, channel, receiveBufferBytes, null);
      }
      ThreadLocalRandom random = ThreadLocalRandom.current();
      byte[] nonce = new byte[16];
      random.nextBytes(nonce);
      String hostAndPort = address.getAddress().getHostAddress() + ":" + address.getPort();
      WebSocketHandshake handshake = new WebSocketHandshake(hostAndPort, webSocketPath, nonce);
      WebSocket ws =
          new WebSocket(
              new WebSocketFramer(random.nextInt()),
              new WebSocketDeframer(),
              ByteBuffer.allocate(receiveBufferBytes),
              handshake);
      ClientConnection connection = new ClientConnection(clientId, channel, receiveBufferBytes, ws);
      writeAll(channel, ByteBuffer.wrap(handshake.request()));
      return connection;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** Over WebSocket, blocks until the server switched protocols (RFC 6455 §4.1); else nothing. */
  public void awaitUpgrade() throws IOException {
    if (webSocket == null) {
      return;
    }
    ByteBuffer raw = webSocket.raw();
    int end;
    while ((end = webSocket.hs().responseEnd(raw.array(), raw.position())) < 0) {
      if (!readRaw(raw)) {
        throw new IOException(clientId + ": connection closed during the WebSocket upgrade");
      }
    }
    // bytes after the response header are already WebSocket frames
    System.arraycopy(raw.array(), end, raw.array(), 0, raw.position() - end);
    raw.position(raw.position() - end);
    if (!unframe()) {
      throw new IOException(clientId + ": WebSocket closed right after the upgrade");
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

  /** For registering with a selector and switching blocking mode; write through {@link #write}. */
  public SocketChannel channel() {
    return channel;
  }

  /**
   * Writes what the socket takes of {@code mqtt}; over WebSocket all of it becomes one frame once
   * the previous frame is out.
   *
   * @return the number of MQTT bytes consumed
   */
  public int write(ByteBuffer mqtt) throws IOException {
    return webSocket == null ? channel.write(mqtt) : webSocket.framer().write(channel, mqtt);
  }

  /** True while a WebSocket frame is partly written; {@link #write} finishes it. */
  public boolean hasPendingOutput() {
    return webSocket != null && webSocket.framer().hasPending();
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
    while (out.hasRemaining() || hasPendingOutput()) {
      write(out);
    }
  }

  /** Sends DISCONNECT and, over WebSocket, a Close frame (RFC 6455 §5.5.1); blocking mode only. */
  public void sayGoodbye(byte[] disconnect) throws IOException {
    writeBlocking(disconnect);
    if (webSocket != null) {
      writeAll(channel, ByteBuffer.wrap(webSocket.framer().closeFrame()));
    }
  }

  /** Blocking read honouring the socket timeout; false at end of stream. */
  public boolean readBlocking() throws IOException {
    if (webSocket != null) {
      if (!readRaw(webSocket.raw())) {
        return false;
      }
      return unframe();
    }
    InputStream stream = channel.socket().getInputStream();
    int n = stream.read(in.array(), in.position(), in.remaining());
    if (n < 0) {
      return false;
    }
    in.position(in.position() + n);
    return true;
  }

  private boolean readRaw(ByteBuffer raw) throws IOException {
    InputStream stream = channel.socket().getInputStream();
    int n = stream.read(raw.array(), raw.position(), raw.remaining());
    if (n < 0) {
      return false;
    }
    raw.position(raw.position() + n);
    return true;
  }

  /** Moves the MQTT bytes of whole or partial frames from the raw buffer; false after Close. */
  private boolean unframe() {
    ByteBuffer raw = webSocket.raw();
    raw.flip();
    webSocket.deframer().unframe(raw, in);
    raw.compact();
    return !webSocket.deframer().closed();
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

  /** Non-blocking read, then scan; false at end of stream (or a WebSocket Close). */
  public boolean readAndScan(FrameScanner scanner, FrameHandler handler) throws IOException {
    if (webSocket == null) {
      if (channel.read(in) < 0) {
        return false;
      }
      scanBuffered(scanner, handler);
      return true;
    }
    ByteBuffer raw = webSocket.raw();
    if (channel.read(raw) < 0) {
      return false;
    }
    // a full MQTT buffer can leave frames in the raw one: unframe and scan while that progresses
    int held;
    do {
      held = raw.position();
      if (!unframe()) {
        return false;
      }
      scanBuffered(scanner, handler);
    } while (raw.position() > 0 && raw.position() < held);
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

  private static void writeAll(SocketChannel channel, ByteBuffer bytes) throws IOException {
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
