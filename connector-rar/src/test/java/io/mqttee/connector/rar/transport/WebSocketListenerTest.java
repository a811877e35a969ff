// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import static io.mqttee.connector.rar.transport.RecordingLane.assertNoCall;
import static io.mqttee.connector.rar.transport.RecordingLane.next;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.connector.api.ConnectionInfo;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.PacketType;
import io.mqttee.protocol.packet.PingResp;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class WebSocketListenerTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private ServerFixture server;
  private BlockingQueue<RecordingLane.Call> calls;
  private ClientChannels clients;
  private InetSocketAddress address;

  @BeforeEach
  void start() throws Exception {
    server = ServerFixture.withDefaults();
    calls = server.calls;
    clients = server.clients;
    address = server.startWebSocket("/mqtt");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void cutsPacketsAcrossFramesAndSendsBinaryFrames() throws Exception {
    // MQTT-6.0.0-2: a packet may span frames; MQTT-6.0.0-4: the subprotocol chosen is "mqtt"
    Client client = connect("mqtt");
    assertEquals("mqtt", client.socket.getSubprotocol());
    byte[] bytes = MqttBytes.concat(MqttBytes.connect("ws1"), MqttBytes.publish("a/b", "framed"));
    int cut = bytes.length - 4;
    client.socket.sendBinary(ByteBuffer.wrap(bytes, 0, cut), true).join();
    client.socket.sendBinary(ByteBuffer.wrap(bytes, cut, bytes.length - cut), true).join();

    RecordingLane.Call open = next(calls, "open");
    assertEquals("ws", ((ConnectionInfo) open.detail()).transport());
    assertEquals(List.of(PacketType.CONNECT, PacketType.PUBLISH), types(2));

    clients.send(open.connection(), PingResp.INSTANCE);
    assertArrayEquals(new byte[] {(byte) 0xD0, 0}, client.binary.poll(5, TimeUnit.SECONDS));
  }

  @Test
  void choosesTheFirstOfferedSubprotocolItServes() throws Exception {
    assertEquals("mqttv3.1", connect("chat", "mqttv3.1", "mqtt").socket.getSubprotocol());
  }

  @Test
  void closesATextFrameWith1003() throws Exception {
    // MQTT-6.0.0-1: MQTT travels in binary frames only
    Client client = connect("mqtt");
    next(calls, "open");
    client.socket.sendText("not mqtt", true).join();

    assertEquals(1003, client.closeCode.get(5, TimeUnit.SECONDS));
    next(calls, "closed");
  }

  @Test
  void theBrokersCloseSendsANormalCloseFrame() throws Exception {
    Client client = connect("mqtt");
    RecordingLane.Call open = next(calls, "open");

    clients.close(open.connection(), "done");

    assertEquals(1000, client.closeCode.get(5, TimeUnit.SECONDS));
  }

  @Test
  void answersAnotherPathWith404AndNeverOpensAConnection() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base("http") + "/other")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(404, response.statusCode());
    assertNoCall(calls, 300);
  }

  private Client connect(String... subprotocols) {
    Client client = new Client();
    WebSocket.Builder builder = http.newWebSocketBuilder();
    builder.subprotocols(subprotocols[0], Arrays.copyOfRange(subprotocols, 1, subprotocols.length));
    client.socket = builder.buildAsync(URI.create(base("ws") + "/mqtt"), client).join();
    return client;
  }

  private String base(String scheme) {
    return scheme + "://127.0.0.1:" + address.getPort();
  }

  private List<PacketType> types(int count) throws InterruptedException {
    List<PacketType> types = new ArrayList<>();
    while (types.size() < count) {
      for (MqttPacket packet : next(calls, "packets").packets()) {
        types.add(packet.type());
      }
    }
    return types;
  }

  /** A JDK WebSocket client that keeps every binary message and the close code it got. */
  private static final class Client implements WebSocket.Listener {
    final BlockingQueue<byte[]> binary = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    WebSocket socket;
    private ByteBuffer partial = ByteBuffer.allocate(0);

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
      ByteBuffer joined = ByteBuffer.allocate(partial.remaining() + data.remaining());
      partial = joined.put(partial).put(data).flip();
      if (last) {
        byte[] message = new byte[partial.remaining()];
        partial.get(message);
        binary.add(message);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closeCode.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closeCode.completeExceptionally(error);
    }
  }
}
