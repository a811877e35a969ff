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
  private final LongAdder topicsRefused = new LongAdder();

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

  /**
   * A topic name or filter refused as invalid (wildcards where none may be, control characters).
   */
  public void topicRefused() {
    topicsRefused.increment();
  }

  public long topicsRefused() {
    return topicsRefused.sum();
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
}
