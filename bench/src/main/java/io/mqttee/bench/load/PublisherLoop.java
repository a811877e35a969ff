// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.load;

import io.mqttee.bench.wire.FrameScanner;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Iterator;
import java.util.List;

/**
 * One thread driving every publisher: fill batches within the flow-control credit, write, read
 * acks.
 */
final class PublisherLoop implements Runnable {

  private static final long FLUSH_NANOS = 2_000_000_000L;

  private final List<PublisherLane> lanes;
  private final FlowControl flow;
  private final Progress progress;
  private final FrameScanner scanner;
  private long published;
  private int firstLane;

  PublisherLoop(List<PublisherLane> lanes, FlowControl flow, Progress progress, boolean mqtt5) {
    this.lanes = List.copyOf(lanes);
    this.flow = flow;
    this.progress = progress;
    this.scanner = new FrameScanner(mqtt5);
  }

  @Override
  public void run() {
    try (Selector selector = Selector.open()) {
      for (PublisherLane lane : lanes) {
        lane.key(lane.connection().channel().register(selector, SelectionKey.OP_READ, lane));
      }
      while (progress.publishing()) {
        int sent = sendWithinCredit();
        for (PublisherLane lane : lanes) {
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
      for (PublisherLane lane : lanes) {
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

  private int sendWithinCredit() {
    long now = System.nanoTime();
    long credit = flow.credit(published, progress.delivered(), now);
    if (credit <= 0) {
      return 0;
    }
    long share = Math.max(1, credit / lanes.size());
    int sent = 0;
    for (int i = 0; i < lanes.size() && sent < credit; i++) {
      PublisherLane lane = lanes.get((firstLane + i) % lanes.size());
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
      PublisherLane lane = (PublisherLane) key.attachment();
      if (key.isReadable() && !lane.connection().readAndScan(scanner, lane)) {
        throw new EOFException(lane.connection().clientId() + ": broker closed the connection");
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
    for (PublisherLane lane : lanes) {
      acked += lane.acked();
    }
    return acked;
  }
}
