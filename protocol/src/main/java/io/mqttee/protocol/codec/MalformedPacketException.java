// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

/**
 * Thrown inside the codec when a packet body breaks the specification; {@link MqttDecoder} turns it
 * into a {@link DecodeFailure} value. Carries no stack trace: malformed input is expected traffic.
 */
final class MalformedPacketException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient DecodeFailure failure;

  MalformedPacketException(String reason, String specStatement, int reasonCode) {
    super(reason, null, false, false);
    this.failure = new DecodeFailure(reason, specStatement, reasonCode);
  }

  static MalformedPacketException malformed(String reason, String specStatement) {
    return new MalformedPacketException(reason, specStatement, 0x81);
  }

  static MalformedPacketException protocolError(String reason, String specStatement) {
    return new MalformedPacketException(reason, specStatement, 0x82);
  }

  DecodeFailure failure() {
    return failure;
  }
}
