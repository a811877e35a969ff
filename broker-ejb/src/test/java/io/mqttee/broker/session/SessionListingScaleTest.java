// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.admin.ClientAdmin;
import io.mqttee.broker.admin.ClientQuery;
import io.mqttee.broker.admin.ClientView;
import io.mqttee.broker.admin.Page;
import io.mqttee.broker.admin.PageRequest;
import io.mqttee.broker.store.StoreSnapshot;
import io.mqttee.broker.store.StoreSnapshot.SessionState;
import io.mqttee.broker.store.StoredSession;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Listing 100 000 sessions page by page, as the console does, stays fast. */
@Tag("unit")
class SessionListingScaleTest {
  private static final int SESSIONS = 100_000;

  private final Harness h = new Harness();
  private final ClientAdmin admin = h.core.clientAdministration();

  SessionListingScaleTest() {
    List<SessionState> states = new ArrayList<>(SESSIONS);
    for (int i = SESSIONS - 1; i >= 0; i--) {
      StoredSession session = new StoredSession(clientId(i), 4, SessionRegistry.NEVER_EXPIRES, 1);
      states.add(new SessionState(session, List.of(), List.of()));
    }
    h.sessions().restore(new StoreSnapshot(states, List.of()));
  }

  private static String clientId(int i) {
    return String.format("client-%06d", i);
  }

  @Test
  void listsOneHundredThousandSessionsPageByPageInWellUnderASecond() {
    int limit = PageRequest.DEFAULT_LIMIT;
    long started = System.nanoTime();
    int seen = 0;
    for (int page = 1; seen < SESSIONS; page++) {
      Page<ClientView> clients = admin.clients(ClientQuery.ALL, new PageRequest(page, limit));
      assertEquals(SESSIONS, clients.total());
      for (ClientView client : clients.items()) {
        assertEquals(clientId(seen++), client.clientId());
      }
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    assertTrue(millis < 1000, "listing " + SESSIONS + " sessions took " + millis + " ms");
  }

  @Test
  void aFilteredPageOfOneHundredThousandSessionsIsFast() {
    long started = System.nanoTime();
    Page<ClientView> page =
        admin.clients(new ClientQuery("-0999", null, null, null, false), PageRequest.first(1000));
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    assertEquals(100, page.total());
    assertEquals(clientId(99_900), page.items().get(0).clientId());
    assertTrue(millis < 500, "one filtered page took " + millis + " ms");
  }
}
