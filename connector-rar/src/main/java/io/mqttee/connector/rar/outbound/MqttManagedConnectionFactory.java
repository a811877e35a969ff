// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.outbound;

import io.mqttee.connector.rar.MqttResourceAdapter;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import javax.security.auth.Subject;

/**
 * Creates the broker's outbound connections (NoTransaction). All of them are equivalent, so any
 * pooled one matches any request.
 */
public class MqttManagedConnectionFactory extends AdapterConnectionFactorySupport {
  private static final long serialVersionUID = 1L;

  @Override
  public Object createConnectionFactory(ConnectionManager connectionManager) {
    return new MqttConnectionFactory(this, connectionManager);
  }

  @Override
  public Object createConnectionFactory() {
    return new MqttConnectionFactory(this, new UnmanagedConnectionManager());
  }

  @Override
  public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info)
      throws ResourceException {
    MqttResourceAdapter adapter = adapter();
    return new MqttManagedConnection(
        new AdapterRegistries(
            adapter.clients(), adapter.listeners(), adapter.datagrams(), adapter.lwm2m()));
  }

  @Override
  protected Class<? extends ManagedConnection> connectionType() {
    return MqttManagedConnection.class;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MqttManagedConnectionFactory that
        && that.getResourceAdapter() == getResourceAdapter();
  }

  @Override
  public int hashCode() {
    return MqttManagedConnectionFactory.class.hashCode();
  }
}
