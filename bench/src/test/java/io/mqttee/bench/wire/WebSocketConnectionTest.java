// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.protocol.codec.MqttDecoder;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A client connection over WebSocket against a minimal server on loopback. */
@Tag("unit")
class WebSocketConnectionTest {

  private static final ProtocolVersion V311 = ProtocolVersion.MQTT_3_1_1;
  private static final byte[] CONNACK = {0x20, 0x02, 0x00, 0x00};

  private static byte[] publish(int payloadBytes) {
    return PacketBytes.encode(
        new Publish(
            "t", QoS.AT_MOST_ONCE, false, false, 0, new byte[payloadBytes], MqttProperties.EMPTY),
        V311);
  }

  /** Reads the upgrade request up to its blank line and returns its Sec-WebSocket-Key. */
  private static String readRequestKey(InputStream in) throws IOException {
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    while (!header.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      header.write(in.read());
    }
    for (String line : header.toString(StandardCharsets.US_ASCII).split("\r\n")) {
      if (line.startsWith("Sec-WebSocket-Key: ")) {
        return line.substring("Sec-WebSocket-Key: ".length());
      }
    }
    throw new IOException("no key");
  }

  /** Reads one client frame, checks that it is masked, and returns its unmasked payload. */
  private static byte[] readClientFrame(DataInputStream in) throws IOException {
    assertEquals(0x82, in.readUnsignedByte());
    int b1 = in.readUnsignedByte();
    assertEquals(0x80, b1 & 0x80, "client frames are masked (RFC 6455 §5.3)");
    long length = b1 & 0x7F;
    if (length == 126) {
      length = in.readUnsignedShort();
    } else if (length == 127) {
      length = in.readLong();
    }
    byte[] key = in.readNBytes(4);
    byte[] payload = in.readNBytes((int) length);
    for (int i = 0; i < payload.length; i++) {
      payload[i] ^= key[i % 4];
    }
    return payload;
  }

  private static byte[] serverFrame(byte[] payload) {
    ByteBuffer f = ByteBuffer.allocate(payload.length + 4);
    f.put((byte) 0x82);
    if (payload.length <= 125) {
      f.put((byte) payload.length);
    } else {
      f.put((byte) 126).putShort((short) payload.length);
    }
    return ByteBuffer.allocate(f.position() + payload.length).put(f.flip()).put(payload).array();
  }

  /**
   * Answers the upgrade with CONNACK in the same segment, returns the client's first frame, and
   * sends three PUBLISH packets split across frames and writes at awkward places.
   */
  private static byte[] serve(ServerSocket server, byte[] publishes) throws IOException {
    try (Socket s = server.accept()) {
      DataInputStream in = new DataInputStream(s.getInputStream());
      OutputStream out = s.getOutputStream();
      String accept = WebSocketHandshake.acceptFor(readRequestKey(in));
      String response =
          "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              + "Sec-WebSocket-Accept: "
              + accept
              + "\r\nSec-WebSocket-Protocol: mqtt\r\n\r\n";
      ByteArrayOutputStream first = new ByteArrayOutputStream();
      first.writeBytes(response.getBytes(StandardCharsets.US_ASCII));
      first.writeBytes(serverFrame(CONNACK));
      out.write(first.toByteArray());
      out.flush();
      byte[] received = readClientFrame(in);
      ByteArrayOutputStream frames = new ByteArrayOutputStream();
      frames.writeBytes(serverFrame(Arrays.copyOfRange(publishes, 0, 150)));
      frames.writeBytes(serverFrame(Arrays.copyOfRange(publishes, 150, publishes.length)));
      byte[] wire = frames.toByteArray();
      out.write(wire, 0, 1);
      out.flush();
      sleepBriefly();
      out.write(wire, 1, 152);
      out.flush();
      sleepBriefly();
      out.write(wire, 153, wire.length - 153);
      out.flush();
      readClientFrame(in);
      return received;
    }
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  @Timeout(10)
  void upgradesThenWritesMaskedFramesAndReadsSplitServerFrames() throws Exception {
    byte[] one = publish(100);
    ByteArrayOutputStream three = new ByteArrayOutputStream();
    three.writeBytes(one);
    three.writeBytes(one);
    three.writeBytes(one);
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<byte[]> served =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return serve(server, three.toByteArray());
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      InetSocketAddress address =
          new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort());
      try (ClientConnection c = ClientConnection.open(address, "/mqtt", "c1", 4096, 5000)) {
        c.awaitUpgrade();
        MqttDecoder decoder = MqttDecoder.forClient(4096, V311);
        MqttPacket first;
        while ((first = c.decodeNext(decoder)) == null) {
          assertTrue(c.readBlocking());
        }
        assertInstanceOf(ConnAck.class, first);
        byte[] connect = PacketBytes.connect("c1", V311);
        c.writeBlocking(connect);
        c.switchToNonBlocking();

        RecordingHandler handler = new RecordingHandler();
        FrameScanner scanner = new FrameScanner(false);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (handler.seen.size() < 3 && System.nanoTime() < deadline) {
          assertTrue(c.readAndScan(scanner, handler));
          Thread.onSpinWait();
        }
        c.channel().configureBlocking(true);
        c.sayGoodbye(PacketBytes.disconnect(V311));

        assertEquals(3, handler.seen.size());
        assertArrayEquals(new byte[100], handler.payloads.get(2));
        assertArrayEquals(connect, served.get(5, TimeUnit.SECONDS));
      }
    }
  }
}
