// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.lwm2m;

import io.mqttee.connector.api.Lwm2mRegistration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.request.BindingMode;
import org.eclipse.leshan.server.registration.Registration;

/** Leshan's registrations as the contract's records. */
final class Registrations {

  private Registrations() {}

  static Lwm2mRegistration of(Registration registration) {
    String root = registration.getRootPath() == null ? "/" : registration.getRootPath();
    return new Lwm2mRegistration(
        registration.getEndpoint(),
        registration.getId(),
        registration.getLifeTimeInSec() == null ? 0 : registration.getLifeTimeInSec(),
        registration.getLwM2mVersion().toString(),
        binding(registration.getBindingMode()),
        registration.getSmsNumber(),
        root,
        objectPaths(registration.getSortedObjectLinks(), root),
        registration.getAdditionalRegistrationAttributes(),
        registration.getSocketAddress(),
        registration.getIdentity().isSecure());
  }

  private static String binding(EnumSet<BindingMode> modes) {
    return modes == null ? "" : BindingMode.toString(modes);
  }

  /** The object and instance links, without the root path, brackets and attributes. */
  private static List<String> objectPaths(Link[] links, String root) {
    List<String> paths = new ArrayList<>();
    String prefix = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    for (Link link : links) {
      String target = link.getUriReference();
      if (!prefix.isEmpty() && target.startsWith(prefix + "/")) {
        target = target.substring(prefix.length());
      }
      if (target.length() > 1 && !target.equals(root)) {
        paths.add(target);
      }
    }
    return paths;
  }
}
