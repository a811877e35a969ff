// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.persistence.H2Database;
import io.mqttee.persistence.session.SessionSubscription.Options;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class SessionSubscriptionRepositoryTest {
  private static final Options QOS1 = new Options(1, false, false, 0);
  private final H2Database db = H2Database.inMemory();

  @AfterEach
  void close() {
    db.close();
  }

  private void save(SessionSubscription s) {
    db.inTransaction(em -> new SessionSubscriptionRepository(em).save(s));
  }

  private List<SessionSubscription> all() {
    return db.call(em -> new SessionSubscriptionRepository(em).findAll());
  }

  @Test
  void keepsOrdinaryAndSharedSubscriptionsToTheSameFilterApart() {
    save(new SessionSubscription("c", "a/+", null, QOS1, 0));
    save(new SessionSubscription("c", "a/+", "g1", QOS1, 0));

    List<SessionSubscription> subs = all();
    assertEquals(2, subs.size());
    assertNull(subs.get(0).getShareGroup());
    assertEquals("g1", subs.get(1).getShareGroup());
  }

  @Test
  void replacesTheOptionsOfTheSameFilter() {
    // MQTT-3.8.4-3: a SUBSCRIBE to an existing filter replaces that subscription
    save(new SessionSubscription("c", "a/#", null, QOS1, 0));
    save(new SessionSubscription("c", "a/#", null, new Options(2, true, true, 2), 7));

    List<SessionSubscription> subs = all();
    assertEquals(1, subs.size());
    assertEquals(new Options(2, true, true, 2), subs.get(0).getOptions());
    assertEquals(7, subs.get(0).getIdentifier());
  }

  @Test
  void deletesOneSubscriptionByFilterAndGroup() {
    save(new SessionSubscription("c", "a", null, QOS1, 0));
    save(new SessionSubscription("c", "a", "g", QOS1, 0));

    assertTrue(db.<Boolean>call(em -> new SessionSubscriptionRepository(em).delete("c", "a", "g")));

    List<SessionSubscription> subs = all();
    assertEquals(1, subs.size());
    assertNull(subs.get(0).getShareGroup());
  }

  @Test
  void deletesAllSubscriptionsOfOneClientOnly() {
    save(new SessionSubscription("c", "a", null, QOS1, 0));
    save(new SessionSubscription("c", "b", null, QOS1, 0));
    save(new SessionSubscription("d", "a", null, QOS1, 0));

    assertEquals(2, db.<Integer>call(em -> new SessionSubscriptionRepository(em).deleteAllOf("c")));

    assertEquals(List.of("d"), all().stream().map(SessionSubscription::getClientId).toList());
  }
}
