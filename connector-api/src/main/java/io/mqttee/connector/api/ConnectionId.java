// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.api;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Names one client connection for its whole life, whatever transport carries it (TCP, TLS,
 * WebSocket, a gateway). Ids are never reused while the application runs.
 */
public record ConnectionId(long value) {

  private static final AtomicLong NEXT = new AtomicLong();

  /** A fresh id; this class lives in the EAR's lib/, so every transport shares the sequence. */
  public static ConnectionId next() {
    return new ConnectionId(NEXT.incrementAndGet());
  }

  @Override
  public String toString() {
    return "conn-" + value;
  }
}
