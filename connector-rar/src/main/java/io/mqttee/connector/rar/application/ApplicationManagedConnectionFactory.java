// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.application;

import io.mqttee.connector.rar.MqttResourceAdapter;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.Set;
import javax.security.auth.Subject;

/**
 * The applications' connection factory ({@code io.mqttee.api.MqttConnectionFactory}). Its {@code
 * username} is the identity its publishes carry: the broker applies that user's topic ACL, without
 * a password, since only the adapter can open such a connection.
 */
public class ApplicationManagedConnectionFactory
    implements ManagedConnectionFactory, ResourceAdapterAssociation {
  private static final long serialVersionUID = 1L;

  private transient MqttResourceAdapter resourceAdapter;
  private transient PrintWriter logWriter;
  private transient Publisher publisher;
  private String username;

  @Override
  public Object createConnectionFactory(ConnectionManager connectionManager) {
    return new ApplicationConnectionFactory(this, connectionManager);
  }

  @Override
  public Object createConnectionFactory() throws ResourceException {
    throw new ResourceException("the MQTT connection factory runs in a Jakarta EE container only");
  }

  @Override
  public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info)
      throws ResourceException {
    return new ApplicationManagedConnection(publisher());
  }

  private synchronized Publisher publisher() throws ResourceException {
    if (resourceAdapter == null) {
      throw new ResourceException("not associated with the MQTT resource adapter");
    }
    if (publisher == null) {
      publisher = resourceAdapter.applications().publisher(username);
    }
    return publisher;
  }

  @Override
  public ManagedConnection matchManagedConnections(
      @SuppressWarnings("rawtypes") Set candidates, Subject subject, ConnectionRequestInfo info) {
    for (Object candidate : candidates) {
      if (candidate instanceof ApplicationManagedConnection connection) {
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

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApplicationManagedConnectionFactory that
        && that.resourceAdapter == resourceAdapter
        && Objects.equals(that.username, username);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ApplicationManagedConnectionFactory.class, username);
  }
}
