// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.mqttsn;

import io.mqttee.broker.gateway.GatewayEntry;
import io.mqttee.connector.api.ConnectionId;
import io.mqttee.gateway.mqttsn.client.Action;
import io.mqttee.gateway.mqttsn.client.Actions;
import io.mqttee.gateway.mqttsn.client.SnClient;
import io.mqttee.protocol.mqttsn.ReturnCodes;
import io.mqttee.protocol.mqttsn.message.SnWillMsgResp;
import io.mqttee.protocol.mqttsn.message.SnWillTopicResp;
import io.mqttee.protocol.packet.MqttPacket;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries out a client's actions in order, on its lane. Consecutive packets for the broker go in
 * one {@link GatewayEntry#receive} call, as one socket read's packets do for a TCP client.
 */
final class ActionRunner {
  private static final Logger LOG = System.getLogger(ActionRunner.class.getName());

  private final MqttSnDispatcher dispatcher;
  private final GatewayEntry broker;
  private final GatewayCounters counters;

  ActionRunner(MqttSnDispatcher dispatcher, GatewayEntry broker, GatewayCounters counters) {
    this.dispatcher = dispatcher;
    this.broker = broker;
    this.counters = counters;
  }

  void run(InetSocketAddress peer, SnClient client, Actions actions) {
    ConnectionId pendingFor = null;
    List<MqttPacket> pending = new ArrayList<>();
    for (Action action : actions.list()) {
      if (action instanceof Action.ToBroker p) {
        if (!p.connection().equals(pendingFor)) {
          flush(pendingFor, pending);
          pendingFor = p.connection();
        }
        pending.add(p.packet());
        continue;
      }
      flush(pendingFor, pending);
      pendingFor = null;
      other(peer, client, action);
    }
    flush(pendingFor, pending);
  }

  private void other(InetSocketAddress peer, SnClient client, Action action) {
    if (action instanceof Action.ToClient m) {
      dispatcher.send(peer, m.message());
    } else if (action instanceof Action.Open o) {
      broker.open(o.connection(), "udp", peer, new SnClientWriter(dispatcher, peer));
    } else if (action instanceof Action.ReplaceWill w) {
      boolean accepted = broker.replaceWill(w.connection(), w.will());
      int code = accepted ? ReturnCodes.ACCEPTED : ReturnCodes.REJECTED_NOT_SUPPORTED;
      dispatcher.send(peer, w.topicUpdate() ? new SnWillTopicResp(code) : new SnWillMsgResp(code));
    } else if (action instanceof Action.Close c) {
      if (c.lost()) {
        LOG.log(
            Level.INFO, "mqtt-sn client {0} at {1} lost: {2}", client.clientId(), peer, c.reason());
      }
      broker.close(c.connection());
    } else if (action instanceof Action.Drop d) {
      counters.dropped();
      LOG.log(Level.DEBUG, "mqtt-sn: dropped from {0}: {1}", peer, d.reason());
    } else if (action instanceof Action.Forget) {
      dispatcher.forget(peer, client);
    }
  }

  private void flush(ConnectionId connection, List<MqttPacket> pending) {
    if (connection != null && !pending.isEmpty()) {
      broker.receive(connection, List.copyOf(pending));
      pending.clear();
    }
  }
}
