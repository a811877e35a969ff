// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class FlowControlTest {

  private static final long MS = 1_000_000L;

  @Test
  void creditIsTheWindowMinusMessagesNotYetDeliveredToEverySubscriber() {
    FlowControl flow = new FlowControl(1_000_000, 20, 1000, 0, 0);
    assertEquals(20, flow.credit(0, 0, 0));
    assertEquals(5, flow.credit(15, 0, MS));
    assertEquals(15, flow.credit(15, 10_000, 2 * MS));
  }

  @Test
  void neverExceedsTheMessageLimit() {
    FlowControl flow = new FlowControl(100, 1_000, 1, 0, 0);
    assertEquals(10, flow.credit(90, 90, 0));
    assertEquals(0, flow.credit(100, 100, MS));
  }

  @Test
  void pacesToTheConfiguredRate() {
    FlowControl flow = new FlowControl(1_000_000, 1_000, 1, 1_000, 0);
    assertEquals(1, flow.credit(0, 0, 0));
    flow.sent(1);
    assertEquals(0, flow.credit(1, 1, MS / 2));
    assertEquals(3, flow.credit(1, 1, 3 * MS));
  }

  @Test
  void reopensTheWindowAfterASecondWithoutDeliveries() {
    FlowControl flow = new FlowControl(1_000_000, 10, 1, 0, 0);
    assertEquals(0, flow.credit(10, 0, 500 * MS));
    assertEquals(10, flow.credit(10, 0, 1_100 * MS));
    assertEquals(1, flow.stalls());
    assertEquals(0, flow.credit(20, 0, 1_200 * MS));
  }

  @Test
  void reopensTheWindowWhenDroppedMessagesLeaveLessThanABatchOfRoom() {
    FlowControl flow = new FlowControl(1_000_000, 500, 1, 0, 0);
    assertEquals(0, flow.credit(480, 0, 500 * MS), "20 free, the batch is 62: wait");
    assertEquals(500, flow.credit(480, 0, 1_100 * MS));
    assertEquals(1, flow.stalls());
    assertEquals(0, flow.credit(480 + 460, 0, 1_200 * MS));
    assertEquals(1, flow.stalls());
  }
}
