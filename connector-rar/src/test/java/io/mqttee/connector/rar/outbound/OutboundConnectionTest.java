// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.OutboundConnection;
import io.mqttee.connector.api.OutboundConnectionFactory;
import io.mqttee.connector.api.TrafficCounters;
import io.mqttee.connector.rar.MqttResourceAdapter;
import io.mqttee.protocol.packet.PingResp;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class OutboundConnectionTest {

  @Test
  void handlesReachTheAdaptersConnectionsOutsideAContainer() throws ResourceException {
    MqttManagedConnectionFactory managed = new MqttManagedConnectionFactory();
    managed.setResourceAdapter(new MqttResourceAdapter());
    OutboundConnectionFactory factory =
        (OutboundConnectionFactory) managed.createConnectionFactory();

    try (OutboundConnection connection = factory.getConnection()) {
      ConnectionId unknown = ConnectionId.next();
      connection.send(unknown, PingResp.INSTANCE);
      connection.close(unknown, "gone");
      assertFalse(connection.isOpen(unknown));
      assertEquals(new TrafficCounters(0, 0, 0, 0), connection.traffic());
    }
  }

  @Test
  void closingAHandleTellsTheContainerOnce() throws ResourceException {
    MqttManagedConnectionFactory managed = new MqttManagedConnectionFactory();
    managed.setResourceAdapter(new MqttResourceAdapter());
    MqttManagedConnection pooled =
        (MqttManagedConnection) managed.createManagedConnection(null, null);
    List<ConnectionEvent> events = new ArrayList<>();
    pooled.addConnectionEventListener(new ClosedEvents(events));

    OutboundConnection handle = (OutboundConnection) pooled.getConnection(null, null);
    handle.close();
    handle.close();

    assertEquals(1, events.size());
    assertSame(handle, events.get(0).getConnectionHandle());
  }

  @Test
  void refusesToCreateConnectionsWithoutTheAdapter() {
    MqttManagedConnectionFactory managed = new MqttManagedConnectionFactory();
    assertThrows(ResourceException.class, () -> managed.createManagedConnection(null, null));
  }

  /** Records the close events a container's pool would act on. */
  private record ClosedEvents(List<ConnectionEvent> events) implements ConnectionEventListener {

    @Override
    public void connectionClosed(ConnectionEvent event) {
      events.add(event);
    }

    @Override
    public void localTransactionStarted(ConnectionEvent event) {}

    @Override
    public void localTransactionCommitted(ConnectionEvent event) {}

    @Override
    public void localTransactionRolledback(ConnectionEvent event) {}

    @Override
    public void connectionErrorOccurred(ConnectionEvent event) {}
  }
}
