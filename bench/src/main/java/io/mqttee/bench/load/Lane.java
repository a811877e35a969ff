// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.load;

import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;

/**
 * One publishing client as {@link PublisherLoop} drives it: an MQTT connection ({@link
 * PublisherLane}) or an MQTT-SN client over UDP ({@link SnPublisherLane}).
 */
interface Lane {

  String clientId();

  /** What the loop's selector watches for acknowledgements. */
  SelectableChannel channel();

  void key(SelectionKey key);

  /** Publishes up to {@code max} messages, or batches them for {@link #flush}; returns how many. */
  int fill(long max, long nowNanos) throws IOException;

  /** Whether batched bytes still wait for {@link #flush}. */
  boolean hasPending();

  void flush() throws IOException;

  /** Reads and handles what arrived; false when the broker closed the connection. */
  boolean receive() throws IOException;

  boolean awaitingAck();

  /** Messages the broker acknowledged (QoS 1). */
  long acked();
}
