// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

/** The client, user, rule, listener or other thing a request names does not exist. */
public class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String what) {
    super(what);
  }
}
