// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.api;

/**
 * Limits every transport and the broker must agree on, read from JVM system properties: the broker
 * announces them in CONNACK, the transports' decoders enforce them.
 */
public final class TransportLimits {
  public static final String MAX_PACKET_SIZE = "mqttee.max-packet-size";
  public static final String TOPIC_ALIAS_MAXIMUM = "mqttee.topic-alias.maximum";

  private static final int DEFAULT_MAX_PACKET_SIZE = 1_048_576;
  private static final int DEFAULT_TOPIC_ALIAS_MAXIMUM = 10;

  private TransportLimits() {}

  /** The largest packet a client may send, in bytes. */
  public static int maxPacketSize() {
    return Integer.getInteger(MAX_PACKET_SIZE, DEFAULT_MAX_PACKET_SIZE);
  }

  /** The highest MQTT 5 topic alias a client may use. */
  public static int topicAliasMaximum() {
    return Integer.getInteger(TOPIC_ALIAS_MAXIMUM, DEFAULT_TOPIC_ALIAS_MAXIMUM);
  }
}
