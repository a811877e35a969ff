// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.mqttee.protocol.mqttsn.codec.SnDecodeFailure.Kind;
import io.mqttee.protocol.mqttsn.message.SnMessage;

/** Builds raw MQTT-SN datagrams and checks what the decoder makes of them. */
final class SnWire {

  private SnWire() {}

  static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  /** The datagram with the one-octet Length replaced by the three-octet form. */
  static byte[] withLongLength(byte[] shortForm) {
    byte[] longForm = new byte[shortForm.length + 2];
    longForm[0] = 0x01;
    longForm[1] = (byte) (longForm.length >> 8);
    longForm[2] = (byte) longForm.length;
    System.arraycopy(shortForm, 1, longForm, 3, shortForm.length - 1);
    return longForm;
  }

  /** Decodes a datagram that must hold a well-formed message. */
  static SnMessage decoded(byte[] datagram) {
    SnDecodeResult result = SnDecoder.decode(datagram);
    return assertInstanceOf(SnDecoded.class, result, () -> "decode failed: " + result).message();
  }

  /** Decodes a datagram that must be refused, and returns why. */
  static SnDecodeFailure failure(byte[] datagram) {
    SnDecodeResult result = SnDecoder.decode(datagram);
    return assertInstanceOf(SnDecodeFailure.class, result, () -> "decoded as " + result);
  }

  /** Decodes a datagram that must be refused for {@code kind}, and returns why. */
  static SnDecodeFailure failure(Kind kind, int... datagram) {
    SnDecodeFailure failure = failure(bytes(datagram));
    assertEquals(kind, failure.kind(), failure::toString);
    return failure;
  }
}
