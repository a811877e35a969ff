// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

/**
 * A field of a command that makes no valid request. Thrown from deep inside the request builders
 * and turned into a {@link CommandError} by {@link DownlinkRequests#translate}; it never leaves the
 * package, so it carries no stack trace.
 */
final class InvalidField extends RuntimeException {

  InvalidField(String message) {
    super(message, null, false, false);
  }
}
