// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import io.mqttee.broker.store.jpa.StoreOperation.CompleteMessage;
import io.mqttee.broker.store.jpa.StoreOperation.MarkReceived;
import io.mqttee.broker.store.jpa.StoreOperation.MarkSent;
import io.mqttee.broker.store.jpa.StoreOperation.MessageKey;
import io.mqttee.broker.store.jpa.StoreOperation.QueueMessage;
import io.mqttee.broker.store.jpa.StoreOperation.RemoveSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Shrinks one batch without changing what it leaves in the database: a message queued in the batch
 * takes in its later sent and PUBREC updates, and disappears with them when it completes in the
 * same batch, the usual fate of a QoS 1 message to an online persistent session. Only the queued
 * message's own row is affected, and a session removal (which deletes that row anyway) ends folding
 * for the client, so moving the updates forward cannot change the outcome.
 */
final class OperationCoalescer {

  private OperationCoalescer() {}

  static List<StoreOperation> coalesce(List<StoreOperation> operations) {
    List<StoreOperation> out = new ArrayList<>(operations.size());
    Map<MessageKey, Integer> queuedAt = new HashMap<>();
    for (StoreOperation op : operations) {
      if (op instanceof QueueMessage q) {
        queuedAt.put(q.key(), out.size());
        out.add(q);
        continue;
      }
      Integer at = queuedAt.get(messageKey(op));
      if (at == null) {
        if (op instanceof RemoveSession rs) {
          queuedAt.keySet().removeIf(k -> k.clientId().equals(rs.clientId()));
        }
        out.add(op);
      } else if (op instanceof MarkSent s) {
        out.set(at, ((QueueMessage) out.get(at)).sentWith(s.packetId()));
      } else if (op instanceof MarkReceived) {
        out.set(at, ((QueueMessage) out.get(at)).asReceived());
      } else {
        queuedAt.remove(messageKey(op));
        out.set(at, null);
      }
    }
    out.removeIf(Objects::isNull);
    return out;
  }

  /** The message a sent, PUBREC or completion update concerns; null for other operations. */
  private static MessageKey messageKey(StoreOperation op) {
    if (op instanceof MarkSent s) {
      return new MessageKey(s.clientId(), s.sequence());
    } else if (op instanceof MarkReceived r) {
      return new MessageKey(r.clientId(), r.sequence());
    } else if (op instanceof CompleteMessage c) {
      return new MessageKey(c.clientId(), c.sequence());
    }
    return null;
  }
}
