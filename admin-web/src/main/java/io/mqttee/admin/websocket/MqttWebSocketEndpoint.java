// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.websocket;

import io.mqttee.broker.assembly.Broker;
import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.ConnectionInfo;
import io.mqttee.connector.api.TrafficMeter;
import io.mqttee.connector.api.TransportLimits;
import io.mqttee.protocol.codec.DecodeFailure;
import io.mqttee.protocol.packet.MqttPacket;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * MQTT over WebSocket at {@code /mqtt}: one instance per connection. Binary frames go through a
 * {@link PacketCumulator} into the broker's session service, exactly as the resource adapter's TCP
 * connections do; the container calls the message handlers of one session serially.
 */
@ServerEndpoint(
    value = "/mqtt",
    subprotocols = {"mqtt", "mqttv3.1", "mqttv3.1.1"},
    configurator = MqttSubprotocolConfigurator.class)
public class MqttWebSocketEndpoint {

  private static final AtomicBoolean LOOKUP_LOGGED = new AtomicBoolean();
  private static final Logger LOG = System.getLogger(MqttWebSocketEndpoint.class.getName());

  @Inject Broker broker;

  private ConnectionId id;
  private PacketCumulator cumulator;
  private SessionCalls calls;
  private TrafficMeter traffic;
  private boolean malformedReported;

  @OnOpen
  public void onOpen(Session session) {
    id = ConnectionId.next();
    cumulator = new PacketCumulator(TransportLimits.maxPacketSize());
    calls = SessionCalls.of(broker().sessions(), id);
    traffic = broker().webSocketTraffic();
    ConnectionInfo info = new ConnectionInfo("ws", RemoteAddresses.of(session), null);
    calls.opened(info, new WebSocketClientWriter(session, id, cumulator::version, traffic));
    LOG.log(
        Level.DEBUG,
        "{0}: WebSocket from {1}, subprotocol \"{2}\"",
        id,
        info.remoteAddress(),
        session.getNegotiatedSubprotocol());
  }

  /** The injected broker; a container that did not inject the endpoint is asked through CDI. */
  private Broker broker() {
    if (broker == null) {
      if (LOOKUP_LOGGED.compareAndSet(false, true)) {
        LOG.log(Level.INFO, "WebSocket endpoint not injected, looking the broker up through CDI");
      }
      broker = CDI.current().select(Broker.class).get();
    }
    return broker;
  }

  /** Each part as it arrives: the cumulator does not care where frames or messages end. */
  @OnMessage
  public void onBinary(ByteBuffer part, boolean last) {
    traffic.received(part.remaining());
    List<MqttPacket> packets = cumulator.append(part);
    if (!packets.isEmpty()) {
      traffic.decoded(packets.size());
      calls.received(packets);
    }
    DecodeFailure failure = cumulator.failure();
    if (failure != null && !malformedReported) {
      malformedReported = true;
      calls.malformed(failure);
    }
  }

  /** MQTT-6.0.0-1: MQTT travels in binary frames only; any other data frame closes. */
  @OnMessage
  public void onText(String text, Session session) throws IOException {
    session.close(new CloseReason(CloseCodes.CANNOT_ACCEPT, "MQTT needs binary frames"));
  }

  @OnError
  public void onError(Session session, Throwable error) {
    LOG.log(Level.DEBUG, "{0}: WebSocket error: {1}", id, error.toString());
    if (session.isOpen()) {
      try {
        session.close(new CloseReason(CloseCodes.UNEXPECTED_CONDITION, "transport error"));
      } catch (IOException e) {
        LOG.log(Level.DEBUG, "{0}: WebSocket close failed: {1}", id, e.toString());
      }
    }
    if (calls != null) {
      calls.closed();
    }
  }

  @OnClose
  public void onClose(CloseReason reason) {
    if (calls != null) {
      calls.closed();
    }
  }
}
