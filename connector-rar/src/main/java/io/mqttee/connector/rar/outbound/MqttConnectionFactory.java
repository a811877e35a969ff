// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.outbound;

import io.mqttee.connector.api.OutboundConnection;
import io.mqttee.connector.api.OutboundConnectionFactory;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import javax.naming.Reference;

/** The connection factory the broker looks up; it asks the container's pool for a handle. */
public final class MqttConnectionFactory implements OutboundConnectionFactory {

  private final MqttManagedConnectionFactory managedFactory;
  private final ConnectionManager connectionManager;
  private Reference reference;

  MqttConnectionFactory(
      MqttManagedConnectionFactory managedFactory, ConnectionManager connectionManager) {
    this.managedFactory = managedFactory;
    this.connectionManager = connectionManager;
  }

  @Override
  public OutboundConnection getConnection() throws ResourceException {
    return (OutboundConnection) connectionManager.allocateConnection(managedFactory, null);
  }

  @Override
  public void setReference(Reference reference) {
    this.reference = reference;
  }

  @Override
  public Reference getReference() {
    return reference;
  }
}
