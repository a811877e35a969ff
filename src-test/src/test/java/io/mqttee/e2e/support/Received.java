// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import java.nio.charset.StandardCharsets;

/** One message as a test client received it. */
public record Received(String topic, byte[] payload, int qos, boolean retained, boolean dup) {

  public String text() {
    return new String(payload, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return topic + " '" + text() + "' qos=" + qos + " retain=" + retained + " dup=" + dup;
  }
}
