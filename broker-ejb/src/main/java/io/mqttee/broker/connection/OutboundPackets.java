// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.connection;

import io.mqttee.protocol.codec.MqttEncoder;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.PubComp;
import io.mqttee.protocol.packet.PubRec;
import io.mqttee.protocol.packet.PubRel;
import io.mqttee.protocol.packet.Publish;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.function.Consumer;

/**
 * What an MQTT 5 client announced about the packets it accepts: its Maximum Packet Size and Topic
 * Alias Maximum. Sends go through one monitor so aliases reach the client in assignment order.
 */
final class OutboundPackets {
  private static final Logger LOG = System.getLogger(OutboundPackets.class.getName());

  private final ProtocolVersion version;
  private final int maxPacketSize;
  private final OutboundTopicAliases aliases;

  /**
   * @param maxPacketSize the client's Maximum Packet Size, {@link Integer#MAX_VALUE} when absent
   * @param topicAliasMaximum the client's Topic Alias Maximum, 0: no aliases
   */
  OutboundPackets(ProtocolVersion version, int maxPacketSize, int topicAliasMaximum) {
    this.version = version;
    this.maxPacketSize = maxPacketSize;
    this.aliases = topicAliasMaximum > 0 ? new OutboundTopicAliases(topicAliasMaximum) : null;
  }

  /** True when the packet as given is within the client's Maximum Packet Size. */
  boolean fits(MqttPacket packet) {
    return maxPacketSize == Integer.MAX_VALUE
        || MqttEncoder.encodedLength(packet, version) <= maxPacketSize;
  }

  synchronized void send(MqttPacket packet, Consumer<MqttPacket> writer) {
    MqttPacket fitting = fitting(packet);
    if (fitting == null) {
      // MQTT-3.1.2-25: a packet too large for the client is discarded
      LOG.log(Level.DEBUG, "discarding a {0} larger than the client accepts", packet.type());
      return;
    }
    writer.accept(fitting instanceof Publish p && aliases != null ? aliases.apply(p) : fitting);
  }

  /** The packet, or an ack without its optional properties when only that fits, or null. */
  private MqttPacket fitting(MqttPacket packet) {
    if (fits(packet)) {
      return packet;
    }
    // MQTT-3.1.2-25 lets the sender remove the Reason String and User Properties (3.4.2.2.2)
    MqttPacket smaller = null;
    if (packet instanceof PubAck a) {
      smaller = new PubAck(a.packetId(), a.reasonCode(), stripped(a.properties()));
    } else if (packet instanceof PubRec a) {
      smaller = new PubRec(a.packetId(), a.reasonCode(), stripped(a.properties()));
    } else if (packet instanceof PubRel a) {
      smaller = new PubRel(a.packetId(), a.reasonCode(), stripped(a.properties()));
    } else if (packet instanceof PubComp a) {
      smaller = new PubComp(a.packetId(), a.reasonCode(), stripped(a.properties()));
    } else if (packet instanceof Disconnect d) {
      smaller = new Disconnect(d.reasonCode(), stripped(d.properties()));
    }
    return smaller != null && fits(smaller) ? smaller : null;
  }

  private static MqttProperties stripped(MqttProperties properties) {
    return PropertyIds.without(properties, PropertyIds.REASON_STRING, PropertyIds.USER_PROPERTY);
  }
}
