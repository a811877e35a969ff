// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.lwm2m;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.leshan.server.security.SecurityInfo;

/**
 * A file of pre-shared keys: one device per line, {@code endpoint,identity,hex-key}; blank lines
 * and lines starting with {@code #} are skipped. A device with a key must use DTLS with that
 * identity (OMA LWM2M 1.1 Transport, section 5.2.8.2).
 */
public final class PskFile {

  private PskFile() {}

  /**
   * The identities in the file.
   *
   * @throws IllegalArgumentException naming the line that is malformed
   * @throws UncheckedIOException when the file cannot be read
   */
  public static List<SecurityInfo> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the LWM2M PSK file " + file, e);
    }
    List<SecurityInfo> keys = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (!line.isEmpty() && !line.startsWith("#")) {
        keys.add(parse(line, file + ":" + (i + 1)));
      }
    }
    return keys;
  }

  static SecurityInfo parse(String line, String where) {
    String[] fields = line.split(",", -1);
    if (fields.length != 3 || fields[0].isBlank() || fields[1].isBlank()) {
      throw new IllegalArgumentException(where + ": expected endpoint,identity,hex-key");
    }
    byte[] key;
    try {
      key = HexFormat.of().parseHex(fields[2].trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": the key is not hexadecimal", e);
    }
    if (key.length == 0) {
      throw new IllegalArgumentException(where + ": the key is empty");
    }
    return SecurityInfo.newPreSharedKeyInfo(fields[0].trim(), fields[1].trim(), key);
  }
}
