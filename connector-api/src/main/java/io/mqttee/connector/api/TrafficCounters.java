// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.api;

/** Bytes and packets a transport has read and written since it started. */
public record TrafficCounters(
    long bytesReceived, long bytesSent, long packetsReceived, long packetsSent) {

  /** The traffic of two transports together. */
  public TrafficCounters plus(TrafficCounters other) {
    return new TrafficCounters(
        bytesReceived + other.bytesReceived,
        bytesSent + other.bytesSent,
        packetsReceived + other.packetsReceived,
        packetsSent + other.packetsSent);
  }
}
