// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.lwm2m;

import java.util.Collection;
import org.eclipse.californium.core.coap.Response;
import org.eclipse.leshan.core.observation.CompositeObservation;
import org.eclipse.leshan.core.observation.Observation;
import org.eclipse.leshan.core.observation.SingleObservation;
import org.eclipse.leshan.core.response.ObserveCompositeResponse;
import org.eclipse.leshan.core.response.ObserveResponse;
import org.eclipse.leshan.server.observation.ObservationListener;
import org.eclipse.leshan.server.registration.Registration;
import org.eclipse.leshan.server.registration.RegistrationListener;
import org.eclipse.leshan.server.registration.RegistrationUpdate;

/** What Leshan reports about devices, handed to each device's lane. */
final class Lwm2mEvents implements RegistrationListener, ObservationListener {

  private final Lwm2mLanes lanes;

  Lwm2mEvents(Lwm2mLanes lanes) {
    this.lanes = lanes;
  }

  @Override
  public void registered(
      Registration registration, Registration previous, Collection<Observation> observations) {
    if (previous != null) {
      lanes.deliver(
          previous.getEndpoint(),
          listener -> listener.onDeregistered(Registrations.of(previous), false));
    }
    lanes.deliver(
        registration.getEndpoint(),
        listener -> listener.onRegistered(Registrations.of(registration)));
  }

  @Override
  public void updated(RegistrationUpdate update, Registration updated, Registration previous) {
    lanes.deliver(updated.getEndpoint(), listener -> listener.onUpdated(Registrations.of(updated)));
  }

  @Override
  public void unregistered(
      Registration registration,
      Collection<Observation> observations,
      boolean expired,
      Registration newRegistration) {
    if (newRegistration != null) {
      return; // a new registration of the same endpoint replaced it: registered() reports both
    }
    lanes.deliver(
        registration.getEndpoint(),
        listener -> listener.onDeregistered(Registrations.of(registration), expired));
  }

  @Override
  public void onResponse(
      SingleObservation observation, Registration registration, ObserveResponse response) {
    long sequence = sequenceOf(response);
    lanes.deliver(
        registration.getEndpoint(),
        listener ->
            listener.onNotification(
                registration.getEndpoint(), observation.getPath(), response, sequence));
  }

  private static long sequenceOf(ObserveResponse response) {
    if (response.getCoapResponse() instanceof Response coap) {
      Integer observe = coap.getOptions().getObserve();
      return observe == null ? -1 : observe;
    }
    return -1;
  }

  @Override
  public void onResponse(
      CompositeObservation observation,
      Registration registration,
      ObserveCompositeResponse response) {
    // The gateway never starts composite observations.
  }

  @Override
  public void onError(Observation observation, Registration registration, Exception error) {
    // A notification Leshan cannot decode is dropped; the next one may succeed.
  }

  @Override
  public void newObservation(Observation observation, Registration registration) {
    // Reported to the gateway through the observe request's response.
  }

  @Override
  public void cancelled(Observation observation) {
    // Reported to the gateway through the cancel request's response.
  }
}
