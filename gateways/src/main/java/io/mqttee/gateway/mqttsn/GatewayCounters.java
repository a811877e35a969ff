// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.mqttsn;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;

/** The gateway's counters, for $SYS/broker/mqtt-sn/... Thread-safe. */
public final class GatewayCounters {

  private final LongAdder received = new LongAdder();
  private final LongAdder sent = new LongAdder();
  private final LongAdder dropped = new LongAdder();

  void received() {
    received.increment();
  }

  void sent() {
    sent.increment();
  }

  void dropped() {
    dropped.increment();
  }

  public long receivedCount() {
    return received.sum();
  }

  public long sentCount() {
    return sent.sum();
  }

  public long droppedCount() {
    return dropped.sum();
  }

  /** The values by $SYS topic, with the number of clients the gateway holds now. */
  Map<String, String> sysValues(IntSupplier clients) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("$SYS/broker/mqtt-sn/datagrams/received", Long.toString(receivedCount()));
    values.put("$SYS/broker/mqtt-sn/datagrams/sent", Long.toString(sentCount()));
    values.put("$SYS/broker/mqtt-sn/datagrams/dropped", Long.toString(droppedCount()));
    values.put("$SYS/broker/mqtt-sn/clients", Integer.toString(clients.getAsInt()));
    return values;
  }
}
