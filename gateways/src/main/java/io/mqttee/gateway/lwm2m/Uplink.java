// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m;

import io.mqttee.broker.gateway.GatewayEntry;
import io.mqttee.connector.api.ConnectionId;
import io.mqttee.gateway.lwm2m.json.JsonPayloads;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.function.IntSupplier;

/** Publishes the gateway's JSON through one of its broker connections, as that client. */
final class Uplink {

  private final GatewayEntry entry;
  private final QoS qos;

  Uplink(GatewayEntry entry, QoS qos) {
    this.entry = entry;
    this.qos = qos;
  }

  void publish(ConnectionId connection, IntSupplier packetIds, String topic, JsonObject json) {
    int packetId = qos == QoS.AT_MOST_ONCE ? 0 : packetIds.getAsInt();
    entry.receive(
        connection,
        List.of(
            new Publish(
                topic,
                qos,
                false,
                false,
                packetId,
                JsonPayloads.toBytes(json),
                MqttProperties.EMPTY)));
  }
}
