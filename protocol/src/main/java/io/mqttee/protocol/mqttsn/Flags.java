// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn;

/**
 * The Flags octet (MQTT-SN 1.2 section 5.3.4): DUP (bit 7), QoS (bits 6-5), Retain (bit 4), Will
 * (bit 3), CleanSession (bit 2) and TopicIdType (bits 1-0). Each message uses some of the fields
 * and ignores the others; which ones is the codec's business.
 *
 * <p>Build one with the {@code with} methods from {@link #NONE}: {@code
 * Flags.NONE.withQos(SnQoS.AT_LEAST_ONCE).withRetain(true)}.
 *
 * @param value the octet, 0 to 255
 */
public record Flags(int value) {

  public static final Flags NONE = new Flags(0);

  private static final int DUP = 0x80;
  private static final int QOS_SHIFT = 5;
  private static final int QOS_MASK = 0b11 << QOS_SHIFT;
  private static final int RETAIN = 0x10;
  private static final int WILL = 0x08;
  private static final int CLEAN_SESSION = 0x04;
  private static final int TOPIC_ID_TYPE_MASK = 0b11;

  public Flags {
    if (value < 0 || value > 0xFF) {
      throw new IllegalArgumentException("flags octet out of range: " + value);
    }
  }

  public static Flags of(int value) {
    return new Flags(value);
  }

  public boolean dup() {
    return (value & DUP) != 0;
  }

  /** The QoS field; every bit pattern is a level, -1 included. */
  public SnQoS qos() {
    return SnQoS.ofBits(value >> QOS_SHIFT);
  }

  public boolean retain() {
    return (value & RETAIN) != 0;
  }

  public boolean will() {
    return (value & WILL) != 0;
  }

  public boolean cleanSession() {
    return (value & CLEAN_SESSION) != 0;
  }

  /** Whether the TopicIdType field holds the reserved code 0b11. */
  public boolean hasReservedTopicIdType() {
    return (value & TOPIC_ID_TYPE_MASK) == TopicIdType.RESERVED_BITS;
  }

  /**
   * The TopicIdType field.
   *
   * @throws IllegalArgumentException when it holds the reserved code 0b11
   */
  public TopicIdType topicIdType() {
    return TopicIdType.ofBits(value & TOPIC_ID_TYPE_MASK);
  }

  public Flags withDup(boolean dup) {
    return with(DUP, dup);
  }

  public Flags withQos(SnQoS qos) {
    return new Flags((value & ~QOS_MASK) | (qos.bits() << QOS_SHIFT));
  }

  public Flags withRetain(boolean retain) {
    return with(RETAIN, retain);
  }

  public Flags withWill(boolean will) {
    return with(WILL, will);
  }

  public Flags withCleanSession(boolean cleanSession) {
    return with(CLEAN_SESSION, cleanSession);
  }

  public Flags withTopicIdType(TopicIdType type) {
    return new Flags((value & ~TOPIC_ID_TYPE_MASK) | type.bits());
  }

  private Flags with(int bit, boolean set) {
    return new Flags(set ? value | bit : value & ~bit);
  }

  @Override
  public String toString() {
    return String.format("Flags[0x%02X]", value);
  }
}
