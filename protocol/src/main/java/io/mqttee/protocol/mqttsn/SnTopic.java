// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What a PUBLISH, SUBSCRIBE or UNSUBSCRIBE names, by its TopicIdType (MQTT-SN 1.2 section 5.3.4): a
 * full topic name (SUBSCRIBE and UNSUBSCRIBE only), a topic id from REGISTER (PUBLISH only), a
 * predefined topic id, or a two-octet short topic name.
 */
public sealed interface SnTopic
    permits SnTopic.Named, SnTopic.Registered, SnTopic.Predefined, SnTopic.ShortName {

  TopicIdType type();

  /** A topic name or filter, wildcards allowed (TopicIdType 0b00 in SUBSCRIBE, UNSUBSCRIBE). */
  record Named(String name) implements SnTopic {
    public Named {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public TopicIdType type() {
      return TopicIdType.NORMAL;
    }
  }

  /** A topic id assigned through REGISTER (TopicIdType 0b00 in PUBLISH). */
  record Registered(int id) implements SnTopic {
    public Registered {
      requireTwoOctets(id);
    }

    @Override
    public TopicIdType type() {
      return TopicIdType.NORMAL;
    }
  }

  /** A topic id both sides configured in advance (TopicIdType 0b01). */
  record Predefined(int id) implements SnTopic {
    public Predefined {
      requireTwoOctets(id);
    }

    @Override
    public TopicIdType type() {
      return TopicIdType.PREDEFINED;
    }
  }

  /** A topic name whose UTF-8 encoding is exactly two octets, such as "ab" (TopicIdType 0b10). */
  record ShortName(String name) implements SnTopic {
    public ShortName {
      if (name.getBytes(StandardCharsets.UTF_8).length != 2) {
        throw new IllegalArgumentException("a short topic name is two octets: '" + name + "'");
      }
    }

    @Override
    public TopicIdType type() {
      return TopicIdType.SHORT_NAME;
    }
  }

  private static void requireTwoOctets(int id) {
    if (id < 0 || id > 0xFFFF) {
      throw new IllegalArgumentException("topic id out of range: " + id);
    }
  }
}
