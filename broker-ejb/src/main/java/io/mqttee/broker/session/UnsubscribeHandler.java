// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.connection.ClientConnection;
import io.mqttee.broker.routing.Router;
import io.mqttee.broker.store.MessageStore;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ReasonCodes;
import io.mqttee.protocol.packet.UnsubAck;
import io.mqttee.protocol.packet.Unsubscribe;
import io.mqttee.protocol.topic.SharedFilter;
import io.mqttee.protocol.topic.TopicFilters;
import java.util.ArrayList;
import java.util.List;

/** UNSUBSCRIBE: removes each filter and always answers UNSUBACK (MQTT-3.10.4-5). */
public final class UnsubscribeHandler {
  private final Router router;
  private final MessageStore store;
  private final DurableReplies replies;

  public UnsubscribeHandler(Router router, MessageStore store, DurableReplies replies) {
    this.router = router;
    this.store = store;
    this.replies = replies;
  }

  public void unsubscribe(ClientConnection connection, Unsubscribe unsubscribe) {
    Session session = connection.session();
    boolean v5 = connection.version().isMqtt5();
    List<Integer> codes = new ArrayList<>();
    for (String filter : unsubscribe.topicFilters()) {
      SharedFilter shared = TopicFilters.parseShared(filter);
      String plain = shared == null ? filter : shared.filter();
      boolean existed =
          router.unsubscribe(session.clientId(), plain, shared == null ? null : shared.group());
      if (existed && session.persistent()) {
        store.subscriptionRemoved(
            session.clientId(), plain, shared == null ? null : shared.group());
      }
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
