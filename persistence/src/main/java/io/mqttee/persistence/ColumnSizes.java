// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence;

/** Column lengths shared by the entities, chosen to work on H2 and PostgreSQL alike. */
public final class ColumnSizes {

  /** Client identifiers; MQTT-3.1.3-5 only guarantees 23 characters, brokers may allow more. */
  public static final int CLIENT_ID = 256;

  /**
   * Topic names and filters. They are part of primary keys, and a PostgreSQL B-tree entry must stay
   * under about 2700 bytes, so longer topics are not stored.
   */
  public static final int TOPIC = 1024;

  /** A cluster node's name, its grid address {@code host:port}. */
  public static final int NODE = 256;

  /** Payloads and serialized properties: the largest MQTT packet (MQTT 5 section 1.5.5). */
  public static final int BINARY = 268_435_455;

  private ColumnSizes() {}
}
