// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class TrafficMeterTest {

  @Test
  void snapshotCountsBytesAndPacketsEachWay() {
    TrafficMeter meter = new TrafficMeter();
    meter.received(100);
    meter.received(20);
    meter.decoded(3);
    meter.sent(40, 2);

    assertEquals(new TrafficCounters(120, 40, 3, 2), meter.snapshot());
  }

  @Test
  void twoTransportsAddUp() {
    TrafficCounters tcp = new TrafficCounters(1, 2, 3, 4);
    TrafficCounters webSocket = new TrafficCounters(10, 20, 30, 40);

    assertEquals(new TrafficCounters(11, 22, 33, 44), tcp.plus(webSocket));
  }
}
