// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.bench.wire.PublishTemplate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class DeliveryLedgerTest {

  @Test
  void aMessageCountsOnceInAnyOrder() {
    DeliveryLedger ledger = new DeliveryLedger(2);
    assertTrue(ledger.firstDelivery(PublishTemplate.tag(0, 5)));
    assertTrue(ledger.firstDelivery(PublishTemplate.tag(1, 5)));
    assertTrue(ledger.firstDelivery(PublishTemplate.tag(0, 1_000_000)));
    assertTrue(ledger.firstDelivery(PublishTemplate.tag(0, 4)));
    assertFalse(ledger.firstDelivery(PublishTemplate.tag(0, 5)));
    assertFalse(ledger.firstDelivery(PublishTemplate.tag(1, 5)));
    assertFalse(ledger.firstDelivery(PublishTemplate.tag(0, 1_000_000)));
  }

  @Test
  void aTagNoPublisherOfTheRunWroteCountsAsNew() {
    DeliveryLedger ledger = new DeliveryLedger(1);
    assertTrue(ledger.firstDelivery(PublishTemplate.tag(3, 0)));
    assertTrue(ledger.firstDelivery(PublishTemplate.tag(3, 0)));
    assertTrue(ledger.firstDelivery(PublishTemplate.tag(-1, 0)));
    assertTrue(ledger.firstDelivery(PublishTemplate.tag(0, -7)));
  }
}
