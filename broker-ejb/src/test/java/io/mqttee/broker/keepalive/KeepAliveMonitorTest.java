// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.keepalive;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.connection.ClientConnection;
import io.mqttee.broker.connection.ClientWriter;
import io.mqttee.broker.connection.ConnectionRegistry;
import io.mqttee.broker.session.ConnectionCloser;
import io.mqttee.broker.session.Session;
import io.mqttee.broker.session.SessionRegistry;
import io.mqttee.broker.session.SessionResources;
import io.mqttee.broker.store.DiscardingMessageStore;
import io.mqttee.broker.sys.BrokerMetrics;
import io.mqttee.connector.api.ConnectionId;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.ProtocolVersion;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** MQTT-3.1.2-24: silent for more than 1.5 times the keep alive means closed; 0 means never. */
@Tag("unit")
class KeepAliveMonitorTest {
  private final AtomicLong now = new AtomicLong(0);
  private final Set<ConnectionId> closed = new HashSet<>();
  private final ConnectionRegistry connections = new ConnectionRegistry();
  private final ClientWriter writer =
      new ClientWriter() {
        @Override
        public void send(ConnectionId connection, MqttPacket packet) {}

        @Override
        public void close(ConnectionId connection, String reason) {
          closed.add(connection);
        }
      };
  private final KeepAliveMonitor monitor;

  KeepAliveMonitorTest() {
    BrokerMetrics metrics = new BrokerMetrics();
    SessionResources resources =
        new SessionResources(new DiscardingMessageStore(), metrics, 10, 10);
    SessionRegistry sessions = new SessionRegistry(null, null, resources, now::get);
    ConnectionCloser closer = new ConnectionCloser(sessions, null, metrics);
    monitor = new KeepAliveMonitor(connections, closer, 1.5, 30_000, now::get);
  }

  private ClientConnection connected(int keepAlive) {
    ClientConnection c = new ClientConnection(ConnectionId.next(), null, writer, now.get());
    c.accepted("c" + c.id().value(), ProtocolVersion.MQTT_3_1_1, keepAlive, null);
    c.attach(
        new Session(
            c.clientId(),
            false,
            4,
            new SessionResources(new DiscardingMessageStore(), new BrokerMetrics(), 1, 1)));
    connections.add(c);
    return c;
  }

  @Test
  void closesConnectionSilentForMoreThanOneAndAHalfKeepAlives() {
    ClientConnection c = connected(10);
    now.set(15_000);
    monitor.run();
    assertFalse(closed.contains(c.id()), "exactly 1.5 x keep alive is still in time");
    now.set(15_001);
    monitor.run();
    assertTrue(closed.contains(c.id()));
  }

  @Test
  void activityRestartsTheCountdown() {
    ClientConnection c = connected(10);
    now.set(14_000);
    c.touch(now.get());
    now.set(28_000);
    monitor.run();
    assertFalse(closed.contains(c.id()));
  }

  @Test
  void keepAliveZeroNeverExpires() { // MQTT-3.1.2-23
    ClientConnection c = connected(0);
    now.set(86_400_000);
    monitor.run();
    assertFalse(closed.contains(c.id()));
  }

  @Test
  void closesConnectionThatSendsNoConnectInTime() {
    ClientConnection c = new ClientConnection(ConnectionId.next(), null, writer, 0);
    connections.add(c);
    now.set(30_001);
    monitor.run();
    assertTrue(closed.contains(c.id()));
  }
}
