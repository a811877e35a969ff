// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A message payload as the console shows it: as text, hex and base64. Only the first {@link
 * #SHOWN_BYTES} bytes are shown, so one large payload cannot fill the page.
 */
public final class Payloads {

  static final int SHOWN_BYTES = 64 * 1024;

  private Payloads() {}

  /** The payload as UTF-8 text, or a note that it is not UTF-8. */
  public static String text(byte[] payload) {
    byte[] shown = shown(payload);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(shown))
              .toString();
      return text + more(payload);
    } catch (CharacterCodingException e) {
      if (shown.length < payload.length) {
        return new String(shown, StandardCharsets.UTF_8) + more(payload);
      }
      return "(not UTF-8 text: see hex or base64)";
    }
  }

  /** The payload's bytes in hex, two digits a byte, space-separated. */
  public static String hex(byte[] payload) {
    return HexFormat.ofDelimiter(" ").formatHex(shown(payload)) + more(payload);
  }

  public static String base64(byte[] payload) {
    return Base64.getEncoder().encodeToString(shown(payload)) + more(payload);
  }

  /** A short size, for example {@code "12 bytes"} or {@code "3.4 KiB"}. */
  public static String size(byte[] payload) {
    int length = payload.length;
    if (length < 1024) {
      return length == 1 ? "1 byte" : length + " bytes";
    }
    if (length < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", length / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MiB", length / (1024.0 * 1024.0));
  }

  private static byte[] shown(byte[] payload) {
    return payload.length <= SHOWN_BYTES ? payload : Arrays.copyOf(payload, SHOWN_BYTES);
  }

  private static String more(byte[] payload) {
    return payload.length <= SHOWN_BYTES
        ? ""
        : " … (" + (payload.length - SHOWN_BYTES) + " more bytes not shown)";
  }
}
