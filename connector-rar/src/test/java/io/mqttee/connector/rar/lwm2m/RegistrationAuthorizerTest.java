// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.lwm2m;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.InetSocketAddress;
import java.util.EnumSet;
import java.util.Map;
import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.request.BindingMode;
import org.eclipse.leshan.core.request.Identity;
import org.eclipse.leshan.core.request.RegisterRequest;
import org.eclipse.leshan.server.registration.Registration;
import org.eclipse.leshan.server.security.InMemorySecurityStore;
import org.eclipse.leshan.server.security.NonUniqueSecurityInfoException;
import org.eclipse.leshan.server.security.SecurityInfo;
import org.junit.jupiter.api.Test;

/** Who may register: certificate devices by their common name, PSK devices, lifetime limits. */
class RegistrationAuthorizerTest {

  private static final InetSocketAddress DEVICE = new InetSocketAddress("127.0.0.1", 40000);

  private final InMemorySecurityStore store = new InMemorySecurityStore();

  private static Registration register(
      RegistrationAuthorizer authorizer, String endpoint, Long lifetime, Identity sender) {
    RegisterRequest request =
        new RegisterRequest(
            endpoint,
            lifetime,
            "1.1",
            EnumSet.of(BindingMode.U),
            null,
            null,
            new Link[] {new Link("/3/0")},
            Map.of());
    Registration registration =
        new Registration.Builder("reg-1", endpoint, sender).lifeTimeInSec(lifetime).build();
    return authorizer.isAuthorized(request, registration, sender);
  }

  @Test
  void aTrustedCertificateRegistersOnlyUnderItsCommonName() {
    RegistrationAuthorizer authorizer = new RegistrationAuthorizer(store, true, 1, 3600);
    Identity sensor = Identity.x509(DEVICE, "sensor-42");

    assertNotNull(register(authorizer, "sensor-42", 300L, sensor));
    assertNull(register(authorizer, "sensor-43", 300L, sensor));
  }

  @Test
  void certificatesAreRefusedWhenNoneAreTrusted() {
    RegistrationAuthorizer authorizer = new RegistrationAuthorizer(store, false, 1, 3600);

    assertNull(register(authorizer, "sensor-42", 300L, Identity.x509(DEVICE, "sensor-42")));
  }

  @Test
  void anEndpointWithAPreSharedKeyMustPresentItEvenWithACertificate()
      throws NonUniqueSecurityInfoException {
    store.add(SecurityInfo.newPreSharedKeyInfo("sensor-42", "id-42", new byte[] {1, 2, 3}));
    RegistrationAuthorizer authorizer = new RegistrationAuthorizer(store, true, 1, 3600);

    assertNull(register(authorizer, "sensor-42", 300L, Identity.x509(DEVICE, "sensor-42")));
    assertNotNull(register(authorizer, "sensor-42", 300L, Identity.psk(DEVICE, "id-42")));
  }

  @Test
  void aLifetimeOutsideTheLimitsIsRefused() {
    RegistrationAuthorizer authorizer = new RegistrationAuthorizer(store, true, 10, 3600);
    Identity plain = Identity.unsecure(DEVICE);

    assertNull(register(authorizer, "plain-1", 9L, plain));
    assertNull(register(authorizer, "plain-1", 3601L, plain));
    assertNotNull(register(authorizer, "plain-1", 10L, plain));
    // without "lt" the registration lives 86400 s, above this maximum
    assertNull(register(authorizer, "plain-1", null, plain));
  }
}
