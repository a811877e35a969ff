// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.retained;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.persistence.H2Database;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class RetainedMessageRepositoryTest {
  private final H2Database db = H2Database.inMemory();

  @AfterEach
  void close() {
    db.close();
  }

  private void save(RetainedMessage m) {
    db.inTransaction(em -> new RetainedMessageRepository(em).save(m));
  }

  private List<RetainedMessage> all() {
    return db.call(em -> new RetainedMessageRepository(em).findAll());
  }

  @Test
  void keepsOneMessagePerTopic() {
    // MQTT-3.3.1-5: a new retained message replaces the topic's previous one
    save(new RetainedMessage("a/b", 1, new byte[] {1}, null, 0));
    save(new RetainedMessage("a/b", 2, new byte[] {2}, new byte[] {9}, 5000));
    save(new RetainedMessage("a/c", 0, new byte[] {3}, null, 0));

    List<RetainedMessage> stored = all();
    assertEquals(2, stored.size());
    RetainedMessage ab = stored.get(0);
    assertEquals("a/b", ab.getTopic());
    assertEquals(2, ab.getQos());
    assertArrayEquals(new byte[] {2}, ab.getPayload());
    assertArrayEquals(new byte[] {9}, ab.getProperties());
    assertEquals(5000, ab.getExpiresAtMillis());
  }

  @Test
  void deletesTheTopicsMessage() {
    save(new RetainedMessage("a", 1, new byte[] {1}, null, 0));
    save(new RetainedMessage("b", 1, new byte[] {1}, null, 0));

    assertTrue(db.<Boolean>call(em -> new RetainedMessageRepository(em).delete("a")));

    assertEquals(List.of("b"), all().stream().map(RetainedMessage::getTopic).toList());
  }
}
