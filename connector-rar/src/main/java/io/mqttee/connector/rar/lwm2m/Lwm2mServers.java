// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.lwm2m;

import io.mqttee.connector.api.Lwm2mRegistration;
import io.mqttee.connector.api.Lwm2mServer;
import java.util.List;
import java.util.Optional;
import org.eclipse.leshan.core.request.DownlinkRequest;

/**
 * The LWM2M server of the running activation, if any: where the outbound handles' calls go. One per
 * resource adapter, so a handle kept for a long time reaches the server of a later activation.
 */
public final class Lwm2mServers implements Lwm2mServer {

  private volatile Lwm2mHost active;

  /** The server of a new activation, from now on. */
  public synchronized void activate(Lwm2mHost host) {
    if (active != null) {
      throw new IllegalStateException("there is an LWM2M server already");
    }
    active = host;
  }

  /** The activation is ending. */
  public synchronized void deactivate(Lwm2mHost host) {
    if (active == host) {
      active = null;
    }
  }

  @Override
  public Optional<Lwm2mRegistration> registration(String endpoint) {
    Lwm2mHost host = active;
    return host == null ? Optional.empty() : host.registration(endpoint);
  }

  @Override
  public List<Lwm2mRegistration> registrations() {
    Lwm2mHost host = active;
    return host == null ? List.of() : host.registrations();
  }

  @Override
  public boolean send(
      String endpoint, long requestId, DownlinkRequest<?> request, long timeoutMillis) {
    Lwm2mHost host = active;
    return host != null && host.send(endpoint, requestId, request, timeoutMillis);
  }

  @Override
  public boolean cancelObservation(
      String endpoint, long requestId, String path, long timeoutMillis) {
    Lwm2mHost host = active;
    return host != null && host.cancelObservation(endpoint, requestId, path, timeoutMillis);
  }

  @Override
  public boolean runOnLane(String endpoint, Runnable task) {
    Lwm2mHost host = active;
    return host != null && host.runOnLane(endpoint, task);
  }
}
