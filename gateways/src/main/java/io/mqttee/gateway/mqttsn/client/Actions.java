// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.mqttsn.client;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.protocol.mqttsn.message.SnMessage;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.Will;
import java.util.ArrayList;
import java.util.List;

/** The actions one call of the state machine returns, in order. Not thread-safe. */
public final class Actions {

  private final List<Action> list = new ArrayList<>();

  void open(ConnectionId connection) {
    list.add(new Action.Open(connection));
  }

  void toBroker(ConnectionId connection, MqttPacket packet) {
    list.add(new Action.ToBroker(connection, packet));
  }

  void toClient(SnMessage message) {
    list.add(new Action.ToClient(message));
  }

  void replaceWill(ConnectionId connection, Will will, boolean topicUpdate) {
    list.add(new Action.ReplaceWill(connection, will, topicUpdate));
  }

  void close(ConnectionId connection, boolean lost, String reason) {
    list.add(new Action.Close(connection, lost, reason));
  }

  void drop(String reason) {
    list.add(new Action.Drop(reason));
  }

  void forget() {
    list.add(new Action.Forget());
  }

  public List<Action> list() {
    return list;
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  @Override
  public String toString() {
    return list.toString();
  }
}
