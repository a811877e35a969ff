// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

/** An administrator's request that cannot be carried out as given; the message says why. */
public class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String reason) {
    super(reason);
  }
}
