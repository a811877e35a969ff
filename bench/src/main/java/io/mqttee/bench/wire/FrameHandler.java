// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.wire;

/** What a bench client does with the frames {@link FrameScanner} finds. */
public interface FrameHandler {

  /**
   * A PUBLISH; the payload is {@code bytes[payloadOffset, payloadEnd)}, valid only during the call.
   */
  void onPublish(int qos, int packetId, byte[] bytes, int payloadOffset, int payloadEnd);

  /** PUBACK, PUBREC, PUBREL or PUBCOMP (types 4 to 7), reason code ignored. */
  void onAck(int type, int packetId);

  /** Any other packet; its body (after the fixed header) is {@code bytes[bodyOffset, bodyEnd)}. */
  void onControl(int type, byte[] bytes, int bodyOffset, int bodyEnd);
}
