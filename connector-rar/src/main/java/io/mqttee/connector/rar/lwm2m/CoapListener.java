// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.lwm2m;

import io.mqttee.connector.api.ListenerState;
import io.mqttee.connector.rar.transport.AdapterListener;
import io.mqttee.connector.rar.transport.ListenerAddress;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;

/**
 * One of the LWM2M server's endpoints as administrators see it: plain CoAP ("lwm2m") or CoAP over
 * DTLS ("lwm2m-dtls"). Starting, stopping or moving one rebuilds the server ({@link Lwm2mHost}).
 */
public final class CoapListener implements AdapterListener {

  /** Which endpoint. */
  enum Kind {
    COAP("lwm2m", "lwm2m-coap", Lwm2mSettings.COAP_PORT),
    DTLS("lwm2m-dtls", "lwm2m-coaps", Lwm2mSettings.DTLS_PORT);

    private final String listenerName;
    private final String type;
    private final int standardPort;

    Kind(String listenerName, String type, int standardPort) {
      this.listenerName = listenerName;
      this.type = type;
      this.standardPort = standardPort;
    }
  }

  private final Lwm2mHost host;
  private final Kind kind;
  private final boolean enabledAtStart;
  private ListenerAddress address;
  private boolean running;
  private boolean retired;

  CoapListener(Lwm2mHost host, Kind kind, ListenerAddress configured) {
    this.host = host;
    this.kind = kind;
    this.enabledAtStart = configured.port() >= 0;
    this.address =
        enabledAtStart
            ? configured
            : new ListenerAddress(configured.host(), kind.standardPort, null);
  }

  @Override
  public String name() {
    return kind.listenerName;
  }

  /** Whether the configuration starts it with the activation. */
  public boolean enabledAtStart() {
    return enabledAtStart;
  }

  @Override
  public ListenerState state() {
    ListenerAddress current;
    boolean up;
    synchronized (host) {
      current = address;
      up = running;
    }
    InetSocketAddress bound = up ? host.boundAddress(kind) : null;
    return new ListenerState(
        kind.listenerName,
        kind.type,
        current.host(),
        bound == null ? current.port() : bound.getPort(),
        up,
        0,
        current.settings());
  }

  boolean isRunning() {
    return running;
  }

  ListenerAddress address() {
    return address;
  }

  /** The port a listener configured with port 0 got, kept from now on. */
  void boundTo(int port) {
    if (address.port() == 0) {
      address = new ListenerAddress(address.host(), port, null);
    }
  }

  @Override
  public void start() throws IOException {
    synchronized (host) {
      if (retired) {
        throw new IllegalStateException("the adapter is stopping its listeners");
      }
      if (!running) {
        apply(address, true, "it stays stopped");
      }
    }
  }

  @Override
  public void stop() {
    synchronized (host) {
      if (running) {
        try {
          apply(address, false, "it is stopped");
        } catch (IOException e) {
          // the other endpoint could not come back; this one is stopped as asked
        }
      }
    }
  }

  @Override
  public void configure(Map<String, String> settings) throws IOException {
    synchronized (host) {
      ListenerAddress next = address.with(settings);
      if (!running || next.equals(address)) {
        address = next;
        return;
      }
      apply(next, true, "listening on its old settings again");
    }
  }

  /** Rebuilds the server with this endpoint at {@code next}; on failure puts the old state back. */
  private void apply(ListenerAddress next, boolean run, String fallback) throws IOException {
    ListenerAddress before = address;
    boolean wasRunning = running;
    address = next;
    running = run;
    try {
      host.rebuild();
    } catch (IOException e) {
      address = before;
      running = wasRunning;
      try {
        host.rebuild();
      } catch (IOException again) {
        e.addSuppressed(again);
        running = false;
        rebuildQuietly();
        throw new IOException(e.getMessage() + "; the listener is stopped", e);
      }
      throw new IOException(e.getMessage() + "; " + fallback, e);
    }
  }

  private void rebuildQuietly() {
    try {
      host.rebuild();
    } catch (IOException e) {
      // both endpoints are down now; the administrator sees it in the listener list
    }
  }

  void retire() {
    retired = true;
    running = false;
  }
}
