// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import static io.mqttee.connector.rar.transport.RecordingLane.assertNoCall;
import static io.mqttee.connector.rar.transport.RecordingLane.next;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.connector.api.ListenerState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ListenerControlTest {

  private ServerFixture server;
  private ListenerRegistry listeners;
  private int port;

  @BeforeEach
  void start() throws IOException {
    server = ServerFixture.withDefaults();
    listeners = server.registry();
    port = FreePort.find();
    listeners.configure("tcp", Map.of("port", String.valueOf(port)));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void stopRefusesNewConnectionsAndClosesTheOpenOnes() throws Exception {
    try (RawClient client = connect(port)) {
      next(server.calls, "open");
      assertEquals(1, listeners.listener("tcp").connections());

      ListenerState stopped = listeners.stop("tcp");

      assertFalse(stopped.running());
      assertEquals(0, stopped.connections());
      assertEquals(port, stopped.port());
      assertTrue(client.closedByServer(2_000));
      assertEquals(false, next(server.calls, "closed").detail());
      assertRefused(port);
    }
  }

  @Test
  void startAcceptsAgainOnTheSamePortAndLanes() throws Exception {
    listeners.stop("tcp");

    ListenerState started = listeners.start("tcp");

    assertTrue(started.running());
    assertEquals(port, started.port());
    try (RawClient client = connect(port)) {
      client.write(MqttBytes.connect("again"));
      RecordingLane.Call open = next(server.calls, "open");
      assertTrue(server.lanes.contains(open.lane()));
      next(server.calls, "packets");
    }
  }

  @Test
  void startAndStopTwiceChangeNothing() throws Exception {
    assertTrue(listeners.start("tcp").running());
    listeners.stop("tcp");
    assertFalse(listeners.stop("tcp").running());
  }

  @Test
  void configuringThePortMovesTheListenerAndClosesItsConnections() throws Exception {
    int moved = FreePort.find();
    try (RawClient client = connect(port)) {
      next(server.calls, "open");

      ListenerState state = listeners.configure("tcp", Map.of("port", String.valueOf(moved)));

      assertTrue(state.running());
      assertEquals(moved, state.port());
      assertEquals(String.valueOf(moved), state.settings().get("port"));
      assertTrue(client.closedByServer(2_000));
      next(server.calls, "closed");
    }
    assertRefused(port);
    connect(moved).close();
    next(server.calls, "open");
  }

  @Test
  void aTakenPortLeavesTheRunningListenerOnItsOldPort() throws Exception {
    try (ServerSocket taken = FreePort.occupy();
        RawClient client = connect(port)) {
      next(server.calls, "open");
      String takenPort = String.valueOf(taken.getLocalPort());

      UncheckedIOException failure =
          assertThrows(
              UncheckedIOException.class,
              () -> listeners.configure("tcp", Map.of("port", takenPort)));

      assertTrue(failure.getMessage().contains("cannot listen on 127.0.0.1:" + takenPort));
      assertTrue(failure.getMessage().contains("still listening on its old settings"));
      ListenerState state = listeners.listener("tcp");
      assertTrue(state.running());
      assertEquals(port, state.port());
      assertEquals(1, state.connections());
      assertFalse(client.closedByServer(300));
    }
  }

  @Test
  void aTakenPortKeepsAStoppedListenerStopped() throws Exception {
    listeners.stop("tcp");
    try (ServerSocket taken = FreePort.occupy()) {
      listeners.configure("tcp", Map.of("port", String.valueOf(taken.getLocalPort())));

      UncheckedIOException failure =
          assertThrows(UncheckedIOException.class, () -> listeners.start("tcp"));

      assertTrue(failure.getMessage().contains("cannot listen on 127.0.0.1:"));
      assertFalse(listeners.listener("tcp").running());
    }
  }

  @Test
  void anAddressItCannotBindOnTheSamePortBringsBackTheOldOne() throws Exception {
    // 192.0.2.1 (TEST-NET-1) is no address of this host
    UncheckedIOException failure =
        assertThrows(
            UncheckedIOException.class,
            () -> listeners.configure("tcp", Map.of("bind", "192.0.2.1")));

    assertTrue(failure.getMessage().contains("listening on its old settings again"));
    ListenerState state = listeners.listener("tcp");
    assertTrue(state.running());
    assertEquals("127.0.0.1", state.bind());
    connect(port).close();
    next(server.calls, "open");
  }

  @Test
  void rejectsAnUnknownSettingByNameAndChangesNothing() {
    IllegalArgumentException failure =
        assertThrows(
            IllegalArgumentException.class,
            () -> listeners.configure("tcp", Map.of("port", "1884", "backlog", "10")));

    assertTrue(failure.getMessage().contains("backlog"), failure.getMessage());
    assertEquals(port, listeners.listener("tcp").port());
  }

  @Test
  void rejectsAPortOutsideOneTo65535() {
    for (String bad : new String[] {"0", "65536", "-1", "http"}) {
      IllegalArgumentException failure =
          assertThrows(
              IllegalArgumentException.class,
              () -> listeners.configure("tcp", Map.of("port", bad)));
      assertTrue(failure.getMessage().startsWith("port must be"), failure.getMessage());
    }
    assertTrue(listeners.listener("tcp").running());
  }

  @Test
  void aPathIsNoSettingOfTheTcpListener() {
    assertThrows(
        IllegalArgumentException.class, () -> listeners.configure("tcp", Map.of("path", "/x")));
  }

  @Test
  void anUnknownListenerIsNotFound() {
    NoSuchElementException failure =
        assertThrows(NoSuchElementException.class, () -> listeners.stop("udp"));
    assertTrue(failure.getMessage().contains("[tcp]"), failure.getMessage());
  }

  @Test
  void nothingIsReachableBeforeActivationOrAfterIt() {
    listeners.deactivate();

    assertEquals(0, listeners.listeners().size());
    NoSuchElementException failure =
        assertThrows(NoSuchElementException.class, () -> listeners.start("tcp"));
    assertEquals("no listener tcp: the adapter is not activated", failure.getMessage());
  }

  @Test
  void theAdapterStoppingRetiresItsListeners() throws Exception {
    ListenerRegistry stale = server.registry();
    server.stop();

    assertFalse(stale.listener("tcp").running());
    assertThrows(IllegalStateException.class, () -> stale.start("tcp"));
  }

  /**
   * The adapter no longer listens on {@code port}: a connect is refused, or, when the freed port
   * went to another socket on this machine meanwhile (it is in the ephemeral range) or the connect
   * came back as a TCP self-connection, no connection opens in the adapter.
   */
  private void assertRefused(int port) throws InterruptedException {
    try (RawClient client = connect(port)) {
      assertNoCall(server.calls, 300);
      assertTrue(client.localPort() > 0);
    } catch (ConnectException refused) {
      // as expected
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static RawClient connect(int port) throws IOException {
    return new RawClient(new InetSocketAddress("127.0.0.1", port));
  }
}
