// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ResultLineTest {

  @Test
  void writesKeyValuePairsInInsertionOrderWithoutSpacesInValues() {
    ResultLine line =
        new ResultLine()
            .put("scenario", "fanin")
            .put("qos", 1)
            .put("rate", 1234.567)
            .put("broker", "a b");
    assertEquals("RESULT scenario=fanin qos=1 rate=1234.57 broker=a_b", line.toString());
  }
}
