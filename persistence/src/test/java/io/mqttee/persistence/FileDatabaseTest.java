// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.persistence.session.PersistentSession;
import io.mqttee.persistence.session.PersistentSessionRepository;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class FileDatabaseTest {

  @Test
  void keepsRowsWhenTheSchemaIsUpdatedOnRestart(@TempDir Path dir) {
    String file = dir.resolve("mqttee").toString();
    try (H2Database db = H2Database.onFile(file)) {
      db.inTransaction(
          em -> new PersistentSessionRepository(em).save(new PersistentSession("c1", 5, 60, 0)));
    }
    try (H2Database db = H2Database.onFile(file)) {
      List<PersistentSession> sessions =
          db.call(em -> new PersistentSessionRepository(em).findAll());
      assertEquals(1, sessions.size());
      assertEquals(60, sessions.get(0).getExpiryIntervalSeconds());
    }
  }
}
