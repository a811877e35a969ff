// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.mqttee.protocol.mqttsn.SnQoS;
import io.mqttee.protocol.mqttsn.SnTopic;
import io.mqttee.protocol.mqttsn.codec.SnDecoded;
import io.mqttee.protocol.mqttsn.codec.SnDecoder;
import io.mqttee.protocol.mqttsn.message.SnPublish;
import io.mqttee.protocol.packet.QoS;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The MQTT-SN PUBLISH datagrams of the MQTT-SN fan-in, read back with the gateway's decoder. */
@Tag("unit")
class SnPublishTemplateTest {

  private static SnPublish writeAndDecode(QoS qos, int payloadBytes, int msgId) {
    PublishTemplate template = PublishTemplate.mqttSn(new SnTopic.Registered(9), qos, payloadBytes);
    ByteBuffer datagram = ByteBuffer.allocate(template.length());
    template.writeTo(datagram, msgId, 42L, PublishTemplate.tag(3, 17));
    datagram.flip();
    SnDecoded decoded = assertInstanceOf(SnDecoded.class, SnDecoder.decode(datagram));
    return assertInstanceOf(SnPublish.class, decoded.message());
  }

  @Test
  void patchesMsgIdTimestampAndTagIntoAQos1Publish() {
    SnPublish publish = writeAndDecode(QoS.AT_LEAST_ONCE, 64, 40_000);
    assertEquals(SnQoS.AT_LEAST_ONCE, publish.qos());
    assertEquals(new SnTopic.Registered(9), publish.topic());
    assertEquals(40_000, publish.msgId());
    ByteBuffer payload = ByteBuffer.wrap(publish.data().toByteArray());
    assertEquals(64, payload.remaining());
    assertEquals(42L, payload.getLong());
    assertEquals(PublishTemplate.tag(3, 17), payload.getLong());
  }

  @Test
  void leavesMsgIdZeroInAQos0Publish() {
    SnPublish publish = writeAndDecode(QoS.AT_MOST_ONCE, 16, 5);
    assertEquals(SnQoS.AT_MOST_ONCE, publish.qos());
    assertEquals(0, publish.msgId(), "MQTT-SN 1.2 section 5.3.6: MsgId 0 at QoS 0");
  }

  @Test
  void usesTheThreeOctetLengthForALargePayload() {
    // section 5.2.1: 0x01 and two octets when the message exceeds 255 octets
    SnPublish publish = writeAndDecode(QoS.AT_LEAST_ONCE, 300, 7);
    assertEquals(7, publish.msgId());
    assertEquals(300, publish.data().length());
  }
}
