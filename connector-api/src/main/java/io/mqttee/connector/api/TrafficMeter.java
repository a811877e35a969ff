// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.api;

import java.util.concurrent.atomic.LongAdder;

/**
 * Bytes and packets one transport carried over all its client connections; updated from every I/O
 * thread, so adders.
 */
public final class TrafficMeter {

  private final LongAdder bytesReceived = new LongAdder();
  private final LongAdder bytesSent = new LongAdder();
  private final LongAdder packetsReceived = new LongAdder();
  private final LongAdder packetsSent = new LongAdder();

  public void received(int bytes) {
    bytesReceived.add(bytes);
  }

  public void decoded(int packets) {
    packetsReceived.add(packets);
  }

  public void sent(int bytes, int packets) {
    bytesSent.add(bytes);
    packetsSent.add(packets);
  }

  public TrafficCounters snapshot() {
    return new TrafficCounters(
        bytesReceived.sum(), bytesSent.sum(), packetsReceived.sum(), packetsSent.sum());
  }
}
