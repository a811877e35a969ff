// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.lwm2m;

import org.eclipse.leshan.core.request.Identity;
import org.eclipse.leshan.core.request.RegisterRequest;
import org.eclipse.leshan.core.request.UpdateRequest;
import org.eclipse.leshan.core.request.UplinkRequest;
import org.eclipse.leshan.server.registration.Registration;
import org.eclipse.leshan.server.security.Authorizer;
import org.eclipse.leshan.server.security.DefaultAuthorizer;
import org.eclipse.leshan.server.security.SecurityStore;

/**
 * Who may register, and for how long. A device with an X.509 certificate that the DTLS handshake
 * verified against the trusted certificates registers under the endpoint name its certificate's
 * common name gives, and no other (OMA LWM2M 1.1 Transport, section 5.2.8.4); every other device
 * passes Leshan's check (a device with a PSK must present it). Then the configured lifetime limits:
 * a Register outside them is refused (Leshan answers 4.03), an Update too (4.00).
 */
final class RegistrationAuthorizer implements Authorizer {

  private final SecurityStore store;
  private final Authorizer security;
  private final boolean trustsCertificates;
  private final long min;
  private final long max;

  RegistrationAuthorizer(SecurityStore store, boolean trustsCertificates, long min, long max) {
    this.store = store;
    this.security = new DefaultAuthorizer(store);
    this.trustsCertificates = trustsCertificates;
    this.min = min;
    this.max = max;
  }

  @Override
  public Registration isAuthorized(
      UplinkRequest<?> request, Registration registration, Identity sender) {
    Long lifetime = null;
    if (request instanceof RegisterRequest) {
      // the lifetime the registration got: a Register without "lt" gets Leshan's 86400 s
      lifetime = registration.getLifeTimeInSec();
    } else if (request instanceof UpdateRequest update) {
      lifetime = update.getLifeTimeInSec();
    }
    if (lifetime != null && (lifetime < min || lifetime > max)) {
      return null;
    }
    if (certificateDevice(registration.getEndpoint(), sender)) {
      return registration.getEndpoint().equals(sender.getX509CommonName()) ? registration : null;
    }
    return security.isAuthorized(request, registration, sender);
  }

  /** A device that authenticated with a trusted certificate and has no PSK entry of its own. */
  private boolean certificateDevice(String endpoint, Identity sender) {
    return trustsCertificates && sender.isX509() && store.getByEndpoint(endpoint) == null;
  }
}
