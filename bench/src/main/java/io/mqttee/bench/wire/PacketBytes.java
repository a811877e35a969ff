// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.wire;

import io.mqttee.protocol.codec.MqttEncoder;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.Subscribe;
import io.mqttee.protocol.packet.TopicSubscription;
import java.nio.ByteBuffer;
import java.util.List;

/** The control packets a bench client sends, encoded once with the project's codec. */
public final class PacketBytes {

  /** Long enough that no run needs PINGREQ; runs are bounded well below it. */
  public static final int KEEP_ALIVE_SECONDS = 600;

  /**
   * Session Expiry Interval (seconds) of a persistent session over MQTT 5: long enough for any run,
   * short enough that a session a crashed run left behind expires on its own.
   */
  public static final int PERSISTENT_SESSION_EXPIRY_SECONDS = 3600;

  /** MQTT 5 Session Expiry Interval property (3.1.2.11.2), a four-byte integer. */
  private static final int SESSION_EXPIRY_INTERVAL = 0x11;

  private PacketBytes() {}

  public static byte[] encode(MqttPacket packet, ProtocolVersion version) {
    byte[] bytes = new byte[MqttEncoder.encodedLength(packet, version)];
    ByteBuffer out = ByteBuffer.wrap(bytes);
    MqttEncoder.encode(packet, version, out);
    if (out.hasRemaining()) {
      throw new IllegalStateException(
          packet.type() + " encoded to " + out.position() + " of " + bytes.length + " bytes");
    }
    return bytes;
  }

  /** A CONNECT that starts a clean session, discarded when the connection ends. */
  public static byte[] connect(String clientId, ProtocolVersion version) {
    return connect(clientId, version, false);
  }

  /**
   * A CONNECT; with {@code persistent} the session outlives the connection: Clean Session 0 over
   * MQTT 3.1.1, and over MQTT 5 Clean Start 1 (no state from before) with a Session Expiry Interval
   * of {@link #PERSISTENT_SESSION_EXPIRY_SECONDS}. Otherwise Clean Session (Clean Start) 1 and,
   * over MQTT 5, no Session Expiry Interval, i.e. 0: the session ends with the connection.
   */
  public static byte[] connect(String clientId, ProtocolVersion version, boolean persistent) {
    boolean mqtt5 = version.isMqtt5();
    MqttProperties properties =
        persistent && mqtt5
            ? new MqttProperties(
                List.of(
                    new MqttProperties.Property(
                        SESSION_EXPIRY_INTERVAL, PERSISTENT_SESSION_EXPIRY_SECONDS)))
            : MqttProperties.EMPTY;
    boolean cleanStart = !persistent || mqtt5;
    return encode(
        new Connect(
            version, clientId, cleanStart, KEEP_ALIVE_SECONDS, null, null, null, properties),
        version);
  }

  public static byte[] subscribe(String filter, QoS maxQos, ProtocolVersion version) {
    return encode(
        new Subscribe(1, List.of(new TopicSubscription(filter, maxQos)), MqttProperties.EMPTY),
        version);
  }

  /** A PUBACK for packet id 1; the id sits in bytes 2 and 3 (two-byte fixed header). */
  public static byte[] pubAckTemplate(ProtocolVersion version) {
    byte[] bytes = encode(new PubAck(1), version);
    if (bytes.length > 127 + 2 || bytes[3] != 1) {
      throw new IllegalStateException("unexpected PUBACK layout");
    }
    return bytes;
  }

  public static byte[] disconnect(ProtocolVersion version) {
    return encode(Disconnect.NORMAL, version);
  }
}
