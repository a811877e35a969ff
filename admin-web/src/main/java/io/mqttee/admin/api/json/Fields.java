// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api.json;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Field values as the API shows them. */
public final class Fields {
  private Fields() {}

  /** ISO-8601 UTC, or null for 0 (never, or not applicable). */
  public static String time(long epochMillis) {
    return epochMillis == 0 ? null : Instant.ofEpochMilli(epochMillis).toString();
  }

  /** The payload as text when it is valid UTF-8, otherwise null. */
  public static String text(byte[] payload) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(payload))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** {@code payload} (text, or null) and {@code payload_base64} (always) into {@code json}. */
  public static void putPayload(Map<String, Object> json, byte[] payload) {
    json.put("payload", text(payload));
    json.put("payload_base64", Base64.getEncoder().encodeToString(payload));
  }

  public static Map<String, Object> object() {
    return new LinkedHashMap<>();
  }
}
