// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.wire;

/** The broker sent bytes that are not an MQTT (or WebSocket) frame; the run stops. */
public final class MalformedFrameException extends RuntimeException {

  public MalformedFrameException(String message) {
    super(message);
  }
}
