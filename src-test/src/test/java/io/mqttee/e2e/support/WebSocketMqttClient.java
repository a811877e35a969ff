// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import io.mqttee.protocol.codec.MqttEncoder;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.ProtocolVersion;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An MQTT 3.1.1 client over the JDK's WebSocket that sends exactly the frames a test gives it, so a
 * test can split a packet across frames or put several packets in one frame.
 */
public final class WebSocketMqttClient implements AutoCloseable, WebSocket.Listener {

  private static final ProtocolVersion VERSION = ProtocolVersion.MQTT_3_1_1;

  private final BlockingQueue<ByteBuffer> frames = new LinkedBlockingQueue<>();
  private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
  private final PacketReader<InterruptedException> reader =
      new PacketReader<>(VERSION, timeout -> frames.poll(timeout, TimeUnit.NANOSECONDS));
  private WebSocket webSocket;

  private WebSocketMqttClient() {}

  /** Opens a WebSocket to {@code uri}, offering {@code subprotocols} in order. */
  public static WebSocketMqttClient open(String uri, String... subprotocols) throws Exception {
    WebSocketMqttClient client = new WebSocketMqttClient();
    WebSocket.Builder builder =
        HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
    if (subprotocols.length > 0) {
      String[] more = new String[subprotocols.length - 1];
      System.arraycopy(subprotocols, 1, more, 0, more.length);
      builder.subprotocols(subprotocols[0], more);
    }
    client.webSocket = builder.buildAsync(URI.create(uri), client).get(10, TimeUnit.SECONDS);
    return client;
  }

  /** The encoded bytes of {@code packets}, back to back. */
  public static byte[] encode(MqttPacket... packets) {
    int length = 0;
    for (MqttPacket packet : packets) {
      length += MqttEncoder.encodedLength(packet, VERSION);
    }
    ByteBuffer out = ByteBuffer.allocate(length);
    for (MqttPacket packet : packets) {
      MqttEncoder.encode(packet, VERSION, out);
    }
    return out.array();
  }

  /** The subprotocol the server selected, empty for none. */
  public String subprotocol() {
    return webSocket.getSubprotocol();
  }

  /** Sends {@code bytes[from, from + length)} as one complete binary message (one frame). */
  public void sendFrame(byte[] bytes, int from, int length) throws Exception {
    webSocket.sendBinary(ByteBuffer.wrap(bytes, from, length), true).get(10, TimeUnit.SECONDS);
  }

  public void sendText(String text) throws Exception {
    webSocket.sendText(text, true).get(10, TimeUnit.SECONDS);
  }

  /** The next packet of the expected type; fails on another type or a timeout. */
  public <T extends MqttPacket> T receive(Class<T> type, Duration timeout) throws Exception {
    return reader.receive(type, timeout);
  }

  /** The next packet from the broker, waiting up to {@code timeout}. */
  public MqttPacket receive(Duration timeout) throws Exception {
    return reader.receive(timeout);
  }

  /** The close code the broker sent, waiting up to {@code timeout}. */
  public int awaitCloseCode(Duration timeout) throws Exception {
    return closeCode.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket socket, ByteBuffer data, boolean last) {
    ByteBuffer copy = ByteBuffer.allocate(data.remaining());
    frames.add(copy.put(data).flip());
    socket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
    closeCode.complete(statusCode);
    return null;
  }

  @Override
  public void onError(WebSocket socket, Throwable error) {
    closeCode.completeExceptionally(error);
  }

  @Override
  public void close() {
    webSocket.abort();
  }
}
