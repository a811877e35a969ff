// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.application;

import io.mqttee.connector.rar.outbound.AdapterConnectionFactorySupport;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import java.util.Objects;
import javax.security.auth.Subject;

/**
 * The applications' connection factory ({@code io.mqttee.api.MqttConnectionFactory}). Its {@code
 * username} is the identity its publishes carry: the broker applies that user's topic ACL, without
 * a password, since only the adapter can open such a connection.
 */
public class ApplicationManagedConnectionFactory extends AdapterConnectionFactorySupport {
  private static final long serialVersionUID = 1L;

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
    if (publisher == null) {
      publisher = adapter().applications().publisher(username);
    }
    return publisher;
  }

  @Override
  protected Class<? extends ManagedConnection> connectionType() {
    return ApplicationManagedConnection.class;
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
        && that.getResourceAdapter() == getResourceAdapter()
        && Objects.equals(that.username, username);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ApplicationManagedConnectionFactory.class, username);
  }
}
