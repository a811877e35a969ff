// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PayloadsTest {

  private static final byte[] HELLO = "héllo".getBytes(StandardCharsets.UTF_8);

  @Test
  void showsUtf8AsText() {
    assertEquals("héllo", Payloads.text(HELLO));
  }

  @Test
  void saysWhenThePayloadIsNotUtf8() {
    assertEquals(
        "(not UTF-8 text: see hex or base64)", Payloads.text(new byte[] {(byte) 0xff, 0x00}));
  }

  @Test
  void showsEveryByteInHexAndBase64() {
    assertEquals("68 c3 a9 6c 6c 6f", Payloads.hex(HELLO));
    assertEquals("aMOpbGxv", Payloads.base64(HELLO));
    assertEquals("", Payloads.hex(new byte[0]));
  }

  @Test
  void showsOnlyTheStartOfALargePayloadAndSaysHowMuchIsLeft() {
    byte[] large = new byte[Payloads.SHOWN_BYTES + 10];
    Arrays.fill(large, (byte) 'a');

    String text = Payloads.text(large);

    assertEquals("a".repeat(Payloads.SHOWN_BYTES) + " … (10 more bytes not shown)", text);
    assertTrue(Payloads.hex(large).endsWith("61 … (10 more bytes not shown)"));
  }

  @Test
  void givesSizesInBytesKibAndMib() {
    assertEquals("0 bytes", Payloads.size(new byte[0]));
    assertEquals("1 byte", Payloads.size(new byte[1]));
    assertEquals("1023 bytes", Payloads.size(new byte[1023]));
    assertEquals("1.5 KiB", Payloads.size(new byte[1536]));
    assertEquals("2.0 MiB", Payloads.size(new byte[2 * 1024 * 1024]));
  }
}
