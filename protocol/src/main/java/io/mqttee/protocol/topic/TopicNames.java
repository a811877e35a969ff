// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.topic;

/** Rules for the topic name of a PUBLISH or will message (MQTT 4.7). */
public final class TopicNames {

  /** The longest UTF-8 encoded string MQTT can carry (MQTT-4.7.3-3). */
  public static final int MAX_BYTES = 65_535;

  private TopicNames() {}

  /**
   * Whether {@code topic} may name a published message: at least one character (MQTT-4.7.3-1), no
   * wildcard characters (MQTT-3.3.2-2), no U+0000 (MQTT-4.7.3-2), no control character (see {@link
   * #isControlCharacter}), at most 65,535 bytes of UTF-8.
   */
  public static boolean isValid(String topic) {
    if (topic == null || topic.isEmpty() || topic.length() > MAX_BYTES) {
      return false;
    }
    int bytes = 0;
    for (int i = 0; i < topic.length(); i++) {
      char c = topic.charAt(i);
      if (c == '+' || c == '#' || c == '\u0000' || isControlCharacter(c)) {
        return false;
      }
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes <= MAX_BYTES;
  }

  /**
   * U+0001..U+001F and U+007F..U+009F, which MQTT's UTF-8 strings should not hold (MQTT 3.1.1
   * section 1.5.3, MQTT 5 section 1.5.4) and which libmosquitto treats as malformed: a retained
   * message on such a topic would disconnect every mosquitto-based wildcard subscriber that meets
   * it, so the broker refuses such topics and filters as mosquitto does.
   */
  public static boolean isControlCharacter(char c) {
    return (c >= '\u0001' && c <= '\u001F') || (c >= '\u007F' && c <= '\u009F');
  }

  /** Whether the topic contains '+' or '#', which only topic filters may (MQTT-3.3.2-2). */
  public static boolean hasWildcard(String topic) {
    return topic.indexOf('+') >= 0 || topic.indexOf('#') >= 0;
  }

  /** Whether the topic starts with '$', which wildcards at the first level never match. */
  public static boolean isSystemTopic(String topic) {
    return !topic.isEmpty() && topic.charAt(0) == '$';
  }
}
