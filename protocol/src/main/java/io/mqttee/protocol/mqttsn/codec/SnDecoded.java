// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.codec;

import io.mqttee.protocol.mqttsn.message.SnMessage;
import java.util.Objects;

/** A datagram that held a well-formed message. */
public record SnDecoded(SnMessage message) implements SnDecodeResult {

  public SnDecoded {
    Objects.requireNonNull(message, "message");
  }
}
