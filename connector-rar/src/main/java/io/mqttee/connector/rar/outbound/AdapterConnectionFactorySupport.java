// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.outbound;

import io.mqttee.connector.rar.MqttResourceAdapter;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import java.io.PrintWriter;
import java.util.Set;
import javax.security.auth.Subject;

/**
 * What the adapter's managed connection factories share: the association with the one adapter
 * instance whose registries their connections reach, and pooling where every connection of the
 * factory's type matches any request.
 */
public abstract class AdapterConnectionFactorySupport
    implements ManagedConnectionFactory, ResourceAdapterAssociation {
  private static final long serialVersionUID = 1L;

  private transient MqttResourceAdapter resourceAdapter;
  private transient PrintWriter logWriter;

  /** The type of this factory's managed connections. */
  protected abstract Class<? extends ManagedConnection> connectionType();

  /** The associated adapter; refuses before the association. */
  protected final MqttResourceAdapter adapter() throws ResourceException {
    if (resourceAdapter == null) {
      throw new ResourceException("not associated with the MQTT resource adapter");
    }
    return resourceAdapter;
  }

  @Override
  public final ManagedConnection matchManagedConnections(
      @SuppressWarnings("rawtypes") Set candidates, Subject subject, ConnectionRequestInfo info) {
    for (Object candidate : candidates) {
      if (connectionType().isInstance(candidate)) {
        return (ManagedConnection) candidate;
      }
    }
    return null;
  }

  @Override
  public final ResourceAdapter getResourceAdapter() {
    return resourceAdapter;
  }

  @Override
  public final void setResourceAdapter(ResourceAdapter adapter) throws ResourceException {
    if (!(adapter instanceof MqttResourceAdapter mqtt)) {
      throw new ResourceException("not the MQTT resource adapter: " + adapter);
    }
    this.resourceAdapter = mqtt;
  }

  @Override
  public final void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public final PrintWriter getLogWriter() {
    return logWriter;
  }
}
