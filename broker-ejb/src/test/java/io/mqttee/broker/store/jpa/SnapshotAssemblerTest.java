// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.store.StoreSnapshot;
import io.mqttee.broker.store.StoreSnapshot.SessionState;
import io.mqttee.broker.store.StoredMessage;
import io.mqttee.broker.store.StoredSession;
import io.mqttee.broker.store.StoredSubscription;
import io.mqttee.persistence.message.PendingRelease;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class SnapshotAssemblerTest {
  private static final MqttProperties PROPS =
      new MqttProperties(List.of(new MqttProperties.Property(0x01, 1)));

  @Test
  void rebuildsSessionsWithTheirSubscriptionsAndMessagesInSequenceOrder() {
    StoredSubscription sub = new StoredSubscription("a/+", "g", 1, true, false, 2, 9);
    Publish m1 = new Publish("a/1", QoS.AT_LEAST_ONCE, false, false, 0, new byte[] {1}, PROPS);
    Publish m2 = new Publish("a/2", QoS.EXACTLY_ONCE, true, false, 0, new byte[] {2}, PROPS);

    StoreSnapshot snapshot =
        SnapshotAssembler.assemble(
            List.of(StoreRows.toRow(new StoredSession("c", 5, 60, 100), null)),
            List.of(StoreRows.toRow("c", sub), StoreRows.toRow("orphan", sub)),
            List.of(StoreRows.toRow("c", 1, m1, 0, false), StoreRows.toRow("c", 2, m2, 17, true)),
            List.of(new PendingRelease("c", 4), new PendingRelease("orphan", 5)),
            List.of(StoreRows.toRow(m1, 5000)));

    assertEquals(1, snapshot.sessions().size());
    SessionState state = snapshot.sessions().get(0);
    assertEquals(new StoredSession("c", 5, 60, 100), state.session());
    assertEquals(List.of(sub), state.subscriptions());
    assertEquals(List.of(4), state.awaitingRelease());
    List<StoredMessage> messages = state.messages();
    assertEquals(List.of(1L, 2L), messages.stream().map(StoredMessage::sequence).toList());
    StoredMessage second = messages.get(1);
    assertEquals(17, second.packetId());
    assertTrue(second.received());
    assertEquals(QoS.EXACTLY_ONCE, second.message().qos());
    assertArrayEquals(new byte[] {2}, second.message().payload());
    assertEquals(PROPS, second.message().properties());
    assertEquals(5000, snapshot.retained().get(0).expiresAtMillis());
    assertTrue(snapshot.retained().get(0).message().retain());
  }

  @Test
  void keepsAnOrdinarySubscriptionsShareGroupNull() {
    StoredSubscription sub = new StoredSubscription("x", null, 0, false, false, 0, 0);

    assertEquals(sub, StoreRows.fromRow(StoreRows.toRow("c", sub)));
  }
}
