// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.management;

import io.mqttee.broker.session.Session;
import io.mqttee.broker.session.SessionRegistry;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The sessions ordered by client id, for listings page by page. The order is computed once and
 * reused until a session is added or removed, so walking 100 000 sessions a page at a time sorts
 * them once; reading takes no lock a lane waits for.
 */
final class SortedSessions {
  private static final Comparator<Session> BY_CLIENT_ID = Comparator.comparing(Session::clientId);

  private final SessionRegistry registry;
  private volatile Snapshot last = new Snapshot(-1, new Session[0]);

  private record Snapshot(long changes, Session[] sessions) {}

  SortedSessions(SessionRegistry registry) {
    this.registry = registry;
  }

  /**
   * The sessions in client id order as of about now; do not modify the array. A session ended since
   * may still be in it, one opened since may be missing.
   */
  Session[] snapshot() {
    long changes = registry.changes(); // read before the sessions: a later change rebuilds
    Snapshot current = last;
    if (current.changes() == changes) {
      return current.sessions();
    }
    Session[] sessions = registry.all().toArray(new Session[0]);
    Arrays.sort(sessions, BY_CLIENT_ID);
    last = new Snapshot(changes, sessions);
    return sessions;
  }
}
