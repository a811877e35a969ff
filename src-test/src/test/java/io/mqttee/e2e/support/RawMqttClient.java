// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import io.mqttee.protocol.codec.MqttEncoder;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.PingReq;
import io.mqttee.protocol.packet.PingResp;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.Will;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;

/**
 * An MQTT client over a plain socket, built on the broker's own codec: it sends exactly the packets
 * a test gives it and nothing else (no automatic acknowledgements, no PINGREQ), so tests can leave
 * messages unacknowledged, stay silent, or close without DISCONNECT. MQTT 3.1.1 unless opened for
 * another version.
 */
public final class RawMqttClient implements AutoCloseable {

  private static final ProtocolVersion DEFAULT_VERSION = ProtocolVersion.MQTT_3_1_1;

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final ProtocolVersion version;
  private final PacketReader<IOException> reader;
  private volatile boolean closedByBroker;

  private RawMqttClient(Socket socket, ProtocolVersion version) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
    this.version = version;
    this.reader = new PacketReader<>(version, this::readChunk);
  }

  /** Opens a TCP connection to the broker for MQTT 3.1.1; sends nothing yet. */
  public static RawMqttClient open() throws IOException {
    return open(DEFAULT_VERSION);
  }

  /** Opens a TCP connection to the broker for packets of {@code version}; sends nothing yet. */
  public static RawMqttClient open(ProtocolVersion version) throws IOException {
    return open(version, Broker.mqttPort());
  }

  /** Opens a TCP connection to the broker listening on {@code port} of this machine. */
  public static RawMqttClient open(ProtocolVersion version, int port) throws IOException {
    Socket socket = new Socket(Broker.host(), port);
    socket.setTcpNoDelay(true);
    return new RawMqttClient(socket, version);
  }

  /** A CONNECT without credentials or will. */
  public static Connect connectPacket(String clientId, boolean cleanSession, int keepAlive) {
    return connectPacket(clientId, cleanSession, keepAlive, null);
  }

  /** A CONNECT with a will message (null for none). */
  public static Connect connectPacket(
      String clientId, boolean cleanSession, int keepAlive, Will will) {
    return new Connect(
        DEFAULT_VERSION, clientId, cleanSession, keepAlive, null, null, will, MqttProperties.EMPTY);
  }

  /** Sends CONNECT and returns the CONNACK. */
  public ConnAck connect(Connect connect) throws IOException {
    send(connect);
    return receive(ConnAck.class, Duration.ofSeconds(10));
  }

  public void send(MqttPacket packet) throws IOException {
    ByteBuffer encoded = encode(packet);
    sendBytes(encoded.array());
  }

  public void sendBytes(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** The next packet of the expected type; fails on another type, timeout or closed socket. */
  public <T extends MqttPacket> T receive(Class<T> type, Duration timeout) throws IOException {
    return reader.receive(type, timeout);
  }

  /** The next packet from the broker, waiting up to {@code timeout}. */
  public MqttPacket receive(Duration timeout) throws IOException {
    return reader.receive(timeout);
  }

  /**
   * Fails when the broker sends a packet within {@code quiet}, or when the connection is no longer
   * served after it: a PINGREQ must then be answered with PINGRESP (MQTT-3.12.4-1), so silence from
   * a closed connection does not pass. Whether the client is still subscribed each caller shows
   * with a message that must arrive afterwards.
   */
  public void expectNothing(Duration quiet) throws IOException {
    reader.expectNothing(quiet);
    send(PingReq.INSTANCE);
    MqttPacket answer = receive(MqttPacket.class, quiet.plusSeconds(5));
    if (!(answer instanceof PingResp)) {
      throw new AssertionError("expected PINGRESP after the silence, received " + answer);
    }
  }

  /** The encoded size of the packet {@link #receive} returned last, in bytes. */
  public int lastPacketBytes() {
    return reader.lastPacketBytes();
  }

  /** Accepts the broker's MQTT 5 topic aliases up to {@code maximum} (announced in CONNECT). */
  public void acceptTopicAliases(int maximum) {
    reader.acceptTopicAliases(maximum);
  }

  /**
   * Waits until the broker closes the connection, discarding whatever it sends before; returns how
   * long that took, or fails when the connection is still open after {@code max}.
   */
  public Duration awaitClosedByBroker(Duration max) throws IOException {
    long start = System.nanoTime();
    long deadline = start + max.toNanos();
    byte[] discard = new byte[4096];
    while (true) {
      long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
      if (leftMillis <= 0) {
        throw new AssertionError(
            "the broker kept the connection open for " + max.toMillis() + " ms");
      }
      socket.setSoTimeout((int) Math.max(1, leftMillis));
      try {
        if (in.read(discard) < 0) {
          return Duration.ofNanos(System.nanoTime() - start);
        }
      } catch (SocketTimeoutException e) {
        // checked against the deadline above
      } catch (IOException e) {
        // a reset is a close too
        return Duration.ofNanos(System.nanoTime() - start);
      }
    }
  }

  /**
   * True once a read found the connection closed or reset by the broker, which {@link #receive}
   * reports as a failure like a timeout: this tells the two apart.
   */
  public boolean closedByBroker() {
    return closedByBroker;
  }

  /** Closes the socket without DISCONNECT: to the broker, an abnormal close. */
  @Override
  public void close() throws IOException {
    socket.close();
  }

  private ByteBuffer readChunk(long timeoutNanos) throws IOException {
    socket.setSoTimeout((int) Math.max(1, timeoutNanos / 1_000_000));
    byte[] chunk = new byte[8192];
    int n;
    try {
      n = in.read(chunk);
    } catch (SocketTimeoutException e) {
      return null;
    } catch (IOException e) {
      closedByBroker = !socket.isClosed();
      throw e;
    }
    if (n < 0) {
      closedByBroker = true;
      throw new AssertionError("the broker closed the connection");
    }
    return ByteBuffer.wrap(chunk, 0, n);
  }

  private ByteBuffer encode(MqttPacket packet) {
    ByteBuffer buffer = ByteBuffer.allocate(MqttEncoder.encodedLength(packet, version));
    MqttEncoder.encode(packet, version, buffer);
    buffer.flip();
    return buffer;
  }
}
