// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

/** The thing a request would create exists already. */
public class ConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String what) {
    super(what);
  }
}
