// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.persistence.H2Database;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PersistentSessionRepositoryTest {
  private final H2Database db = H2Database.inMemory();

  @AfterEach
  void close() {
    db.close();
  }

  private List<PersistentSession> all() {
    return db.call(em -> new PersistentSessionRepository(em).findAll());
  }

  @Test
  void replacesTheSessionOfTheSameClient() {
    db.inTransaction(
        em ->
            new PersistentSessionRepository(em)
                .save(new PersistentSession("c", 4, 0xFFFFFFFFL, 0)));
    db.inTransaction(
        em -> new PersistentSessionRepository(em).save(new PersistentSession("c", 5, 30, 1234)));

    List<PersistentSession> sessions = all();
    assertEquals(1, sessions.size());
    assertEquals(5, sessions.get(0).getProtocolLevel());
    assertEquals(30, sessions.get(0).getExpiryIntervalSeconds());
    assertEquals(1234, sessions.get(0).getDisconnectedAtMillis());
  }

  @Test
  void keepsTheNeverExpiringIntervalOfMqtt311() {
    db.inTransaction(
        em ->
            new PersistentSessionRepository(em)
                .save(new PersistentSession("c", 4, 0xFFFFFFFFL, 0)));

    assertEquals(0xFFFFFFFFL, all().get(0).getExpiryIntervalSeconds());
  }

  @Test
  void deletesOnlyTheGivenClient() {
    db.inTransaction(
        em -> {
          PersistentSessionRepository repo = new PersistentSessionRepository(em);
          repo.save(new PersistentSession("a", 4, 10, 0));
          repo.save(new PersistentSession("b", 4, 10, 0));
        });

    assertTrue(db.<Boolean>call(em -> new PersistentSessionRepository(em).delete("a")));
    assertFalse(db.<Boolean>call(em -> new PersistentSessionRepository(em).delete("a")));
    assertEquals(List.of("b"), all().stream().map(PersistentSession::getClientId).toList());
  }

  @Test
  void savesAgainAfterADeleteInTheSameTransaction() {
    db.inTransaction(
        em -> {
          PersistentSessionRepository repo = new PersistentSessionRepository(em);
          repo.save(new PersistentSession("c", 4, 10, 0));
          repo.delete("c");
          repo.save(new PersistentSession("c", 5, 20, 0));
        });

    assertEquals(20, all().get(0).getExpiryIntervalSeconds());
  }

  @Test
  void findsTheSessionsOneClusterNodeHoldsOrNoNodeHoldsAndAnotherNodeTakesOneOver() {
    db.inTransaction(
        em -> {
          PersistentSessionRepository repo = new PersistentSessionRepository(em);
          repo.save(new PersistentSession("a", 4, 10, 0, "node-1:5701"));
          repo.save(new PersistentSession("b", 4, 10, 0, "node-2:5701"));
          repo.save(new PersistentSession("c", 4, 10, 0, "node-1:5701"));
          repo.save(new PersistentSession("d", 4, 10, 0));
        });
    db.inTransaction(
        em ->
            new PersistentSessionRepository(em)
                .save(new PersistentSession("c", 5, 10, 0, "node-2:5701")));

    List<String> first =
        db.call(em -> new PersistentSessionRepository(em).findOwnedBy("node-1:5701")).stream()
            .map(PersistentSession::getClientId)
            .toList();
    assertEquals(List.of("a", "d"), first, "d was stored by a broker that ran alone");
    assertEquals(
        "node-2:5701",
        db.<PersistentSession>call(em -> new PersistentSessionRepository(em).find("c"))
            .getOwnerNode());
  }
}
