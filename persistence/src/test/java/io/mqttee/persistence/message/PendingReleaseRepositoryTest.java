// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.persistence.H2Database;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PendingReleaseRepositoryTest {
  private final H2Database db = H2Database.inMemory();

  @AfterEach
  void close() {
    db.close();
  }

  private void insert(PendingRelease... rows) {
    db.inTransaction(
        em -> {
          PendingReleaseRepository repo = new PendingReleaseRepository(em);
          Arrays.stream(rows).forEach(repo::insert);
        });
  }

  private List<String> all() {
    return db.call(em -> new PendingReleaseRepository(em).findAll()).stream()
        .map(p -> p.getClientId() + ":" + p.getPacketId())
        .toList();
  }

  @Test
  void returnsEachClientsPacketIdsInOrder() {
    insert(
        new PendingRelease("b", 1),
        new PendingRelease("a", 300),
        new PendingRelease("a", 7),
        new PendingRelease("a", 65535));

    assertEquals(List.of("a:7", "a:300", "a:65535", "b:1"), all());
  }

  @Test
  void recordsTheSameIdTwiceAsOne() {
    // a resent PUBLISH (DUP) before PUBREL is PUBRECed again
    insert(new PendingRelease("c", 5));
    insert(new PendingRelease("c", 5));
    db.inTransaction(
        em -> {
          PendingReleaseRepository repo = new PendingReleaseRepository(em);
          repo.insert(new PendingRelease("c", 6));
          repo.insert(new PendingRelease("c", 6));
        });

    assertEquals(List.of("c:5", "c:6"), all());
  }

  @Test
  void deletesOneIdOrAllOfAClient() {
    insert(
        new PendingRelease("c", 1),
        new PendingRelease("c", 2),
        new PendingRelease("c", 3),
        new PendingRelease("d", 1));

    db.inTransaction(em -> new PendingReleaseRepository(em).delete("c", 2));
    db.inTransaction(em -> new PendingReleaseRepository(em).delete("c", 99));
    assertEquals(List.of("c:1", "c:3", "d:1"), all());

    db.inTransaction(em -> new PendingReleaseRepository(em).deleteAllOf("c"));
    assertEquals(List.of("d:1"), all());
  }

  @Test
  void recordsAnIdAgainAfterItWasReleasedInTheSameTransaction() {
    db.inTransaction(
        em -> {
          PendingReleaseRepository repo = new PendingReleaseRepository(em);
          repo.insert(new PendingRelease("c", 1));
          repo.delete("c", 1);
          repo.insert(new PendingRelease("c", 1));
        });
    assertEquals(List.of("c:1"), all());

    db.inTransaction(
        em -> {
          PendingReleaseRepository repo = new PendingReleaseRepository(em);
          repo.insert(new PendingRelease("c", 2));
          repo.deleteAllOf("c");
          repo.insert(new PendingRelease("c", 3));
        });
    assertEquals(List.of("c:3"), all());
  }
}
