// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** The administrator logged in to the console. */
@Named
@RequestScoped
public class ConsoleUser {

  @Inject private SecurityContext security;

  /** The administrator's name; empty when nobody is logged in. */
  public String getName() {
    Principal caller = security.getCallerPrincipal();
    return caller == null ? "" : caller.getName();
  }
}
