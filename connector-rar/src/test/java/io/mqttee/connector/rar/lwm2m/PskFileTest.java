// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.lwm2m;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.leshan.server.security.SecurityInfo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PSK file: one device per line, comments and blank lines skipped, errors naming the line. */
@Tag("unit")
class PskFileTest {

  @TempDir Path dir;

  /** The message of the refusal to read {@code file}. */
  private static String refusal(Path file) {
    return assertThrows(IllegalArgumentException.class, () -> PskFile.read(file)).getMessage();
  }

  @Test
  void parsesALineIntoAPreSharedKeyIdentity() {
    SecurityInfo info = PskFile.parse(" dev1 , id-1 , 0A1b2C ", "here");

    assertTrue(info.usePSK());
    assertEquals("dev1", info.getEndpoint());
    assertEquals("id-1", info.getIdentity());
    assertArrayEquals(new byte[] {0x0a, 0x1b, 0x2c}, info.getPreSharedKey());
  }

  @Test
  void readsEveryDeviceAndSkipsCommentsAndBlankLines() throws Exception {
    Path file =
        write(
            "# endpoint,identity,hex-key",
            "",
            "dev1,id-1,00112233",
            "   ",
            "  # an indented comment",
            "dev2,id-2,ffeeddcc");

    List<SecurityInfo> keys = PskFile.read(file);

    assertEquals(2, keys.size());
    assertEquals("dev1", keys.get(0).getEndpoint());
    assertEquals("id-1", keys.get(0).getIdentity());
    assertArrayEquals(new byte[] {0x00, 0x11, 0x22, 0x33}, keys.get(0).getPreSharedKey());
    assertEquals("dev2", keys.get(1).getEndpoint());
    assertEquals("id-2", keys.get(1).getIdentity());
  }

  @Test
  void anEmptyFileHoldsNoKeys() throws Exception {
    assertTrue(PskFile.read(write("# nothing yet", "")).isEmpty());
  }

  @Test
  void aLineWithTheWrongNumberOfFieldsIsNamed() throws Exception {
    Path file = write("# header", "dev1,id-1,00112233", "dev2,id-2");

    assertEquals(file + ":3: expected endpoint,identity,hex-key", refusal(file));
    assertThrows(IllegalArgumentException.class, () -> PskFile.parse("a,b,00,11", "x"));
  }

  @Test
  void aLineWithABlankEndpointOrIdentityIsNamed() throws Exception {
    Path file = write("dev1,id-1,00112233", "  ,id-2,00112233");

    assertEquals(file + ":2: expected endpoint,identity,hex-key", refusal(file));
    assertThrows(IllegalArgumentException.class, () -> PskFile.parse("dev1, ,00", "x"));
  }

  @Test
  void aKeyThatIsNotHexadecimalIsNamed() throws Exception {
    Path file = write("", "dev1,id-1,00112233", "dev2,id-2,00zz");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PskFile.read(file));
    assertEquals(file + ":3: the key is not hexadecimal", e.getMessage());
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
    IllegalArgumentException odd =
        assertThrows(IllegalArgumentException.class, () -> PskFile.parse("dev1,id-1,abc", "x"));
    assertEquals("x: the key is not hexadecimal", odd.getMessage());
  }

  @Test
  void anEmptyKeyIsNamed() throws Exception {
    Path file = write("dev1,id-1,  ");

    assertEquals(file + ":1: the key is empty", refusal(file));
  }

  @Test
  void aMissingFileIsAnIoError() {
    Path missing = dir.resolve("missing.csv");

    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> PskFile.read(missing));

    assertFalse(Files.exists(missing));
    assertTrue(e.getMessage().contains(missing.toString()));
  }

  private Path write(String... lines) throws Exception {
    Path file = dir.resolve("psk.csv");
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    return file;
  }
}
