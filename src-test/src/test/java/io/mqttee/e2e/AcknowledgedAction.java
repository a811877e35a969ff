// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import io.mqttee.e2e.support.RawSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One kind of acknowledged action of a crash round ({@link CrashSafetyIT}): set up, done until its
 * last acknowledgement has arrived, and, after the server was killed and started again, checked for
 * the state that acknowledgement promised.
 */
abstract class AcknowledgedAction implements AutoCloseable {

  private final String promise;
  private final List<RawSession> kept = new ArrayList<>();

  /** {@code promise}: what the acknowledgement promises, with the MQTT statements behind it. */
  AcknowledgedAction(String promise) {
    this.promise = promise;
  }

  final String promise() {
    return promise;
  }

  /** Sets up what the action needs, before the round's actions start together. */
  void prepare() throws Exception {}

  /** Does the action; returns when its last acknowledgement has arrived. */
  abstract void act() throws Exception;

  /** After the restart: checks that what was acknowledged holds. */
  abstract void verify() throws Exception;

  /** Keeps a client connected until the round ends; the kill cuts its connection. */
  final RawSession keep(RawSession session) {
    kept.add(session);
    return session;
  }

  @Override
  public final void close() {
    for (RawSession session : kept) {
      try {
        session.close();
      } catch (IOException alreadyCut) {
        // the kill has ended the connection already
      }
    }
  }

  @Override
  public String toString() {
    return promise;
  }
}
