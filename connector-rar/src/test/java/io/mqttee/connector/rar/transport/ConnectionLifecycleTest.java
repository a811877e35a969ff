// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import static io.mqttee.connector.rar.transport.RecordingLane.assertNoCall;
import static io.mqttee.connector.rar.transport.RecordingLane.next;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.connector.api.ConnectionId;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ConnectionLifecycleTest {

  @Test
  void closesAConnectionThatSendsNoConnectWithinTheTimeout() throws Exception {
    try (ServerFixture server =
            new ServerFixture(1, 1024, Duration.ofSeconds(1), Duration.ofSeconds(5));
        RawClient client = server.connect()) {
      ConnectionId id = next(server.calls, "open").connection();
      client.write(new byte[] {0x10}); // the first byte of a CONNECT, never completed

      assertTrue(client.closedByServer(4_000));
      RecordingLane.Call closed = next(server.calls, "closed");
      assertEquals(id, closed.connection());
      assertEquals(false, closed.detail());
      assertFalse(server.clients.isOpen(id));
    }
  }

  @Test
  void keepsAConnectionThatSentConnectPastTheConnectTimeout() throws Exception {
    try (ServerFixture server =
            new ServerFixture(1, 1024, Duration.ofMillis(500), Duration.ofSeconds(5));
        RawClient client = server.connect()) {
      ConnectionId id = next(server.calls, "open").connection();
      client.write(MqttBytes.connect("c1"));
      next(server.calls, "packets");

      assertFalse(client.closedByServer(1_200));
      assertTrue(server.clients.isOpen(id));
    }
  }

  @Test
  void closesMalformedConnectionItselfWhenTheBrokerDoesNot() throws Exception {
    try (ServerFixture server =
            new ServerFixture(1, 1024, Duration.ofSeconds(10), Duration.ofMillis(300));
        RawClient client = server.connect()) {
      next(server.calls, "open");
      client.write(new byte[] {0x00, 0x00});
      next(server.calls, "malformed");

      assertTrue(client.closedByServer(3_000));
      assertEquals(false, next(server.calls, "closed").detail());
    }
  }

  @Test
  void reportsAClientCloseExactlyOnce() throws Exception {
    try (ServerFixture server = ServerFixture.withDefaults()) {
      ConnectionId id;
      try (RawClient client = server.connect()) {
        id = next(server.calls, "open").connection();
        client.write(MqttBytes.connect("c1"));
        next(server.calls, "packets");
      }
      RecordingLane.Call closed = next(server.calls, "closed");
      assertEquals(id, closed.connection());
      assertEquals(false, closed.detail());
      server.clients.close(id, "too late");
      assertNoCall(server.calls, 300);
      assertEquals(0, server.clients.size());
    }
  }

  @Test
  void reportsEveryOpenConnectionClosedWhenTheServerStops() throws Exception {
    try (ServerFixture server = ServerFixture.withDefaults();
        RawClient first = server.connect();
        RawClient second = server.connect()) {
      next(server.calls, "open");
      next(server.calls, "open");
      server.stop();

      assertEquals(false, next(server.calls, "closed").detail());
      assertEquals(false, next(server.calls, "closed").detail());
      assertNoCall(server.calls, 200);
      assertTrue(first.closedByServer(2_000));
      assertTrue(second.closedByServer(2_000));
    }
  }
}
