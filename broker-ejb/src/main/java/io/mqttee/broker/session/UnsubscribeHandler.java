// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.connection.ClientConnection;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ReasonCodes;
import io.mqttee.protocol.packet.UnsubAck;
import io.mqttee.protocol.packet.Unsubscribe;
import java.util.ArrayList;
import java.util.List;

/** UNSUBSCRIBE: removes each filter and always answers UNSUBACK (MQTT-3.10.4-5). */
public final class UnsubscribeHandler {
  private final SessionSubscriptions subscriptions;
  private final DurableReplies replies;

  public UnsubscribeHandler(SessionSubscriptions subscriptions, DurableReplies replies) {
    this.subscriptions = subscriptions;
    this.replies = replies;
  }

  public void unsubscribe(ClientConnection connection, Unsubscribe unsubscribe) {
    Session session = connection.session();
    boolean v5 = connection.version().isMqtt5();
    List<Integer> codes = new ArrayList<>();
    for (String filter : unsubscribe.topicFilters()) {
      boolean existed = subscriptions.unsubscribe(session, filter);
      if (v5) {
        codes.add(existed ? ReasonCodes.SUCCESS : ReasonCodes.NO_SUBSCRIPTION_EXISTED);
      }
    }
    // for a persistent session UNSUBACK promises the removal: sent once it is on disk
    replies.send(
        connection,
        new UnsubAck(unsubscribe.packetId(), codes, MqttProperties.EMPTY),
        session.persistent());
  }
}
