// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.ConnectionInfo;
import io.mqttee.connector.api.MqttInboundListener;
import io.mqttee.protocol.codec.DecodeFailure;
import io.mqttee.protocol.packet.MqttPacket;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.BlockingQueue;

/** A message endpoint as a container's proxy would be: the listener plus the endpoint calls. */
final class RecordingEndpoint implements MessageEndpoint, MqttInboundListener {

  private final BlockingQueue<String> calls;
  volatile boolean released;

  RecordingEndpoint(BlockingQueue<String> calls) {
    this.calls = calls;
  }

  @Override
  public void onOpen(ConnectionId connection, ConnectionInfo info) {
    String thread = Thread.currentThread().getName();
    calls.add(thread.startsWith("work-") ? "open on a work thread" : "open on " + thread);
  }

  @Override
  public void onPackets(ConnectionId connection, List<MqttPacket> packets) {
    calls.add("packets " + packets.get(0).type());
  }

  @Override
  public void onMalformed(ConnectionId connection, DecodeFailure failure) {
    calls.add("malformed");
  }

  @Override
  public void onClosed(ConnectionId connection, boolean closedByBroker) {
    calls.add("closed " + closedByBroker);
  }

  @Override
  public void beforeDelivery(Method method) {
    throw new AssertionError("the adapter calls the listener directly");
  }

  @Override
  public void afterDelivery() {
    throw new AssertionError("the adapter calls the listener directly");
  }

  @Override
  public void release() {
    released = true;
  }
}
