// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.websocket;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.TrafficMeter;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class WebSocketClientWriterTest {

  private static final Publish MESSAGE =
      new Publish("t", QoS.AT_MOST_ONCE, false, false, 0, new byte[] {1}, MqttProperties.EMPTY);

  private final List<CloseReason> closes = new ArrayList<>();
  private int sendAttempts;

  @Test
  void aContainerThatThrowsOnSendClosesOnlyThisClient() {
    ConnectionId id = ConnectionId.next();
    WebSocketClientWriter writer =
        new WebSocketClientWriter(
            sessionWhoseSendThrows(), id, () -> ProtocolVersion.MQTT_3_1_1, new TrafficMeter());

    // the publisher whose delivery reaches this client must not see the container's exception
    assertDoesNotThrow(() -> writer.send(id, MESSAGE));
    writer.send(id, MESSAGE);

    assertEquals(1, sendAttempts, "nothing more is sent after the refused send");
    assertEquals(1, closes.size());
    assertEquals(CloseReason.CloseCodes.UNEXPECTED_CONDITION, closes.get(0).getCloseCode());
  }

  /** A session as Tyrus leaves it when the socket closed under it: sendBinary throws. */
  private Session sessionWhoseSendThrows() {
    RemoteEndpoint.Async async =
        proxy(
            RemoteEndpoint.Async.class,
            method -> {
              if (method.equals("sendBinary")) {
                sendAttempts++;
                throw new IllegalStateException("Socket is not connected.");
              }
            });
    return (Session)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Session.class},
            (p, method, args) -> {
              switch (method.getName()) {
                case "getAsyncRemote":
                  return async;
                case "close":
                  closes.add(args == null ? null : (CloseReason) args[0]);
                  return null;
                default:
                  throw new UnsupportedOperationException(method.getName());
              }
            });
  }

  private static <T> T proxy(Class<T> type, MethodCall call) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (p, method, args) -> {
              call.invoked(method.getName());
              return null;
            }));
  }

  @FunctionalInterface
  private interface MethodCall {
    void invoked(String name);
  }
}
