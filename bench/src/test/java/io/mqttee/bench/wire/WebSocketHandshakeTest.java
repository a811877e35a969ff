// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class WebSocketHandshakeTest {

  /**
   * RFC 6455 §1.3: the key "dGhlIHNhbXBsZSBub25jZQ==" is answered "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=".
   */
  private static final byte[] SAMPLE_NONCE = "the sample nonce".getBytes(StandardCharsets.US_ASCII);

  private static final String ACCEPTED =
      "HTTP/1.1 101 Switching Protocols\r\n"
          + "Upgrade: WebSocket\r\n"
          + "Connection: Upgrade\r\n"
          + "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"
          + "Sec-WebSocket-Protocol: mqtt\r\n"
          + "\r\n";

  private static final WebSocketHandshake HANDSHAKE =
      new WebSocketHandshake("127.0.0.1:8080", "/mqtt", SAMPLE_NONCE);

  private static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void requestsAnUpgradeOfferingTheMqttSubprotocol() {
    String request = new String(HANDSHAKE.request(), StandardCharsets.US_ASCII);
    assertTrue(request.startsWith("GET /mqtt HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n"));
    assertTrue(request.contains("\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"));
    assertTrue(request.contains("\r\nSec-WebSocket-Version: 13\r\n"));
    assertTrue(request.contains("\r\nSec-WebSocket-Protocol: mqtt\r\n")); // MQTT-6.0.0-3
    assertTrue(request.endsWith("\r\n\r\n"));
  }

  @Test
  void acceptIsTheRfcSampleForTheSampleKey() {
    assertEquals(
        "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", WebSocketHandshake.acceptFor("dGhlIHNhbXBsZSBub25jZQ=="));
  }

  @Test
  void findsTheEndOfAnAcceptedResponseWithFramesAfterIt() {
    byte[] bytes = latin1(ACCEPTED + "\u0082\u0002\u0020\u0002");
    assertEquals(ACCEPTED.length(), HANDSHAKE.responseEnd(bytes, bytes.length));
  }

  @Test
  void waitsForTheRestOfTheHeader() {
    byte[] bytes = latin1(ACCEPTED);
    assertEquals(-1, HANDSHAKE.responseEnd(bytes, bytes.length - 1));
  }

  @Test
  void refusesAnotherStatus() {
    byte[] bytes = latin1("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
    assertThrows(HandshakeRefusedException.class, () -> HANDSHAKE.responseEnd(bytes, bytes.length));
  }

  @Test
  void refusesAWrongAcceptOrAMissingSubprotocol() {
    byte[] wrongAccept = latin1(ACCEPTED.replace("xOo=", "xOx="));
    assertThrows(
        HandshakeRefusedException.class,
        () -> HANDSHAKE.responseEnd(wrongAccept, wrongAccept.length));
    // MQTT-6.0.0-4: the server selects "mqtt"
    byte[] noProtocol = latin1(ACCEPTED.replace("Sec-WebSocket-Protocol: mqtt\r\n", ""));
    assertThrows(
        HandshakeRefusedException.class,
        () -> HANDSHAKE.responseEnd(noProtocol, noProtocol.length));
  }
}
