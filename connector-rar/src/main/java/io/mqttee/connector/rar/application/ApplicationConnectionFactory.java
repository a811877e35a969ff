// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.application;

import io.mqttee.api.MqttConnection;
import io.mqttee.api.MqttConnectionFactory;
import io.mqttee.api.MqttPublishException;
import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import java.io.Serializable;
import javax.naming.Reference;

/** What applications look up: hands out pooled {@link MqttConnection}s. */
public final class ApplicationConnectionFactory
    implements MqttConnectionFactory, Serializable, Referenceable {
  private static final long serialVersionUID = 1L;

  private final transient ApplicationManagedConnectionFactory managedFactory;
  private final transient ConnectionManager connectionManager;
  private Reference reference;

  ApplicationConnectionFactory(
      ApplicationManagedConnectionFactory managedFactory, ConnectionManager connectionManager) {
    this.managedFactory = managedFactory;
    this.connectionManager = connectionManager;
  }

  @Override
  public MqttConnection getConnection() {
    try {
      return (MqttConnection) connectionManager.allocateConnection(managedFactory, null);
    } catch (ResourceException e) {
      throw new MqttPublishException("no MQTT connection: " + e.getMessage(), -1);
    }
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
