// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.load;

/**
 * What a run measured. Counts marked "window" cover the measured window only.
 *
 * @param windowNanos length of the measured window
 * @param published messages published in the window
 * @param delivered messages received by all subscribers in the window, each counted once per
 *     subscriber
 * @param lost messages published during the whole run times subscribers, minus the messages
 *     received (each counted once per subscriber): a message the broker acknowledged to its
 *     publisher but never delivered is lost
 * @param duplicates PUBLISH packets that repeated a message their subscriber had already received
 *     (whole run), or -1 when the payload is too short to tell messages apart
 * @param unacked QoS 1 messages the broker never acknowledged (whole run)
 * @param stalls times the flow-control window reopened after a second without deliveries
 * @param brokerCpuNanos broker CPU time in the window, or -1 when not sampled
 * @param generatorCpuNanos this process's CPU time in the window
 * @param latencyNanos sorted latency samples of the window, empty when not recorded
 */
public record Measurement(
    long windowNanos,
    long published,
    long delivered,
    long lost,
    long duplicates,
    long unacked,
    long stalls,
    long brokerCpuNanos,
    long generatorCpuNanos,
    long[] latencyNanos) {

  public double deliveredPerSecond() {
    return delivered * 1e9 / windowNanos;
  }

  public double publishedPerSecond() {
    return published * 1e9 / windowNanos;
  }
}
