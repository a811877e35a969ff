// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.SnMessageType;
import io.mqttee.protocol.mqttsn.SnQoS;

/**
 * WILLTOPICUPD (MQTT-SN 1.2 section 5.4.22): a client replaces its will topic.
 *
 * <p>An empty will topic stands for the empty WILLTOPICUPD, exactly two octets long, which deletes
 * the will topic and the will message; its QoS and retain flag are then always 0 and false,
 * whatever was passed, because the empty message carries no Flags octet.
 *
 * @param qos the will QoS, 0 to 2 (-1 is refused)
 */
public record SnWillTopicUpd(SnQoS qos, boolean retain, String willTopic) implements SnMessage {

  /** The empty WILLTOPICUPD, which deletes the will. */
  public static final SnWillTopicUpd DELETE = new SnWillTopicUpd(SnQoS.AT_MOST_ONCE, false, "");

  public SnWillTopicUpd {
    Fields.present("WillTopic", willTopic);
    if (willTopic.isEmpty()) {
      qos = SnQoS.AT_MOST_ONCE;
      retain = false;
    } else if (Fields.present("QoS", qos) == SnQoS.MINUS_ONE) {
      throw new IllegalArgumentException("a will has QoS 0, 1 or 2");
    }
  }

  /** Whether this is the empty WILLTOPICUPD, which deletes the will. */
  public boolean deletesWill() {
    return willTopic.isEmpty();
  }

  @Override
  public SnMessageType type() {
    return SnMessageType.WILLTOPICUPD;
  }
}
