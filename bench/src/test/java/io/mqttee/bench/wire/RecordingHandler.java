// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Remembers what the scanner handed over, as strings easy to compare. */
final class RecordingHandler implements FrameHandler {

  final List<String> seen = new ArrayList<>();
  final List<byte[]> payloads = new ArrayList<>();

  @Override
  public void onPublish(int qos, int packetId, byte[] bytes, int payloadOffset, int payloadEnd) {
    seen.add("PUBLISH qos=" + qos + " id=" + packetId);
    payloads.add(Arrays.copyOfRange(bytes, payloadOffset, payloadEnd));
  }

  @Override
  public void onAck(int type, int packetId) {
    seen.add("ACK type=" + type + " id=" + packetId);
  }

  @Override
  public void onControl(int type, byte[] bytes, int bodyOffset, int bodyEnd) {
    seen.add("CONTROL type=" + type + " body=" + (bodyEnd - bodyOffset));
  }
}
