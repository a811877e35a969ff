// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.application;

import io.mqttee.connector.rar.outbound.OutboundMetaData;
import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;

/**
 * A pooled connection of an application's connection factory. It holds no broker connection of its
 * own: every one of the factory shares its {@link Publisher}, so pooling only tracks handles.
 * NoTransaction: a publish joins the caller's transaction through {@link AfterCommit}.
 */
final class ApplicationManagedConnection implements ManagedConnection {

  private final Publisher publisher;
  private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
  private final List<ApplicationConnection> handles = new CopyOnWriteArrayList<>();
  private PrintWriter logWriter;

  ApplicationManagedConnection(Publisher publisher) {
    this.publisher = publisher;
  }

  Publisher publisher() {
    return publisher;
  }

  @Override
  public Object getConnection(Subject subject, ConnectionRequestInfo info) {
    ApplicationConnection handle = new ApplicationConnection(this);
    handles.add(handle);
    return handle;
  }

  @Override
  public void associateConnection(Object connection) throws ResourceException {
    if (!(connection instanceof ApplicationConnection handle)) {
      throw new ResourceException("not an MQTT connection of this adapter: " + connection);
    }
    handle.reassign(this);
    handles.add(handle);
  }

  void handleClosed(ApplicationConnection handle) {
    handles.remove(handle);
    ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
    event.setConnectionHandle(handle);
    listeners.forEach(listener -> listener.connectionClosed(event));
  }

  @Override
  public void cleanup() {
    handles.forEach(handle -> handle.reassign(null));
    handles.clear();
  }

  @Override
  public void destroy() {
    cleanup();
    listeners.clear();
  }

  @Override
  public void addConnectionEventListener(ConnectionEventListener listener) {
    listeners.add(listener);
  }

  @Override
  public void removeConnectionEventListener(ConnectionEventListener listener) {
    listeners.remove(listener);
  }

  @Override
  public XAResource getXAResource() throws ResourceException {
    throw new NotSupportedException("publishes join a transaction through a synchronization");
  }

  @Override
  public LocalTransaction getLocalTransaction() throws ResourceException {
    throw new NotSupportedException("publishes join a transaction through a synchronization");
  }

  @Override
  public ManagedConnectionMetaData getMetaData() {
    return new OutboundMetaData();
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }
}
