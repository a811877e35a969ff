// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import io.mqttee.connector.api.TrafficCounters;
import java.util.concurrent.atomic.LongAdder;

/** Bytes and packets carried by all client connections; updated from every event loop. */
public final class TrafficMeter {

  private final LongAdder bytesReceived = new LongAdder();
  private final LongAdder bytesSent = new LongAdder();
  private final LongAdder packetsReceived = new LongAdder();
  private final LongAdder packetsSent = new LongAdder();

  void received(int bytes) {
    bytesReceived.add(bytes);
  }

  void decoded(int packets) {
    packetsReceived.add(packets);
  }

  void sent(int bytes, int packets) {
    bytesSent.add(bytes);
    packetsSent.add(packets);
  }

  public TrafficCounters snapshot() {
    return new TrafficCounters(
        bytesReceived.sum(), bytesSent.sum(), packetsReceived.sum(), packetsSent.sum());
  }
}
