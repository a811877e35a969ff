// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.packet;

/** One MQTT control packet. Instances are immutable; byte arrays they hold are never modified. */
public sealed interface MqttPacket
    permits Connect,
        ConnAck,
        Publish,
        PacketIdAck,
        Subscribe,
        SubAck,
        Unsubscribe,
        UnsubAck,
        PingReq,
        PingResp,
        Disconnect,
        Auth {

  PacketType type();
}
