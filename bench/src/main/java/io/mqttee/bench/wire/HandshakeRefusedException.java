// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.wire;

/**
 * The broker refused a bench client's WebSocket upgrade, CONNECT or SUBSCRIBE; the run cannot
 * start.
 */
public final class HandshakeRefusedException extends RuntimeException {

  public HandshakeRefusedException(String message) {
    super(message);
  }
}
