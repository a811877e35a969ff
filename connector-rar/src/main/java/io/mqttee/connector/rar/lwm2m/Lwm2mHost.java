// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.lwm2m;

import io.mqttee.connector.api.Lwm2mFailure;
import io.mqttee.connector.api.Lwm2mRegistration;
import io.mqttee.connector.rar.transport.ListenerAddress;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.leshan.core.observation.Observation;
import org.eclipse.leshan.core.observation.SingleObservation;
import org.eclipse.leshan.core.request.CancelObservationRequest;
import org.eclipse.leshan.core.request.DownlinkRequest;
import org.eclipse.leshan.core.request.exception.TimeoutException;
import org.eclipse.leshan.core.response.LwM2mResponse;
import org.eclipse.leshan.server.californium.LeshanServer;
import org.eclipse.leshan.server.californium.LeshanServerBuilder;
import org.eclipse.leshan.server.californium.registration.InMemoryRegistrationStore;
import org.eclipse.leshan.server.registration.Registration;
import org.eclipse.leshan.server.security.InMemorySecurityStore;
import org.eclipse.leshan.server.security.NonUniqueSecurityInfoException;
import org.eclipse.leshan.server.security.SecurityInfo;

/**
 * The LWM2M server of an activation: a Leshan server with the CoAP and DTLS endpoints that are
 * enabled. Leshan fixes its endpoints when it is built, so starting, stopping or moving a listener
 * builds the server again; the registrations, the observations, the PSK identities and the object
 * model live outside it and survive. Control calls take turns on this object's lock; sends come
 * from any thread and never block.
 */
public final class Lwm2mHost {

  private static final Logger LOG = System.getLogger(Lwm2mHost.class.getName());
  private static final long EXPIRY_CHECK_SECONDS = 2;

  private final Lwm2mLanes lanes;
  private final Lwm2mEvents events;
  private final Lwm2mSettings settings;
  private final ScheduledExecutorService coapThreads;
  private final InMemoryRegistrationStore registrations;
  private final InMemorySecurityStore security = new InMemorySecurityStore();
  private final ObjectModels models;
  private final CoapListener coap;
  private final CoapListener dtls;
  private volatile LeshanServer server;

  public Lwm2mHost(Lwm2mSettings settings, Lwm2mLanes lanes, ScheduledExecutorService coapThreads) {
    this.settings = settings;
    this.lanes = lanes;
    this.events = new Lwm2mEvents(lanes);
    this.coapThreads = coapThreads;
    this.registrations = new InMemoryRegistrationStore(coapThreads, EXPIRY_CHECK_SECONDS);
    this.models = new ObjectModels(settings.xmlDir(), System::currentTimeMillis);
    this.coap = new CoapListener(this, CoapListener.Kind.COAP, settings.coap());
    this.dtls = new CoapListener(this, CoapListener.Kind.DTLS, settings.dtls());
    if (settings.pskFile() != null) {
      for (SecurityInfo key : PskFile.read(settings.pskFile())) {
        try {
          security.add(key);
        } catch (NonUniqueSecurityInfoException e) {
          throw new IllegalArgumentException("LWM2M PSK file: " + e.getMessage(), e);
        }
      }
    }
  }

  /** The plain CoAP listener ("lwm2m") and the DTLS one ("lwm2m-dtls"). */
  public List<CoapListener> listeners() {
    return List.of(coap, dtls);
  }

  /** Builds and starts the server with the listeners that are running now, or none. */
  synchronized void rebuild() throws IOException {
    LeshanServer old = server;
    server = null;
    if (old != null) {
      old.stop();
      old.coap().getServer().destroy();
    }
    if (!coap.isRunning() && !dtls.isRunning()) {
      return;
    }
    LeshanServer next = build();
    try {
      next.start();
    } catch (RuntimeException e) {
      next.coap().getServer().destroy();
      throw new IOException("the LWM2M server cannot start: " + e.getMessage(), e);
    }
    next.getRegistrationService().addListener(events);
    next.getObservationService().addListener(events);
    server = next;
    keepPort(coap, address(next, false));
    keepPort(dtls, address(next, true));
    LOG.log(
        Level.INFO,
        "LWM2M server on {0} (CoAP) and {1} (DTLS)",
        address(next, false),
        address(next, true));
  }

  private LeshanServer build() throws IOException {
    LeshanServerBuilder builder = new LeshanServerBuilder();
    builder.setCoapConfig(LeshanServerBuilder.createDefaultCoapConfiguration());
    builder.setRegistrationStore(registrations);
    builder.setSecurityStore(security);
    builder.setAuthorizer(
        new RegistrationAuthorizer(
            security,
            settings.trustedCertificates() != null,
            settings.lifetimeMin(),
            settings.lifetimeMax()));
    builder.setObjectModelProvider(models);
    if (coap.isRunning()) {
      builder.setLocalAddress(socket(coap.address()));
    } else {
      builder.disableUnsecuredEndpoint();
    }
    if (dtls.isRunning()) {
      builder.setLocalSecureAddress(socket(dtls.address()));
      if (settings.certificate() != null && settings.privateKey() != null) {
        builder.setCertificateChain(PemFiles.certificates(settings.certificate()));
        builder.setPrivateKey(PemFiles.privateKey(settings.privateKey()));
      }
      if (settings.trustedCertificates() != null) {
        builder.setTrustedCertificates(PemFiles.certificates(settings.trustedCertificates()));
      }
    } else {
      builder.disableSecuredEndpoint();
    }
    LeshanServer built = builder.build();
    built.coap().getServer().setExecutors(coapThreads, coapThreads, true);
    return built;
  }

  /**
   * A listener configured with port 0 keeps the port it got: the next rebuild, for the other
   * listener's sake, must not move it.
   */
  private static void keepPort(CoapListener listener, InetSocketAddress bound) {
    if (listener.isRunning() && bound != null) {
      listener.boundTo(bound.getPort());
    }
  }

  private static InetSocketAddress socket(ListenerAddress address) {
    return new InetSocketAddress(address.host(), address.port());
  }

  /** Where a listener is bound now, or null. */
  InetSocketAddress boundAddress(CoapListener.Kind kind) {
    LeshanServer running = server;
    return running == null ? null : address(running, kind == CoapListener.Kind.DTLS);
  }

  private static InetSocketAddress address(LeshanServer running, boolean secure) {
    try {
      return secure ? running.getSecuredAddress() : running.getUnsecuredAddress();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Stops the server for good, as the activation ends. */
  public synchronized void retire() {
    coap.retire();
    dtls.retire();
    LeshanServer old = server;
    server = null;
    if (old != null) {
      old.destroy();
    } else {
      registrations.destroy();
    }
  }

  Optional<Lwm2mRegistration> registration(String endpoint) {
    Registration registration = registrations.getRegistrationByEndpoint(endpoint);
    return Optional.ofNullable(registration).map(Registrations::of);
  }

  List<Lwm2mRegistration> registrations() {
    List<Lwm2mRegistration> all = new ArrayList<>();
    for (Iterator<Registration> it = registrations.getAllRegistrations(); it.hasNext(); ) {
      all.add(Registrations.of(it.next()));
    }
    return all;
  }

  boolean send(String endpoint, long requestId, DownlinkRequest<?> request, long timeoutMillis) {
    LeshanServer running = server;
    Registration registration = registrations.getRegistrationByEndpoint(endpoint);
    if (running == null || registration == null) {
      return fail(endpoint, requestId, Lwm2mFailure.NOT_REGISTERED, "not registered");
    }
    send(running, registration, requestId, request, timeoutMillis, () -> {});
    return true;
  }

  /**
   * Cancels actively, then forgets the observation whatever the answer, so that a device which
   * keeps notifying gets a reset (passive cancellation, RFC 7641 section 3.6).
   */
  boolean cancelObservation(String endpoint, long requestId, String path, long timeoutMillis) {
    LeshanServer running = server;
    Registration registration = registrations.getRegistrationByEndpoint(endpoint);
    if (running == null || registration == null) {
      return fail(endpoint, requestId, Lwm2mFailure.NOT_REGISTERED, "not registered");
    }
    SingleObservation observed = observationOf(running, registration, path);
    if (observed == null) {
      return fail(endpoint, requestId, Lwm2mFailure.NOT_OBSERVED, path + " is not observed");
    }
    send(
        running,
        registration,
        requestId,
        new CancelObservationRequest(observed),
        timeoutMillis,
        () -> running.getObservationService().cancelObservation(observed));
    return true;
  }

  private <T extends LwM2mResponse> void send(
      LeshanServer running,
      Registration registration,
      long requestId,
      DownlinkRequest<T> request,
      long timeoutMillis,
      Runnable after) {
    String endpoint = registration.getEndpoint();
    try {
      running.send(
          registration,
          request,
          timeoutMillis,
          (T response) -> {
            after.run();
            lanes.deliver(endpoint, listener -> listener.onResponse(endpoint, requestId, response));
          },
          error -> {
            after.run();
            fail(endpoint, requestId, failureOf(error), String.valueOf(error.getMessage()));
          });
    } catch (RuntimeException e) {
      // no endpoint for the device's transport (its listener is stopped), or an encoding failure
      fail(endpoint, requestId, Lwm2mFailure.SEND_FAILED, String.valueOf(e.getMessage()));
    }
  }

  private static SingleObservation observationOf(
      LeshanServer running, Registration registration, String path) {
    for (Observation observation : running.getObservationService().getObservations(registration)) {
      if (observation instanceof SingleObservation single
          && single.getPath().toString().equals(path)) {
        return single;
      }
    }
    return null;
  }

  private boolean fail(String endpoint, long requestId, Lwm2mFailure failure, String message) {
    return lanes.deliver(
        endpoint, listener -> listener.onFailure(endpoint, requestId, failure, message));
  }

  private static Lwm2mFailure failureOf(Exception error) {
    return error instanceof TimeoutException ? Lwm2mFailure.TIMEOUT : Lwm2mFailure.SEND_FAILED;
  }

  boolean runOnLane(String endpoint, Runnable task) {
    return lanes.runOnLane(endpoint, task);
  }
}
