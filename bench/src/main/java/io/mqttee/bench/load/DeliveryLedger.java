// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.load;

import io.mqttee.bench.wire.PublishTemplate;
import java.util.BitSet;

/**
 * The messages one subscriber has received, by their {@link PublishTemplate#tag tag}, so that a
 * message delivered twice counts once: a broker that duplicates some messages and drops others must
 * not come out as losing nothing. One bit per message per publisher; used by the subscriber thread
 * only.
 */
final class DeliveryLedger {

  private final BitSet[] seen;

  DeliveryLedger(int publishers) {
    seen = new BitSet[publishers];
    for (int i = 0; i < publishers; i++) {
      seen[i] = new BitSet();
    }
  }

  /**
   * Records a delivery; true the first time this subscriber receives the message, false for a
   * repeat. A tag that no publisher of this run can have written counts as a first delivery.
   */
  boolean firstDelivery(long tag) {
    int publisher = PublishTemplate.publisherOf(tag);
    int sequence = PublishTemplate.sequenceOf(tag);
    if (publisher < 0 || publisher >= seen.length || sequence < 0) {
      return true;
    }
    BitSet bits = seen[publisher];
    if (bits.get(sequence)) {
      return false;
    }
    bits.set(sequence);
    return true;
  }
}
