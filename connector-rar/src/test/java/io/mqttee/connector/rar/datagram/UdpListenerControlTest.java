// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.datagram;

import static io.mqttee.connector.rar.datagram.RecordingDatagramLane.next;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.connector.api.ListenerState;
import io.mqttee.connector.rar.transport.ListenerRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class UdpListenerControlTest {

  private UdpFixture udp;
  private ListenerRegistry listeners;
  private int port;

  @BeforeEach
  void start() throws IOException {
    udp = new UdpFixture(2);
    listeners = udp.registry;
    port = udp.address().getPort();
  }

  @AfterEach
  void stop() {
    udp.close();
  }

  @Test
  void isListedByNameWithItsTypeAndSettings() {
    ListenerState state = listeners.listener("mqtt-sn");

    assertEquals("mqtt-sn-udp", state.type());
    assertTrue(state.running());
    assertEquals(port, state.port());
    assertEquals(0, state.connections());
    assertEquals(
        Map.of("bind", "127.0.0.1", "port", String.valueOf(port), "broadcast", "127.255.255.255"),
        state.settings());
    assertEquals(1, listeners.listeners().size());
  }

  @Test
  void stopUnbindsTheSocketAndStartBindsItAgainOnTheSamePort() throws Exception {
    ListenerState stopped = listeners.stop("mqtt-sn");

    assertFalse(stopped.running());
    assertEquals(port, stopped.port());
    try (DatagramSocket client = UdpFixture.client()) {
      send(client, port, "while stopped");
      assertNull(udp.deliveries.poll(300, TimeUnit.MILLISECONDS));

      assertTrue(listeners.start("mqtt-sn").running());

      send(client, port, "again");
      assertEquals("again", text(next(udp.deliveries).datagrams().get(0)));
    }
  }

  @Test
  void configuringThePortMovesTheListener() throws Exception {
    int moved = UdpFixture.freePort();

    ListenerState state = listeners.configure("mqtt-sn", Map.of("port", String.valueOf(moved)));

    assertTrue(state.running());
    assertEquals(moved, state.port());
    try (DatagramSocket client = UdpFixture.client()) {
      send(client, moved, "moved");
      assertEquals("moved", text(next(udp.deliveries).datagrams().get(0)));
    }
    try (DatagramSocket old = new DatagramSocket(new InetSocketAddress("127.0.0.1", port))) {
      assertTrue(old.isBound());
    }
  }

  @Test
  void aTakenPortLeavesTheRunningListenerOnItsOldPort() throws Exception {
    try (DatagramSocket taken = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
      String takenPort = String.valueOf(taken.getLocalPort());

      UncheckedIOException failure =
          assertThrows(
              UncheckedIOException.class,
              () -> listeners.configure("mqtt-sn", Map.of("port", takenPort)));

      assertTrue(failure.getMessage().contains("still listening on its old settings"));
      assertEquals(port, listeners.listener("mqtt-sn").port());
      assertTrue(listeners.listener("mqtt-sn").running());
    }
  }

  @Test
  void theBroadcastAddressIsASettingOfItsOwn() {
    ListenerState state = listeners.configure("mqtt-sn", Map.of("broadcast", "192.0.2.255"));

    assertEquals("192.0.2.255", state.settings().get("broadcast"));
    assertTrue(state.running());
    assertEquals(port, state.port());
  }

  @Test
  void rejectsAnUnknownSettingAndAnInvalidPortAndChangesNothing() {
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> listeners.configure("mqtt-sn", Map.of("port", "1884", "path", "/mqtt")));
    assertTrue(unknown.getMessage().contains("path"), unknown.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> listeners.configure("mqtt-sn", Map.of("port", "0")));
    assertThrows(
        IllegalArgumentException.class,
        () -> listeners.configure("mqtt-sn", Map.of("broadcast", " ")));
    assertEquals(port, listeners.listener("mqtt-sn").port());
  }

  @Test
  void aRetiredListenerCannotBeStartedAgain() {
    udp.listener.retire();

    assertFalse(listeners.listener("mqtt-sn").running());
    assertThrows(IllegalStateException.class, () -> listeners.start("mqtt-sn"));
  }

  private static void send(DatagramSocket client, int port, String text) throws IOException {
    byte[] bytes = text.getBytes(US_ASCII);
    client.send(new DatagramPacket(bytes, bytes.length, new InetSocketAddress("127.0.0.1", port)));
  }

  private static String text(byte[] datagram) {
    return new String(datagram, US_ASCII);
  }
}
