// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import jakarta.ejb.ApplicationException;

/**
 * A store transaction rolled back. An application exception, so the container rolls back without
 * logging a stack trace of its own: the writer logs the failure once, with its context.
 */
@ApplicationException(rollback = true)
public class StoreWriteFailed extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreWriteFailed(String message, Throwable cause) {
    super(message, cause);
  }
}
