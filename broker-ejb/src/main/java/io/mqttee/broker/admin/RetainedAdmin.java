// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

import java.util.Optional;

/** Retained messages. Deleting one is the same as a client clearing it (MQTT-3.3.1-10). */
public interface RetainedAdmin {

  /** Unexpired retained messages whose topic {@code topicFilterOrNull} matches, by topic. */
  Page<RetainedView> messages(String topicFilterOrNull, PageRequest page);

  Optional<RetainedView> message(String topic);

  /**
   * @return false when the topic had no retained message
   */
  boolean delete(String topic);

  /**
   * @return how many were deleted
   */
  int deleteAll();
}
