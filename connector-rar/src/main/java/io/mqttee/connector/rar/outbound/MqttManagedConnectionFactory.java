// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.outbound;

import io.mqttee.connector.rar.MqttResourceAdapter;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import java.io.PrintWriter;
import java.util.Set;
import javax.security.auth.Subject;

/**
 * Creates the broker's outbound connections (NoTransaction). All of them are equivalent, so any
 * pooled one matches any request.
 */
public class MqttManagedConnectionFactory
    implements ManagedConnectionFactory, ResourceAdapterAssociation {

  private transient MqttResourceAdapter resourceAdapter;
  private transient PrintWriter logWriter;

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
    if (resourceAdapter == null) {
      throw new ResourceException("not associated with the MQTT resource adapter");
    }
    return new MqttManagedConnection(
        new AdapterRegistries(
            resourceAdapter.clients(),
            resourceAdapter.listeners(),
            resourceAdapter.datagrams(),
            resourceAdapter.lwm2m()));
  }

  @Override
  public ManagedConnection matchManagedConnections(
      @SuppressWarnings("rawtypes") Set candidates, Subject subject, ConnectionRequestInfo info) {
    for (Object candidate : candidates) {
      if (candidate instanceof MqttManagedConnection connection) {
        return connection;
      }
    }
    return null;
  }

  @Override
  public ResourceAdapter getResourceAdapter() {
    return resourceAdapter;
  }

  @Override
  public void setResourceAdapter(ResourceAdapter adapter) throws ResourceException {
    if (!(adapter instanceof MqttResourceAdapter mqtt)) {
      throw new ResourceException("not the MQTT resource adapter: " + adapter);
    }
    this.resourceAdapter = mqtt;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MqttManagedConnectionFactory that
        && that.resourceAdapter == resourceAdapter;
  }

  @Override
  public int hashCode() {
    return MqttManagedConnectionFactory.class.hashCode();
  }
}
