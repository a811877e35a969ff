// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class DiscardingMessageStoreTest {

  @Test
  void runsDurabilityActionsAtOnceAndLoadsNothing() {
    DiscardingMessageStore store = new DiscardingMessageStore();
    AtomicBoolean ran = new AtomicBoolean();
    store.messageCompleted("c", 1);

    store.whenDurable(() -> ran.set(true), () -> {});

    assertTrue(ran.get());
    assertTrue(store.load().sessions().isEmpty());
  }
}
