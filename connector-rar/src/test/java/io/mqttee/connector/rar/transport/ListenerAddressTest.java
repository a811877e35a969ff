// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ListenerAddressTest {

  private final ListenerAddress webSocket = new ListenerAddress("0.0.0.0", 8083, "/mqtt");

  @Test
  void showsBindPortAndPathInThatOrder() {
    assertEquals(List.of("bind", "port", "path"), List.copyOf(webSocket.settings().keySet()));
    assertEquals(
        List.of("bind", "port"),
        List.copyOf(new ListenerAddress("::", 1883, null).settings().keySet()));
  }

  @Test
  void changesOnlyTheSettingsGiven() {
    assertEquals(
        new ListenerAddress("127.0.0.1", 8083, "/mqtt"),
        webSocket.with(Map.of("bind", " 127.0.0.1 ")));
    assertEquals(
        new ListenerAddress("0.0.0.0", 9001, "/ws"),
        webSocket.with(Map.of("port", "9001", "path", "/ws")));
    assertEquals(webSocket, webSocket.with(Map.of()));
  }

  @Test
  void namesEveryUnknownSetting() {
    IllegalArgumentException failure =
        assertThrows(
            IllegalArgumentException.class,
            () -> webSocket.with(Map.of("backlog", "1", "Port", "1884", "port", "1884")));

    assertTrue(
        failure.getMessage().startsWith("unknown listener setting Port, backlog"),
        failure.getMessage());
  }

  @Test
  void refusesABlankBindAddress() {
    assertThrows(IllegalArgumentException.class, () -> webSocket.with(Map.of("bind", " ")));
  }
}
