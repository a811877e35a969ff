// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import static io.mqttee.connector.rar.transport.RecordingLane.next;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.connector.api.ListenerState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class WebSocketListenerControlTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private ServerFixture server;
  private ListenerRegistry listeners;
  private int port;

  /** A TCP listener that runs and a WebSocket listener added as if disabled in the settings. */
  @BeforeEach
  void start() throws IOException {
    server = ServerFixture.withDefaults();
    port = FreePort.find();
    server.add(ListenerKind.WS, new ListenerAddress("127.0.0.1", port, "/mqtt"), null);
    listeners = server.registry();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aListenerDisabledAtStartShowsStoppedAndCanBeStarted() throws Exception {
    ListenerState disabled = listeners.listener("ws");
    assertEquals(
        new ListenerState(
            "ws",
            "mqtt-ws",
            "127.0.0.1",
            port,
            false,
            0,
            Map.of("bind", "127.0.0.1", "port", String.valueOf(port), "path", "/mqtt")),
        disabled);
    assertEquals(
        List.of("tcp", "ws"), listeners.listeners().stream().map(ListenerState::name).toList());

    assertTrue(listeners.start("ws").running());

    upgrade("/mqtt");
    next(server.calls, "open");
    assertEquals(1, listeners.listener("ws").connections());
  }

  @Test
  void stopClosesWebSocketConnectionsAndRefusesUpgradesButLeavesOtherListenersAlone()
      throws Exception {
    listeners.start("ws");
    Client client = upgrade("/mqtt");
    next(server.calls, "open");
    try (RawClient tcp = server.connect()) {
      next(server.calls, "open");

      listeners.stop("ws");

      client.closed.get(5, TimeUnit.SECONDS);
      next(server.calls, "closed");
      assertThrows(CompletionException.class, () -> upgrade("/mqtt"));
      assertFalse(tcp.closedByServer(300));
      assertEquals(1, listeners.listener("tcp").connections());
    }
  }

  @Test
  void configuringThePathRestartsTheListenerOnItsPort() throws Exception {
    listeners.start("ws");
    Client client = upgrade("/mqtt");
    next(server.calls, "open");

    ListenerState state = listeners.configure("ws", Map.of("path", "/ws"));

    assertEquals("/ws", state.settings().get("path"));
    assertEquals(port, state.port());
    client.closed.get(5, TimeUnit.SECONDS);
    next(server.calls, "closed");
    assertEquals(404, get("/mqtt").statusCode());
    upgrade("/ws");
    next(server.calls, "open");
  }

  @Test
  void rejectsAPathThatIsNoUrlPath() {
    for (String bad : new String[] {"mqtt", "/a b", "/a?b", ""}) {
      IllegalArgumentException failure =
          assertThrows(
              IllegalArgumentException.class, () -> listeners.configure("ws", Map.of("path", bad)));
      assertTrue(failure.getMessage().startsWith("path must"), failure.getMessage());
    }
  }

  @Test
  void aSecureListenerWithoutItsKeyDoesNotStartAndSaysWhy() throws IOException {
    int securePort = FreePort.find();
    server.add(
        ListenerKind.WSS,
        new ListenerAddress("127.0.0.1", securePort, "/mqtt"),
        TlsSource.lazy(
            () -> {
              throw new IOException("keystore.p12 not found");
            }));
    ListenerRegistry withSecure = server.registry();

    UncheckedIOException failure =
        assertThrows(UncheckedIOException.class, () -> withSecure.start("wss"));

    assertEquals(
        "no TLS key for the MQTT secure WebSocket listener: keystore.p12 not found",
        failure.getMessage());
    assertFalse(withSecure.listener("wss").running());
  }

  private Client upgrade(String path) {
    Client client = new Client();
    http.newWebSocketBuilder()
        .subprotocols("mqtt")
        .buildAsync(URI.create("ws://127.0.0.1:" + port + path), client)
        .join();
    return client;
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A WebSocket client that notes when its connection ends, by a close frame or without. */
  private static final class Client implements WebSocket.Listener {
    final CompletableFuture<Void> closed = new CompletableFuture<>();

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closed.complete(null);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closed.complete(null);
    }
  }
}
