// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import io.mqttee.connector.api.ListenerState;
import io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One listener: a server socket on the shared lanes that an administrator can stop, start again and
 * move while the adapter runs. Calls take turns on the listener's lock; none of them runs on an
 * event loop, since they wait for sockets to bind and close.
 */
public final class ServerListener implements AdapterListener {

  private static final Logger LOG = System.getLogger(ServerListener.class.getName());
  private static final long CLOSE_TIMEOUT_MILLIS = TimeUnit.SECONDS.toMillis(10);

  private final ListenerKind kind;
  private final ListenerSockets sockets;
  private final TlsSource tls;
  private ListenerAddress address;
  private ListenerSockets.Bound bound;
  private boolean retired;

  ServerListener(
      ListenerKind kind, ListenerAddress address, TlsSource tls, ListenerSockets sockets) {
    if (kind.secure() == (tls == null)) {
      throw new IllegalArgumentException(kind + " listener with TLS source " + tls);
    }
    if (kind.webSocket() == (address.path() == null)) {
      throw new IllegalArgumentException(kind + " listener with path " + address.path());
    }
    this.kind = kind;
    this.address = address;
    this.tls = tls;
    this.sockets = sockets;
  }

  public ListenerKind kind() {
    return kind;
  }

  @Override
  public String name() {
    return kind.listenerName();
  }

  @Override
  public synchronized ListenerState state() {
    int port = bound == null ? address.port() : bound.address().getPort();
    int connections = bound == null ? 0 : bound.connections();
    return new ListenerState(
        kind.listenerName(),
        kind.type(),
        address.host(),
        port,
        bound != null,
        connections,
        address.settings());
  }

  @Override
  public synchronized void start() throws IOException {
    if (retired) {
      throw new IllegalStateException("the adapter is stopping its listeners");
    }
    if (bound == null) {
      bound = bind(address);
    }
  }

  /** The address bound while running, else null. */
  public synchronized InetSocketAddress boundAddress() {
    return bound == null ? null : bound.address();
  }

  @Override
  public synchronized void stop() {
    if (bound == null) {
      return;
    }
    int closed = sockets.close(bound, CLOSE_TIMEOUT_MILLIS);
    bound = null;
    LOG.log(Level.INFO, "{0} listener closed with {1} client connections", kind.label(), closed);
  }

  /**
   * {@inheritDoc}
   *
   * <p>A stopped listener only keeps them. A running one restarts with them, closing its
   * connections: when the port changes the new socket is bound before the old one closes, so a port
   * that is taken leaves the listener running as it was; otherwise the old socket closes first, and
   * when the new one cannot bind the listener binds its old settings again.
   *
   * @throws IllegalArgumentException for an unknown setting or an invalid value; nothing changed
   * @throws IOException when the new settings cannot be bound; the message says in which state the
   *     listener is left
   */
  @Override
  public synchronized void configure(Map<String, String> changes) throws IOException {
    ListenerAddress next = address.with(changes);
    if (bound == null || next.equals(address)) {
      address = next;
      return;
    }
    if (next.port() != bound.address().getPort()) {
      ListenerSockets.Bound moved;
      try {
        moved = bind(next);
      } catch (IOException e) {
        throw new IOException(e.getMessage() + "; still listening on its old settings", e);
      }
      stop();
      bound = moved;
      address = next;
      return;
    }
    stop();
    rebind(next);
  }

  /** Binds the new settings on a stopped listener, or else the old ones again. */
  private void rebind(ListenerAddress next) throws IOException {
    try {
      bound = bind(next);
      address = next;
    } catch (IOException e) {
      try {
        bound = bind(address);
      } catch (IOException again) {
        e.addSuppressed(again);
        throw new IOException(e.getMessage() + "; the listener is stopped", e);
      }
      throw new IOException(e.getMessage() + "; listening on its old settings again", e);
    }
  }

  /** Stops the listener for good, as the adapter stops. */
  synchronized void retire() {
    retired = true;
    stop();
  }

  private ListenerSockets.Bound bind(ListenerAddress to) throws IOException {
    SslContext context = tls == null ? null : secureContext();
    ListenerSockets.Bound socket = sockets.bind(to, context);
    LOG.log(
        Level.INFO,
        "{0} listener on {1}:{2}{3}",
        kind.label(),
        to.host(),
        String.valueOf(socket.address().getPort()),
        to.path() == null ? "" : to.path());
    return socket;
  }

  private SslContext secureContext() throws IOException {
    try {
      return tls.get();
    } catch (IOException | RuntimeException e) {
      throw new IOException(
          "no TLS key for the " + kind.label() + " listener: " + e.getMessage(), e);
    }
  }
}
