// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.outbound;

import io.mqttee.connector.api.ListenerControl;
import io.mqttee.connector.rar.transport.ClientChannels;
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
 * A pooled connection to the adapter's client registry. It holds no socket: the client connections
 * belong to the transport, so pooling, cleanup and destroy only track handles.
 */
final class MqttManagedConnection implements ManagedConnection {

  private final ClientChannels clients;
  private final ListenerControl listenerControl;
  private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
  private final List<MqttConnectionHandle> handles = new CopyOnWriteArrayList<>();
  private PrintWriter logWriter;

  MqttManagedConnection(ClientChannels clients, ListenerControl listenerControl) {
    this.clients = clients;
    this.listenerControl = listenerControl;
  }

  @Override
  public Object getConnection(Subject subject, ConnectionRequestInfo info) {
    MqttConnectionHandle handle = new MqttConnectionHandle(clients, listenerControl, this);
    handles.add(handle);
    return handle;
  }

  @Override
  public void associateConnection(Object connection) throws ResourceException {
    if (!(connection instanceof MqttConnectionHandle handle)) {
      throw new ResourceException("not a handle of this adapter: " + connection);
    }
    handle.reassign(this);
    handles.add(handle);
  }

  void handleClosed(MqttConnectionHandle handle) {
    handles.remove(handle);
    ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
    event.setConnectionHandle(handle);
    for (ConnectionEventListener listener : listeners) {
      listener.connectionClosed(event);
    }
  }

  @Override
  public void cleanup() {
    for (MqttConnectionHandle handle : handles) {
      handle.detach();
    }
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
    throw new NotSupportedException("the MQTT adapter is not transactional");
  }

  @Override
  public LocalTransaction getLocalTransaction() throws ResourceException {
    throw new NotSupportedException("the MQTT adapter is not transactional");
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
