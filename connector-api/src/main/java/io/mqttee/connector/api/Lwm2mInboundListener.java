// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.api;

import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.response.LwM2mResponse;
import org.eclipse.leshan.core.response.ObserveResponse;

/**
 * The third message listener type of the resource adapter, for the LWM2M gateway. The adapter runs
 * the LWM2M server (Eclipse Leshan on Californium: CoAP, DTLS, registrations, the object model and
 * the content formats) and reports what devices do; the gateway translates it to MQTT.
 *
 * <p>Threading: a fixed set of endpoints, one per lane (a thread of the container's WorkManager).
 * Every call about one device endpoint name comes from the same lane, {@code
 * Math.floorMod(endpoint.hashCode(), lanes)}, one at a time, in the order the events happened,
 * interleaved with the tasks given to {@link Lwm2mServer#runOnLane} for that endpoint. A call must
 * not block. An exception thrown by a call is logged and counted; the lane keeps running.
 */
public interface Lwm2mInboundListener {

  /** A device registered (or registered again, replacing its old registration). */
  void onRegistered(Lwm2mRegistration registration);

  /** A device updated its registration; {@code registration} is the result, merged. */
  void onUpdated(Lwm2mRegistration registration);

  /**
   * A registration ended.
   *
   * @param expired true when its lifetime ran out without an update, false when the device
   *     de-registered or registered again from scratch
   */
  void onDeregistered(Lwm2mRegistration registration, boolean expired);

  /**
   * The answer to a request sent with {@link Lwm2mServer#send}, success or error code.
   *
   * @param requestId the id the gateway gave the request
   */
  void onResponse(String endpoint, long requestId, LwM2mResponse response);

  /** A request sent with {@link Lwm2mServer#send} got no answer. */
  void onFailure(String endpoint, long requestId, Lwm2mFailure failure, String message);

  /**
   * A notification of an observed path, after the observe request's own response.
   *
   * @param sequence the CoAP Observe option of the notification, or -1 when it had none
   */
  void onNotification(String endpoint, LwM2mPath path, ObserveResponse response, long sequence);
}
