// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import static io.mqttee.protocol.codec.Wire.decodeOne;
import static io.mqttee.protocol.codec.Wire.encode;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mqttee.protocol.packet.Auth;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.MqttProperties.UserProperty;
import io.mqttee.protocol.packet.PingReq;
import io.mqttee.protocol.packet.PingResp;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.PubComp;
import io.mqttee.protocol.packet.PubRec;
import io.mqttee.protocol.packet.PubRel;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.SubAck;
import io.mqttee.protocol.packet.Subscribe;
import io.mqttee.protocol.packet.TopicSubscription;
import io.mqttee.protocol.packet.UnsubAck;
import io.mqttee.protocol.packet.Unsubscribe;
import io.mqttee.protocol.packet.Will;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every packet type, encoded then decoded, in every protocol version. */
@Tag("unit")
class RoundTripTest {

  private static final byte[] PAYLOAD = "h\u00e9llo \ud83d\ude00".getBytes(StandardCharsets.UTF_8);

  private static MqttProperties props(ProtocolVersion v, Property... entries) {
    return v.isMqtt5() ? new MqttProperties(List.of(entries)) : MqttProperties.EMPTY;
  }

  private static Property user() {
    return new Property(0x26, new UserProperty("k\u00fc", "v"));
  }

  private static List<MqttPacket> toServer(ProtocolVersion v) {
    List<MqttPacket> packets = new ArrayList<>();
    packets.add(
        new Publish(
            "caf\u00e9/\ud83d\ude00",
            QoS.EXACTLY_ONCE,
            true,
            true,
            65535,
            PAYLOAD,
            props(
                v,
                new Property(0x01, 1),
                new Property(0x02, 3600),
                new Property(0x08, "r/t"),
                new Property(0x09, new byte[] {1, 2}),
                user(),
                new Property(0x03, "text"))));
    packets.add(new Publish("a", QoS.AT_MOST_ONCE, false, false, 0, new byte[0], props(v)));
    packets.add(
        new PubAck(1, v.isMqtt5() ? 0x10 : 0, props(v, new Property(0x1F, "no subscribers"))));
    packets.add(new PubRec(2, 0, props(v)));
    packets.add(new PubRel(3, v.isMqtt5() ? 0x92 : 0, props(v)));
    packets.add(new PubComp(4, 0, props(v, user())));
    packets.add(
        new Subscribe(
            7,
            List.of(
                new TopicSubscription("a/+/c", QoS.AT_LEAST_ONCE),
                v.isMqtt5()
                    ? new TopicSubscription("$share/g/#", QoS.EXACTLY_ONCE, true, true, 2)
                    : new TopicSubscription("$share/g/#", QoS.EXACTLY_ONCE)),
            props(v, new Property(0x0B, 268_435_455), user())));
    packets.add(new Unsubscribe(8, List.of("a/+/c", "d"), props(v, user())));
    packets.add(PingReq.INSTANCE);
    packets.add(Disconnect.NORMAL);
    if (v.isMqtt5()) {
      packets.add(new Disconnect(0x04, MqttProperties.EMPTY));
      packets.add(new Disconnect(0x8E, props(v, new Property(0x11, -1))));
      packets.add(
          new Auth(
              0x18, props(v, new Property(0x15, "SCRAM"), new Property(0x16, new byte[] {9}))));
    }
    return packets;
  }

  private static List<MqttPacket> toClient(ProtocolVersion v) {
    List<MqttPacket> packets = new ArrayList<>();
    packets.add(
        new ConnAck(
            true,
            0,
            props(
                v,
                new Property(0x21, 10),
                new Property(0x24, 1),
                new Property(0x12, "assigned"),
                new Property(0x13, 30))));
    packets.add(new SubAck(7, List.of(0, 1, 2, 0x80), props(v, new Property(0x1F, "r"))));
    packets.add(new UnsubAck(8, v.isMqtt5() ? List.of(0, 0x11) : List.of(), props(v, user())));
    packets.add(PingResp.INSTANCE);
    packets.add(new PubAck(9));
    packets.add(new Publish("x/y", QoS.AT_LEAST_ONCE, false, false, 5, PAYLOAD, props(v)));
    return packets;
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void connectSurvivesRoundTrip(ProtocolVersion v) {
    Will will =
        new Will("will/t", PAYLOAD, QoS.EXACTLY_ONCE, true, props(v, new Property(0x18, 5)));
    Connect c =
        new Connect(
            v,
            "client-\u00e9",
            false,
            65535,
            "user",
            new byte[] {0, 1, (byte) 0xFF},
            will,
            props(v, new Property(0x11, 120), new Property(0x27, 1 << 20), user()));
    MqttDecoder decoder = new MqttDecoder(Wire.MAX);
    Connect back = (Connect) decodeOne(decoder, encode(c, v));
    assertEquals(v, decoder.version());
    assertEquals(c.clientId(), back.clientId());
    assertEquals(c.cleanStart(), back.cleanStart());
    assertEquals(c.keepAliveSeconds(), back.keepAliveSeconds());
    assertEquals(c.username(), back.username());
    assertArrayEquals(c.password(), back.password());
    assertEquals(will.topic(), back.will().topic());
    assertArrayEquals(will.payload(), back.will().payload());
    assertEquals(will.qos(), back.will().qos());
    assertEquals(will.retain(), back.will().retain());
    assertEquals(will.properties(), back.will().properties());
    assertEquals(c.properties(), back.properties());
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void clientPacketsSurviveRoundTrip(ProtocolVersion v) {
    MqttDecoder decoder = Wire.connectedServer(v);
    for (MqttPacket p : toServer(v)) {
      assertSameOnWire(p, decodeOne(decoder, encode(p, v)), v);
    }
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void serverPacketsSurviveRoundTrip(ProtocolVersion v) {
    MqttDecoder decoder = MqttDecoder.forClient(Wire.MAX, v);
    for (MqttPacket p : toClient(v)) {
      assertSameOnWire(p, decodeOne(decoder, encode(p, v)), v);
    }
  }

  private static void assertSameOnWire(MqttPacket sent, MqttPacket received, ProtocolVersion v) {
    assertEquals(sent.type(), received.type());
    assertArrayEquals(encode(sent, v), encode(received, v), () -> "re-encoded " + sent.type());
    if (v.isMqtt5() && !(sent instanceof Publish) && !(sent instanceof Auth)) {
      assertEquals(sent, received); // records without byte arrays compare by value
    }
  }

  @Test
  void publishFieldsSurviveMqtt5RoundTrip() {
    ProtocolVersion v = ProtocolVersion.MQTT_5;
    Publish p = (Publish) toServer(v).get(0);
    Publish back = (Publish) decodeOne(Wire.connectedServer(v), encode(p, v));
    assertEquals(p.topic(), back.topic());
    assertEquals(p.qos(), back.qos());
    assertEquals(p.packetId(), back.packetId());
    assertArrayEquals(p.payload(), back.payload());
    assertEquals(p.properties().get(0x08), back.properties().get(0x08));
    assertEquals(p.properties().get(0x26), back.properties().get(0x26));
  }

  @Test
  void mqtt5SuccessAcknowledgementUsesShortForm() {
    assertArrayEquals(
        Wire.bytes(0x40, 0x02, 0x00, 0x01), encode(new PubAck(1), ProtocolVersion.MQTT_5));
    assertArrayEquals(Wire.bytes(0xE0, 0x00), encode(Disconnect.NORMAL, ProtocolVersion.MQTT_5));
  }

  @Test
  void mqtt311IgnoresReasonCodesAndProperties() {
    PubAck ack = new PubAck(1, 0x10, new MqttProperties(List.of(user())));
    assertArrayEquals(Wire.bytes(0x40, 0x02, 0x00, 0x01), encode(ack, ProtocolVersion.MQTT_3_1_1));
  }

  @Test
  void refusesAuthBeforeMqtt5() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            MqttEncoder.encodedLength(
                new Auth(0, MqttProperties.EMPTY), ProtocolVersion.MQTT_3_1_1));
  }
}
