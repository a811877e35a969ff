// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.schema;

/** The schema could not be brought up to date; the store must not be used. */
public class SchemaMigrationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SchemaMigrationException(String message, Throwable cause) {
    super(message, cause);
  }

  public SchemaMigrationException(String message) {
    super(message);
  }
}
