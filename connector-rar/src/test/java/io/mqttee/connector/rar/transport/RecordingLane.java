// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.ConnectionInfo;
import io.mqttee.connector.api.MqttInboundListener;
import io.mqttee.protocol.codec.DecodeFailure;
import io.mqttee.protocol.packet.MqttPacket;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A lane listener that records every call, with the thread that made it. */
final class RecordingLane implements MqttInboundListener {

  /** One listener call. {@code detail} is the packets, the failure or closedByBroker. */
  record Call(
      String kind, ConnectionId connection, Object detail, Thread thread, RecordingLane lane) {

    @SuppressWarnings("unchecked")
    List<MqttPacket> packets() {
      assertEquals("packets", kind, "expected onPackets, got " + this);
      return (List<MqttPacket>) detail;
    }
  }

  private final BlockingQueue<Call> calls;

  /** Lanes of one server share one queue, so the test sees the calls in the order made. */
  RecordingLane(BlockingQueue<Call> calls) {
    this.calls = calls;
  }

  @Override
  public void onOpen(ConnectionId connection, ConnectionInfo info) {
    record("open", connection, info);
  }

  @Override
  public void onPackets(ConnectionId connection, List<MqttPacket> packets) {
    record("packets", connection, List.copyOf(packets));
  }

  @Override
  public void onMalformed(ConnectionId connection, DecodeFailure failure) {
    record("malformed", connection, failure);
  }

  @Override
  public void onClosed(ConnectionId connection, boolean closedByBroker) {
    record("closed", connection, closedByBroker);
  }

  private void record(String kind, ConnectionId connection, Object detail) {
    calls.add(new Call(kind, connection, detail, Thread.currentThread(), this));
  }

  static Call next(BlockingQueue<Call> calls, String kind) throws InterruptedException {
    Call call = calls.poll(5, TimeUnit.SECONDS);
    assertNotNull(call, "no " + kind + " call within 5 s");
    assertEquals(kind, call.kind(), "unexpected call " + call);
    return call;
  }

  static void assertNoCall(BlockingQueue<Call> calls, long millis) throws InterruptedException {
    assertNull(calls.poll(millis, TimeUnit.MILLISECONDS));
  }

  static BlockingQueue<Call> newQueue() {
    return new LinkedBlockingQueue<>();
  }
}
