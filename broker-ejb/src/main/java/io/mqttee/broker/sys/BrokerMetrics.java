// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.sys;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** Counters the broker keeps for $SYS and the console; updated on the hot path, so adders. */
public class BrokerMetrics {
  private final long startedAtMillis = System.currentTimeMillis();
  private final AtomicInteger clientsConnected = new AtomicInteger();
  private final LongAdder clientsMaximum = new LongAdder();
  private final LongAdder messagesReceived = new LongAdder();
  private final LongAdder messagesSent = new LongAdder();
  private final LongAdder messagesDropped = new LongAdder();
  private final LongAdder bytesReceived = new LongAdder();
  private final LongAdder bytesSent = new LongAdder();
  private final LongAdder packetsReceived = new LongAdder();
  private final LongAdder packetsSent = new LongAdder();

  public long startedAtMillis() {
    return startedAtMillis;
  }

  public void clientConnected() {
    clientsConnected.incrementAndGet();
    clientsMaximum.increment();
  }

  public void clientDisconnected() {
    clientsConnected.decrementAndGet();
  }

  public int clientsConnected() {
    return clientsConnected.get();
  }

  /** Connections accepted since start. */
  public long clientsTotal() {
    return clientsMaximum.sum();
  }

  public void messageReceived() {
    messagesReceived.increment();
  }

  public void messageSent() {
    messagesSent.increment();
  }

  /** A message for an offline or slow session that did not fit its queue. */
  public void messageDropped() {
    messagesDropped.increment();
  }

  public void packetReceived(int bytes) {
    packetsReceived.increment();
    bytesReceived.add(bytes);
  }

  public void packetSent(int bytes) {
    packetsSent.increment();
    bytesSent.add(bytes);
  }

  public long messagesReceived() {
    return messagesReceived.sum();
  }

  public long messagesSent() {
    return messagesSent.sum();
  }

  public long messagesDropped() {
    return messagesDropped.sum();
  }

  public long bytesReceived() {
    return bytesReceived.sum();
  }

  public long bytesSent() {
    return bytesSent.sum();
  }

  public long packetsReceived() {
    return packetsReceived.sum();
  }

  public long packetsSent() {
    return packetsSent.sum();
  }
}
