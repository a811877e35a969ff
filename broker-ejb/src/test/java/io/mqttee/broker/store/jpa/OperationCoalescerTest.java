// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.broker.store.StoredSession;
import io.mqttee.broker.store.jpa.StoreOperation.CompleteMessage;
import io.mqttee.broker.store.jpa.StoreOperation.MarkReceived;
import io.mqttee.broker.store.jpa.StoreOperation.MarkSent;
import io.mqttee.broker.store.jpa.StoreOperation.QueueMessage;
import io.mqttee.broker.store.jpa.StoreOperation.RemoveRetained;
import io.mqttee.broker.store.jpa.StoreOperation.RemoveSession;
import io.mqttee.broker.store.jpa.StoreOperation.SaveSession;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class OperationCoalescerTest {
  private static final Publish MESSAGE =
      new Publish("t", QoS.EXACTLY_ONCE, false, false, 0, new byte[] {1}, MqttProperties.EMPTY);

  private static QueueMessage queued(String client, long seq) {
    return new QueueMessage(client, seq, MESSAGE, 0, false);
  }

  @Test
  void dropsAMessageQueuedAndCompletedInOneBatch() {
    List<StoreOperation> ops =
        List.of(queued("c", 1), new MarkSent("c", 1, 7), new CompleteMessage("c", 1));

    assertEquals(List.of(), OperationCoalescer.coalesce(ops));
  }

  @Test
  void foldsSentAndPubrecIntoTheQueuedMessage() {
    List<StoreOperation> ops =
        List.of(queued("c", 1), new MarkSent("c", 1, 7), new MarkReceived("c", 1));

    assertEquals(
        List.of(new QueueMessage("c", 1, MESSAGE, 7, true)), OperationCoalescer.coalesce(ops));
  }

  @Test
  void keepsUpdatesOfMessagesQueuedInAnEarlierBatch() {
    List<StoreOperation> ops =
        List.of(new MarkSent("c", 1, 7), new MarkReceived("c", 1), new CompleteMessage("c", 1));

    assertEquals(ops, OperationCoalescer.coalesce(ops));
  }

  @Test
  void keepsTheOrderOfEverythingItDoesNotFold() {
    StoreOperation save = new SaveSession(new StoredSession("c", 5, 60, 0), null);
    StoreOperation retained = new RemoveRetained("r");
    List<StoreOperation> ops =
        List.of(save, queued("c", 1), retained, queued("c", 2), new CompleteMessage("c", 1));

    assertEquals(List.of(save, retained, queued("c", 2)), OperationCoalescer.coalesce(ops));
  }

  @Test
  void doesNotFoldAcrossASessionRemoval() {
    List<StoreOperation> ops =
        List.of(queued("c", 1), new RemoveSession("c"), new CompleteMessage("c", 1));

    assertEquals(ops, OperationCoalescer.coalesce(ops));
  }

  @Test
  void foldsIntoTheMessageQueuedAgainAfterASessionRemoval() {
    List<StoreOperation> ops =
        List.of(
            queued("c", 1),
            new RemoveSession("c"),
            queued("c", 1),
            new MarkSent("c", 1, 3),
            new CompleteMessage("c", 1));

    assertEquals(List.of(queued("c", 1), new RemoveSession("c")), OperationCoalescer.coalesce(ops));
  }

  @Test
  void keepsMessagesOfOtherClientsApart() {
    List<StoreOperation> ops = List.of(queued("a", 1), new CompleteMessage("b", 1));

    assertEquals(ops, OperationCoalescer.coalesce(ops));
  }
}
