// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.datagram;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.mqttee.connector.api.DatagramInboundListener;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** A lane endpoint that records each call with its thread; it throws when told to. */
final class RecordingDatagramLane implements DatagramInboundListener {

  /** One onDatagrams call. */
  record Delivery(
      String listener, InetSocketAddress peer, List<byte[]> datagrams, Thread thread, int lane) {}

  private final BlockingQueue<Delivery> deliveries;
  private final int lane;
  volatile RuntimeException failure;

  RecordingDatagramLane(BlockingQueue<Delivery> deliveries, int lane) {
    this.deliveries = deliveries;
    this.lane = lane;
  }

  @Override
  public void onDatagrams(String listener, InetSocketAddress peer, List<byte[]> datagrams) {
    RuntimeException toThrow = failure;
    deliveries.add(new Delivery(listener, peer, datagrams, Thread.currentThread(), lane));
    if (toThrow != null) {
      throw toThrow;
    }
  }

  static Delivery next(BlockingQueue<Delivery> deliveries) throws InterruptedException {
    Delivery delivery = deliveries.poll(5, TimeUnit.SECONDS);
    assertNotNull(delivery, "no datagrams within 5 s");
    return delivery;
  }
}
