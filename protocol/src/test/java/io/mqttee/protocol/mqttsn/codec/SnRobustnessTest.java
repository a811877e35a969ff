// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.codec;

import static io.mqttee.protocol.mqttsn.codec.SnWire.withLongLength;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.mqttee.protocol.mqttsn.codec.SnVectors.Vector;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The decoder never throws, whatever arrives in a datagram: anyone can send one. Whatever it
 * accepts, the encoder writes back into a datagram that decodes to the same message.
 */
@Tag("unit")
class SnRobustnessTest {

  private static final int[] SAMPLE_OCTETS = {0x00, 0x01, 0x02, 0x03, 0x60, 0x7F, 0x80, 0xFF};

  /** Decodes; anything decoded must survive an encode and decode unchanged. */
  private static SnDecodeResult decodeAndCheck(byte[] datagram) {
    SnDecodeResult result = SnDecoder.decode(datagram);
    assertNotNull(result);
    if (result instanceof SnDecoded decoded) {
      byte[] again = SnEncoder.encode(decoded.message());
      assertEquals(result, SnDecoder.decode(again), () -> "re-encoded " + decoded);
    }
    return result;
  }

  @Test
  void decodesOrRefusesEveryFourOctetDatagramOfEveryTypeByte() {
    // The Paho MQTT-SN gateway crashed on one of these; every type byte gets every third octet.
    for (int type = 0; type < 256; type++) {
      for (int third = 0; third < 256; third++) {
        for (int fourth : SAMPLE_OCTETS) {
          decodeAndCheck(SnWire.bytes(4, type, third, fourth));
          decodeAndCheck(SnWire.bytes(third, type, fourth, 4));
        }
      }
      decodeAndCheck(SnWire.bytes(0x01, 0x00, 0x04, type));
    }
  }

  @Test
  void decodesOrRefusesRandomDatagramsOfEveryTypeByte() {
    Random random = new Random(20131114L);
    for (int type = 0; type < 256; type++) {
      for (int i = 0; i < 300; i++) {
        byte[] datagram = new byte[random.nextInt(40)];
        random.nextBytes(datagram);
        if (datagram.length >= 2) {
          datagram[1] = (byte) type;
          if (random.nextBoolean()) {
            datagram[0] = (byte) datagram.length; // a matching Length reaches the body decoders
          }
        }
        decodeAndCheck(datagram);
        if (datagram.length >= 2 && datagram[1] != (byte) 0xFE) {
          decodeAndCheck(withLongLength(datagram));
        }
      }
    }
  }

  @Test
  void refusesEveryTruncationOfEveryMessage() {
    for (Vector vector : SnVectors.ALL) {
      byte[] wire = vector.wire();
      for (int length = 0; length < wire.length; length++) {
        byte[] prefix = Arrays.copyOf(wire, length);
        SnDecodeResult result = decodeAndCheck(prefix);
        if (wire[1] != (byte) 0xFE) {
          assertInstanceOf(
              SnDecodeFailure.class, result, () -> vector + " cut to " + prefix.length);
        }
      }
    }
  }

  @Test
  void decodesOrRefusesEveryTruncationWhoseLengthFieldWasCorrectedToMatch() {
    // With a matching Length the truncated body reaches the per-type decoders: optional fields
    // (PINGREQ's client id, PUBLISH data) may then legitimately be shorter, the rest is refused.
    for (Vector vector : SnVectors.ALL) {
      byte[] wire = vector.wire();
      for (int length = 2; length < wire.length; length++) {
        byte[] prefix = Arrays.copyOf(wire, length);
        if (prefix[1] != (byte) 0xFE) {
          prefix[0] = (byte) length;
          decodeAndCheck(prefix);
          decodeAndCheck(withLongLength(prefix));
        } else {
          decodeAndCheck(prefix);
        }
      }
    }
  }
}
