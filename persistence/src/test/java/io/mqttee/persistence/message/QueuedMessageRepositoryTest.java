// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.persistence.H2Database;
import io.mqttee.persistence.message.QueuedMessage.Content;
import jakarta.persistence.PersistenceException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class QueuedMessageRepositoryTest {
  private final H2Database db = H2Database.inMemory();

  @AfterEach
  void close() {
    db.close();
  }

  private static QueuedMessage message(String client, long seq) {
    byte[] payload = {(byte) seq};
    return new QueuedMessage(
        client, seq, new Content("t/" + seq, 1, false, payload, null), 0, false);
  }

  private void save(QueuedMessage... messages) {
    db.inTransaction(
        em -> {
          QueuedMessageRepository repo = new QueuedMessageRepository(em);
          Arrays.stream(messages).forEach(repo::save);
        });
  }

  private List<QueuedMessage> all() {
    return db.call(em -> new QueuedMessageRepository(em).findAll());
  }

  @Test
  void returnsEachClientsMessagesInSequenceOrder() {
    save(message("b", 1), message("a", 10), message("a", 2), message("a", 300));

    List<String> order = all().stream().map(m -> m.getClientId() + m.getSequence()).toList();
    assertEquals(List.of("a2", "a10", "a300", "b1"), order);
  }

  @Test
  void keepsLargePayloadsAndPropertiesByteForByte() {
    byte[] payload = new byte[3 * 1024 * 1024];
    Arrays.fill(payload, (byte) 0x5a);
    payload[payload.length - 1] = 1;
    byte[] properties = {1, 2, 3, 0, -1};
    save(new QueuedMessage("c", 1, new Content("big", 2, true, payload, properties), 0, false));

    Content stored = all().get(0).getContent();
    assertArrayEquals(payload, stored.payload());
    assertArrayEquals(properties, stored.properties());
    assertEquals(2, stored.qos());
    assertTrue(stored.retain());
  }

  @Test
  void keepsAbsentPropertiesAsNullAndAnEmptyPayload() {
    save(new QueuedMessage("c", 1, new Content("t", 1, false, new byte[0], null), 0, false));

    Content stored = all().get(0).getContent();
    assertNull(stored.properties());
    assertEquals(0, stored.payload().length);
  }

  @Test
  void recordsThePacketIdAndPubrec() {
    save(message("c", 1));

    assertTrue(db.<Boolean>call(em -> new QueuedMessageRepository(em).markSent("c", 1, 42)));
    assertTrue(db.<Boolean>call(em -> new QueuedMessageRepository(em).markReceived("c", 1)));
    assertFalse(db.<Boolean>call(em -> new QueuedMessageRepository(em).markSent("c", 2, 43)));

    QueuedMessage stored = all().get(0);
    assertEquals(42, stored.getPacketId());
    assertTrue(stored.isReceived());
  }

  @Test
  void refusesToInsertASequenceThatIsStored() {
    save(message("c", 1));

    assertThrows(
        PersistenceException.class,
        () -> db.inTransaction(em -> new QueuedMessageRepository(em).insert(message("c", 1))));
    assertEquals(1, all().size());
  }

  @Test
  void deletesOneMessageOrAClientsWholeQueue() {
    save(message("c", 1), message("c", 2), message("c", 3), message("d", 1));

    assertTrue(db.<Boolean>call(em -> new QueuedMessageRepository(em).delete("c", 2)));
    assertEquals(2, db.<Integer>call(em -> new QueuedMessageRepository(em).deleteAllOf("c")));

    assertEquals(List.of("d"), all().stream().map(QueuedMessage::getClientId).toList());
  }

  @Test
  void insertsTheSameSequenceAgainAfterTheQueueWasDeletedInTheSameTransaction() {
    db.inTransaction(
        em -> {
          QueuedMessageRepository repo = new QueuedMessageRepository(em);
          repo.insert(message("c", 1));
          repo.markSent("c", 1, 5);
          repo.deleteAllOf("c");
          repo.insert(message("c", 1));
        });

    List<QueuedMessage> stored = all();
    assertEquals(1, stored.size());
    assertEquals(0, stored.get(0).getPacketId());
  }
}
