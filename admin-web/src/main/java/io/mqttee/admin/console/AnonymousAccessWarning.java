// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import io.mqttee.broker.admin.BrokerAdmin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Whether the console warns that clients without a user name may connect. */
@Named
@RequestScoped
public class AnonymousAccessWarning {

  @Inject private BrokerAdmin admin;

  // Not cached: a page that switches it re-renders the warning in the same request.
  public boolean isShown() {
    return admin.access().allowAnonymous();
  }
}
