// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.wire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * The client side of the WebSocket opening handshake (RFC 6455 §4.1): the HTTP/1.1 upgrade request
 * offering the {@code mqtt} subprotocol, and the check of the server's 101 response.
 */
public final class WebSocketHandshake {

  /** RFC 6455 §1.3: appended to the key before hashing it into Sec-WebSocket-Accept. */
  private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

  /** MQTT-6.0.0-3: the client offers, and MQTT-6.0.0-4 the server selects, {@code mqtt}. */
  static final String SUBPROTOCOL = "mqtt";

  private static final int MAX_RESPONSE_BYTES = 8 * 1024;

  private final String key;
  private final byte[] request;

  /**
   * @param nonce 16 bytes (RFC 6455 §4.1: a randomly selected 16-byte value, base64-encoded)
   */
  public WebSocketHandshake(String hostAndPort, String path, byte[] nonce) {
    if (nonce.length != 16) {
      throw new IllegalArgumentException("the nonce must be 16 bytes");
    }
    this.key = Base64.getEncoder().encodeToString(nonce);
    this.request =
        ("GET "
                + path
                + " HTTP/1.1\r\n"
                + "Host: "
                + hostAndPort
                + "\r\n"
                + "Upgrade: websocket\r\n"
                + "Connection: Upgrade\r\n"
                + "Sec-WebSocket-Key: "
                + key
                + "\r\n"
                + "Sec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Protocol: "
                + SUBPROTOCOL
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
  }

  public byte[] request() {
    return request.clone();
  }

  /**
   * Looks for the end of the response header in {@code bytes[0, length)} and checks the response.
   *
   * @return the offset of the first byte after the header (where WebSocket frames begin), or -1
   *     when the header is not complete yet
   * @throws HandshakeRefusedException when the server did not switch to WebSocket with {@code mqtt}
   */
  public int responseEnd(byte[] bytes, int length) {
    int end = headerEnd(bytes, length);
    if (end < 0) {
      if (length >= MAX_RESPONSE_BYTES) {
        throw new HandshakeRefusedException("WebSocket upgrade response header too long");
      }
      return -1;
    }
    String[] lines = new String(bytes, 0, end - 4, StandardCharsets.ISO_8859_1).split("\r\n");
    String status = lines[0];
    if (!status.startsWith("HTTP/1.1 101")) {
      throw new HandshakeRefusedException("WebSocket upgrade refused: " + status);
    }
    expect(lines, "upgrade", "websocket");
    expect(lines, "sec-websocket-accept", acceptFor(key));
    expect(lines, "sec-websocket-protocol", SUBPROTOCOL);
    return end;
  }

  /** RFC 6455 §4.2.2: base64 of the SHA-1 of the key followed by the GUID. */
  static String acceptFor(String key) {
    try {
      byte[] sha1 =
          MessageDigest.getInstance("SHA-1")
              .digest((key + ACCEPT_GUID).getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(sha1);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
  }

  private static int headerEnd(byte[] bytes, int length) {
    for (int i = 3; i < length; i++) {
      if (bytes[i] == '\n'
          && bytes[i - 1] == '\r'
          && bytes[i - 2] == '\n'
          && bytes[i - 3] == '\r') {
        return i + 1;
      }
    }
    return -1;
  }

  /** RFC 6455 §4.1: header names compare case-insensitively, and so does the Upgrade value. */
  private static void expect(String[] lines, String name, String value) {
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0 && lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
        String actual = lines[i].substring(colon + 1).trim();
        boolean matches =
            name.equals("upgrade") ? actual.equalsIgnoreCase(value) : actual.equals(value);
        if (!matches) {
          throw new HandshakeRefusedException(
              "WebSocket upgrade: " + name + " is \"" + actual + "\", expected \"" + value + "\"");
        }
        return;
      }
    }
    throw new HandshakeRefusedException("WebSocket upgrade response lacks " + name);
  }
}
