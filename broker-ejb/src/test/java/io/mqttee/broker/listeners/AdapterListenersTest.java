// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.listeners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.broker.admin.ListenerView;
import io.mqttee.broker.admin.NotFoundException;
import io.mqttee.connector.api.ListenerState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class AdapterListenersTest {

  private final FakeListenerControl adapter = new FakeListenerControl();
  private final AdapterListeners listeners = new AdapterListeners(() -> adapter);

  @BeforeEach
  void twoListeners() {
    adapter.add(
        new ListenerState(
            "tcp",
            "mqtt-tcp",
            "0.0.0.0",
            1883,
            true,
            7,
            Map.of("bind", "0.0.0.0", "port", "1883")));
    adapter.add(
        new ListenerState(
            "ws",
            "mqtt-ws",
            "0.0.0.0",
            8083,
            false,
            0,
            Map.of("bind", "0.0.0.0", "port", "8083", "path", "/mqtt")));
  }

  @Test
  void showsEachListenerAsTheAdapterReportsIt() {
    assertEquals(
        List.of(
            new ListenerView(
                "tcp",
                "mqtt-tcp",
                "0.0.0.0",
                1883,
                true,
                7,
                Map.of("bind", "0.0.0.0", "port", "1883")),
            new ListenerView(
                "ws",
                "mqtt-ws",
                "0.0.0.0",
                8083,
                false,
                0,
                Map.of("bind", "0.0.0.0", "port", "8083", "path", "/mqtt"))),
        listeners.listeners());
    assertEquals("mqtt-ws", listeners.listener("ws").type());
  }

  @Test
  void startsStopsAndReconfigures() {
    assertTrue(listeners.start("ws").running());
    assertFalse(listeners.stop("tcp").running());

    ListenerView moved = listeners.configure("ws", Map.of("port", "9001"));

    assertEquals(9001, moved.port());
    assertEquals("9001", moved.settings().get("port"));
  }

  @Test
  void anUnknownListenerIsNotFound() {
    NotFoundException failure =
        assertThrows(NotFoundException.class, () -> listeners.start("coap"));
    assertEquals("no listener coap; there are [tcp, ws]", failure.getMessage());
    assertThrows(NotFoundException.class, () -> listeners.listener("coap"));
    assertThrows(NotFoundException.class, () -> listeners.stop(null));
  }

  @Test
  void anUnknownSettingIsInvalidInputNamingIt() {
    InvalidInputException failure =
        assertThrows(
            InvalidInputException.class, () -> listeners.configure("tcp", Map.of("backlog", "10")));
    assertEquals("unknown listener setting backlog", failure.getMessage());
    assertThrows(InvalidInputException.class, () -> listeners.configure("tcp", null));
  }

  @Test
  void aPortThatCannotBeBoundIsInvalidInputWithTheReason() {
    adapter.takePort(8083);

    InvalidInputException failure =
        assertThrows(InvalidInputException.class, () -> listeners.start("ws"));

    assertEquals("cannot listen on 0.0.0.0:8083: Address already in use", failure.getMessage());
    assertFalse(listeners.listener("ws").running());
  }

  @Test
  void anAdapterThatIsStoppingRefusesWithItsReason() {
    adapter.stopping();

    InvalidInputException failure =
        assertThrows(InvalidInputException.class, () -> listeners.stop("tcp"));

    assertEquals("the adapter is stopping its listeners", failure.getMessage());
  }
}
