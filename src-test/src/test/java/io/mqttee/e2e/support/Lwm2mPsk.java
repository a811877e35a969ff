// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * A device of the test domain's PSK file ({@code lwm2m-psk.csv}, the gateway's {@code
 * mqttee.lwm2m.psk-file}): its endpoint name, PSK identity and key.
 */
public record Lwm2mPsk(String endpoint, String identity, byte[] key) {

  private static final String FILE = "/lwm2m-psk.csv";

  public Lwm2mPsk {
    key = key.clone();
  }

  @Override
  public byte[] key() {
    return key.clone();
  }

  /** The entry of {@code endpoint} in the test domain's PSK file. */
  public static Lwm2mPsk of(String endpoint) {
    try (InputStream in = Lwm2mPsk.class.getResourceAsStream(FILE);
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return lines
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.split(",", -1))
          .filter(fields -> fields[0].equals(endpoint))
          .map(fields -> new Lwm2mPsk(fields[0], fields[1], HexFormat.of().parseHex(fields[2])))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException(endpoint + " is not in " + FILE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
