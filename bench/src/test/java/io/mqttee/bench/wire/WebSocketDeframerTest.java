// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class WebSocketDeframerTest {

  /** An unmasked server frame with the shortest length encoding for its payload (§5.2). */
  private static byte[] serverFrame(int firstByte, byte[] payload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(firstByte);
    if (payload.length <= 125) {
      out.write(payload.length);
    } else if (payload.length <= 0xFFFF) {
      out.write(126);
      out.write(payload.length >>> 8);
      out.write(payload.length);
    } else {
      out.write(127);
      out.writeBytes(ByteBuffer.allocate(8).putLong(payload.length).array());
    }
    out.writeBytes(payload);
    return out.toByteArray();
  }

  private static byte[] binary(byte[] payload) {
    return serverFrame(0x82, payload);
  }

  private static byte[] random(int length) {
    byte[] b = new byte[length];
    new Random(length).nextBytes(b);
    return b;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** Feeds {@code wire} in reads of {@code chunk} bytes, as a socket might deliver it. */
  private static byte[] unframeInChunks(WebSocketDeframer deframer, byte[] wire, int chunk) {
    ByteBuffer raw = ByteBuffer.allocate(wire.length + 16);
    ByteBuffer mqtt = ByteBuffer.allocate(wire.length);
    for (int at = 0; at < wire.length; at += chunk) {
      raw.put(wire, at, Math.min(chunk, wire.length - at));
      raw.flip();
      deframer.unframe(raw, mqtt);
      raw.compact();
    }
    assertEquals(0, raw.position(), "every frame byte consumed");
    return Arrays.copyOf(mqtt.array(), mqtt.position());
  }

  @Test
  void passesBinaryPayloadsOnAsOneStream() {
    byte[] a = random(10);
    byte[] b = random(3);
    byte[] wire = concat(binary(a), binary(new byte[0]), binary(b));
    assertArrayEquals(concat(a, b), unframeInChunks(new WebSocketDeframer(), wire, wire.length));
  }

  @Test
  void readsSixteenAndSixtyFourBitLengths() {
    byte[] medium = random(300);
    byte[] large = random(70_000);
    byte[] wire = concat(binary(medium), binary(large), binary(random(125)));
    byte[] out = unframeInChunks(new WebSocketDeframer(), wire, wire.length);
    assertArrayEquals(medium, Arrays.copyOfRange(out, 0, 300));
    assertArrayEquals(large, Arrays.copyOfRange(out, 300, 70_300));
    assertEquals(300 + 70_000 + 125, out.length);
  }

  @Test
  void framesSplitAnywhereAcrossReadsGiveTheSameBytes() {
    byte[] a = random(200);
    byte[] b = random(70_000);
    byte[] wire = concat(binary(a), binary(b), binary(random(1)));
    byte[] whole = unframeInChunks(new WebSocketDeframer(), wire, wire.length);
    for (int chunk : new int[] {1, 2, 3, 7, 9, 13, 4096}) {
      assertArrayEquals(whole, unframeInChunks(new WebSocketDeframer(), wire, chunk), "" + chunk);
    }
  }

  @Test
  void stopsWhenTheMqttBufferIsFullAndResumesWhereItStopped() {
    byte[] payload = random(100);
    ByteBuffer raw = ByteBuffer.wrap(binary(payload));
    ByteBuffer mqtt = ByteBuffer.allocate(30);
    WebSocketDeframer deframer = new WebSocketDeframer();
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    while (raw.hasRemaining()) {
      deframer.unframe(raw, mqtt);
      got.write(mqtt.array(), 0, mqtt.position());
      mqtt.clear();
    }
    assertArrayEquals(payload, got.toByteArray());
  }

  @Test
  void joinsFragmentsAndSkipsPingsBetweenThem() {
    byte[] a = random(5);
    byte[] b = random(6);
    // binary without FIN, a ping, then the final continuation frame (RFC 6455 §5.4)
    byte[] wire = concat(serverFrame(0x02, a), serverFrame(0x89, random(4)), serverFrame(0x80, b));
    WebSocketDeframer deframer = new WebSocketDeframer();
    assertArrayEquals(concat(a, b), unframeInChunks(deframer, wire, 3));
    assertEquals(1, deframer.pings());
  }

  @Test
  void closeFrameEndsTheStream() {
    byte[] a = random(4);
    byte[] wire = concat(binary(a), serverFrame(0x88, new byte[] {0x03, (byte) 0xE8}));
    ByteBuffer mqtt = ByteBuffer.allocate(16);
    WebSocketDeframer deframer = new WebSocketDeframer();
    deframer.unframe(ByteBuffer.wrap(concat(wire, binary(random(3)))), mqtt);
    assertTrue(deframer.closed());
    assertArrayEquals(a, Arrays.copyOf(mqtt.array(), mqtt.position()), "nothing after Close");
  }

  @Test
  void refusesMaskedServerFrames() {
    // RFC 6455 §5.1: a client closes the connection on a masked frame from the server
    ByteBuffer raw = ByteBuffer.wrap(new byte[] {(byte) 0x82, (byte) 0x81, 1, 2, 3, 4, 5});
    assertThrows(
        MalformedFrameException.class,
        () -> new WebSocketDeframer().unframe(raw, ByteBuffer.allocate(8)));
  }

  @Test
  void refusesTextFrames() {
    // MQTT-6.0.0-1: MQTT Control Packets travel in binary data frames
    ByteBuffer raw = ByteBuffer.wrap(serverFrame(0x81, new byte[] {'x'}));
    assertThrows(
        MalformedFrameException.class,
        () -> new WebSocketDeframer().unframe(raw, ByteBuffer.allocate(8)));
  }

  @Test
  void refusesAControlFrameOver125Bytes() {
    ByteBuffer raw = ByteBuffer.wrap(serverFrame(0x89, random(126)));
    assertThrows(
        MalformedFrameException.class,
        () -> new WebSocketDeframer().unframe(raw, ByteBuffer.allocate(8)));
  }
}
