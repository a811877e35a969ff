// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.outbound;

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
 * A pooled connection that holds no socket and no transaction of its own: it hands out handles,
 * tracks them, and tells the pool when one is closed. Subclasses say what a handle is.
 *
 * @param <H> the handle type
 */
public abstract class HandleTrackingConnection<H> implements ManagedConnection {

  private final Class<H> handleType;
  private final String noTransaction;
  private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
  private final List<H> handles = new CopyOnWriteArrayList<>();
  private PrintWriter logWriter;

  /**
   * @param noTransaction why the connection takes no part in transactions, for the exception
   */
  protected HandleTrackingConnection(Class<H> handleType, String noTransaction) {
    this.handleType = handleType;
    this.noTransaction = noTransaction;
  }

  /** A new handle owned by this connection. */
  protected abstract H newHandle();

  /** Makes this connection the handle's owner ({@code associateConnection}). */
  protected abstract void attach(H handle);

  /** Leaves the handle without an owner ({@code cleanup}). */
  protected abstract void detach(H handle);

  @Override
  public final Object getConnection(Subject subject, ConnectionRequestInfo info) {
    H handle = newHandle();
    handles.add(handle);
    return handle;
  }

  @Override
  public final void associateConnection(Object connection) throws ResourceException {
    if (!handleType.isInstance(connection)) {
      throw new ResourceException("not a handle of this adapter: " + connection);
    }
    H handle = handleType.cast(connection);
    attach(handle);
    handles.add(handle);
  }

  /** The application closed the handle: the pool may reuse this connection. */
  public final void handleClosed(H handle) {
    handles.remove(handle);
    ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
    event.setConnectionHandle(handle);
    for (ConnectionEventListener listener : listeners) {
      listener.connectionClosed(event);
    }
  }

  @Override
  public final void cleanup() {
    for (H handle : handles) {
      detach(handle);
    }
    handles.clear();
  }

  @Override
  public final void destroy() {
    cleanup();
    listeners.clear();
  }

  @Override
  public final void addConnectionEventListener(ConnectionEventListener listener) {
    listeners.add(listener);
  }

  @Override
  public final void removeConnectionEventListener(ConnectionEventListener listener) {
    listeners.remove(listener);
  }

  @Override
  public final XAResource getXAResource() throws ResourceException {
    throw new NotSupportedException(noTransaction);
  }

  @Override
  public final LocalTransaction getLocalTransaction() throws ResourceException {
    throw new NotSupportedException(noTransaction);
  }

  @Override
  public final ManagedConnectionMetaData getMetaData() {
    return new OutboundMetaData();
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
