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
 * Leshan's security check (a device with a PSK must present it), then the configured lifetime
 * limits: a Register or Update with a lifetime outside them is refused (4.03).
 */
final class LifetimeAuthorizer implements Authorizer {

  private final Authorizer security;
  private final long min;
  private final long max;

  LifetimeAuthorizer(SecurityStore store, long min, long max) {
    this.security = new DefaultAuthorizer(store);
    this.min = min;
    this.max = max;
  }

  @Override
  public Registration isAuthorized(
      UplinkRequest<?> request, Registration registration, Identity sender) {
    Long lifetime = null;
    if (request instanceof RegisterRequest register) {
      lifetime = register.getLifetime();
    } else if (request instanceof UpdateRequest update) {
      lifetime = update.getLifeTimeInSec();
    }
    if (lifetime != null && (lifetime < min || lifetime > max)) {
      return null;
    }
    return security.isAuthorized(request, registration, sender);
  }
}
