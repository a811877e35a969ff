// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.load;

import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Iterator;
import java.util.List;

/**
 * One thread driving every publisher, over MQTT or MQTT-SN: fill batches within the flow-control
 * credit, write, read acks.
 */
final class PublisherLoop implements Runnable {

  private static final long FLUSH_NANOS = 2_000_000_000L;

  private final List<Lane> lanes;
  private final FlowControl flow;
  private final Progress progress;
  private long published;
  private int firstLane;

  PublisherLoop(List<? extends Lane> lanes, FlowControl flow, Progress progress) {
    this.lanes = List.copyOf(lanes);
    this.flow = flow;
    this.progress = progress;
  }

  @Override
  public void run() {
    try (Selector selector = Selector.open()) {
      for (Lane lane : lanes) {
        lane.key(lane.channel().register(selector, SelectionKey.OP_READ, lane));
      }
      while (progress.publishing()) {
        int sent = sendWithinCredit();
        for (Lane lane : lanes) {
          if (lane.hasPending()) {
            lane.flush();
          }
        }
        if (sent > 0) {
          selector.selectNow();
        } else {
          selector.select(1);
        }
        handleReady(selector);
      }
      flushRemaining(selector);
    } catch (IOException | RuntimeException e) {
      progress.fail(e);
    }
  }

  /**
   * Writes what is still batched, so every message counted as published reaches the broker, and
   * waits (boundedly) for the last PUBACKs.
   */
  private void flushRemaining(Selector selector) throws IOException {
    long deadline = System.nanoTime() + FLUSH_NANOS;
    boolean waiting = true;
    while (waiting && progress.running() && System.nanoTime() < deadline) {
      waiting = false;
      for (Lane lane : lanes) {
        if (lane.hasPending()) {
          lane.flush();
        }
        waiting |= lane.hasPending() || lane.awaitingAck();
      }
      if (waiting) {
        selector.select(10);
        handleReady(selector);
      }
    }
  }

  private int sendWithinCredit() throws IOException {
    long now = System.nanoTime();
    long credit = flow.credit(published, progress.delivered(), now);
    if (credit <= 0) {
      return 0;
    }
    long share = Math.max(1, credit / lanes.size());
    int sent = 0;
    for (int i = 0; i < lanes.size() && sent < credit; i++) {
      Lane lane = lanes.get((firstLane + i) % lanes.size());
      sent += lane.fill(Math.min(share, credit - sent), now);
    }
    firstLane = (firstLane + 1) % lanes.size();
    if (sent > 0) {
      published += sent;
      flow.sent(sent);
      progress.publishedSoFar(published);
    }
    return sent;
  }

  private void handleReady(Selector selector) throws IOException {
    Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
    while (ready.hasNext()) {
      SelectionKey key = ready.next();
      ready.remove();
      Lane lane = (Lane) key.attachment();
      if (key.isReadable() && !lane.receive()) {
        throw new EOFException(lane.clientId() + ": broker closed the connection");
      }
      if (key.isValid() && key.isWritable()) {
        lane.flush();
      }
    }
  }

  long stalls() {
    return flow.stalls();
  }

  long acked() {
    long acked = 0;
    for (Lane lane : lanes) {
      acked += lane.acked();
    }
    return acked;
  }
}
