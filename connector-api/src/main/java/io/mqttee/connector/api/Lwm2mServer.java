// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.api;

import java.util.List;
import java.util.Optional;
import org.eclipse.leshan.core.request.DownlinkRequest;

/**
 * The outbound side of the adapter's LWM2M server, reached through {@link
 * OutboundConnection#lwm2m()}. Thread-safe; no call blocks: answers come back through the gateway's
 * {@link Lwm2mInboundListener}, on the device's lane.
 */
public interface Lwm2mServer {

  /** The device's current registration, if it is registered. */
  Optional<Lwm2mRegistration> registration(String endpoint);

  /** Every current registration. */
  List<Lwm2mRegistration> registrations();

  /**
   * Sends a request to a registered device. Exactly one of {@link Lwm2mInboundListener#onResponse}
   * and {@link Lwm2mInboundListener#onFailure} follows, on the device's lane, with {@code
   * requestId}; also when the device is not registered ({@link Lwm2mFailure#NOT_REGISTERED}). An
   * {@code ObserveRequest} that succeeds starts an observation whose notifications come through
   * {@link Lwm2mInboundListener#onNotification}.
   *
   * @param timeoutMillis how long to wait for the answer before {@link Lwm2mFailure#TIMEOUT}
   * @return false when the LWM2M listener's activation is gone: nothing will follow
   */
  boolean send(String endpoint, long requestId, DownlinkRequest<?> request, long timeoutMillis);

  /**
   * Cancels the observation of {@code path} actively: a GET with Observe=1 to the device (OMA LWM2M
   * 1.1 Transport, section 6.3.3). The answer follows as for {@link #send}; {@link
   * Lwm2mFailure#NOT_OBSERVED} when the server does not observe that path of the device.
   */
  boolean cancelObservation(String endpoint, long requestId, String path, long timeoutMillis);

  /**
   * Runs {@code task} on the device's lane, after the calls and tasks already queued there.
   *
   * @return false when the LWM2M listener's activation is gone: the task will never run
   */
  boolean runOnLane(String endpoint, Runnable task);
}
