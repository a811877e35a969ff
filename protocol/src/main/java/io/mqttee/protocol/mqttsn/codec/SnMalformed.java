// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.codec;

import io.mqttee.protocol.mqttsn.SnMessageType;
import io.mqttee.protocol.mqttsn.codec.SnDecodeFailure.Kind;

/**
 * Thrown inside the codec when a body breaks the specification; {@link SnDecoder} returns its
 * failure as a value. No stack trace: malformed datagrams are expected traffic.
 */
final class SnMalformed extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient SnDecodeFailure failure;

  SnMalformed(Kind kind, SnMessageType type, String reason, String section) {
    super(reason, null, false, false);
    this.failure = new SnDecodeFailure(kind, type, reason, section);
  }

  SnDecodeFailure failure() {
    return failure;
  }
}
