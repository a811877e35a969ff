// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.connection.ClientWriter;
import io.mqttee.connector.api.ConnectionInfo;
import io.mqttee.protocol.codec.DecodeFailure;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.PingReq;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The session service's contract: calls of one connection serial, closed exactly once, last. */
@Tag("unit")
class SessionCallsTest {

  private final RecordingTarget target = new RecordingTarget();
  private final SessionCalls calls = new SessionCalls(target);

  @Test
  void reportsCloseOnceWhenTheContainerReportsItTwice() {
    calls.received(List.of(new PingReq()));

    calls.closed();
    calls.closed();

    assertEquals(List.of("received", "received-end", "closed"), target.events);
  }

  @Test
  void dropsCallsAfterTheClose() {
    calls.closed();

    calls.received(List.of(new PingReq()));
    calls.malformed(new DecodeFailure("bad", "2.2.3", 0x81));

    assertEquals(List.of("closed"), target.events);
  }

  @Test
  void defersACloseReportedInsideACallUntilTheCallReturns() {
    // the broker closes the WebSocket while handling the packets; the container reports it at once
    target.duringReceived = calls::closed;

    calls.received(List.of(new PingReq()));

    assertEquals(List.of("received", "received-end", "closed"), target.events);
  }

  @Test
  @Timeout(10)
  void neverWaitsForAnotherThreadsCallAndLetsThatCallReportTheClose() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    target.duringReceived =
        () -> {
          inside.countDown();
          await(release);
        };
    Thread reader = new Thread(() -> calls.received(List.of(new PingReq())));
    reader.start();
    assertTrue(inside.await(5, TimeUnit.SECONDS));

    calls.closed(); // returns at once although the reader holds the connection

    assertEquals(List.of("received"), target.events);
    release.countDown();
    reader.join(5000);
    assertEquals(List.of("received", "received-end", "closed"), target.events);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class RecordingTarget implements SessionCalls.Target {
    final List<String> events = new CopyOnWriteArrayList<>();
    Runnable duringReceived = () -> {};

    @Override
    public void opened(ConnectionInfo info, ClientWriter writer) {
      events.add("opened");
    }

    @Override
    public void received(List<MqttPacket> packets) {
      events.add("received");
      duringReceived.run();
      events.add("received-end");
    }

    @Override
    public void malformed(DecodeFailure failure) {
      events.add("malformed");
    }

    @Override
    public void closed() {
      events.add("closed");
    }
  }
}
