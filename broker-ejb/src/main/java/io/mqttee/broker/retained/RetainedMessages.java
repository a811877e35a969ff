// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.retained;

import io.mqttee.protocol.packet.Publish;
import java.util.function.Consumer;

/** The retained message of each topic. Thread-safe. */
public interface RetainedMessages {

  /**
   * Applies a PUBLISH with the RETAIN flag: stores it (replacing the topic's previous one), or
   * clears the topic when the payload is empty (MQTT-3.3.1-10, MQTT-3.3.1-11).
   *
   * @return true when the change is written to the store: an acknowledgement of it must wait for
   *     the store's durability point
   */
  boolean apply(Publish retainedPublish);

  /**
   * As {@link #apply}, held here only: another node of a cluster that shares the database stores
   * it. Returns false: nothing waits for the store.
   */
  default boolean applyUnstored(Publish retainedPublish) {
    apply(retainedPublish);
    return false;
  }

  /** Calls {@code target} with each unexpired retained message whose topic the filter matches. */
  void forEachMatching(String topicFilter, Consumer<Publish> target);

  /** Number of retained messages held, for $SYS. */
  int count();
}
