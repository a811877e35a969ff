// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.publish;

import io.mqttee.broker.connection.PropertyIds;
import io.mqttee.protocol.packet.Publish;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Checks the MQTT 5 Payload Format Indicator against the payload (MQTT-3.3.2-4). */
final class PayloadFormat {
  private static final int UTF8 = 1;

  private PayloadFormat() {}

  /** False when the PUBLISH says its payload is UTF-8 and it is not. */
  static boolean isValid(Publish publish) {
    if (publish.properties().intValue(PropertyIds.PAYLOAD_FORMAT_INDICATOR, 0) != UTF8) {
      return true;
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(publish.payload()));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
