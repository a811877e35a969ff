// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.wire;

import java.io.IOException;

/**
 * Waits for the CONNACK (and SUBACK, when a SUBSCRIBE was sent) on a blocking connection and checks
 * that the broker accepted them. The client sends SUBSCRIBE right after CONNECT without waiting,
 * which MQTT allows (3.1.4), so a thousand clients connect in a few round trips.
 */
public final class Handshake implements FrameHandler {

  private static final int TYPE_CONNACK = 2;
  private static final int TYPE_SUBACK = 9;
  private static final int TYPE_DISCONNECT = 14;

  private final boolean mqtt5;
  private final String clientId;
  private boolean connAcked;
  private boolean subAcked;

  private Handshake(boolean mqtt5, String clientId) {
    this.mqtt5 = mqtt5;
    this.clientId = clientId;
  }

  /** Blocks until accepted; throws on refusal, end of stream or the socket timeout. */
  public static void await(ClientConnection connection, boolean mqtt5, boolean expectSubAck)
      throws IOException {
    Handshake handshake = new Handshake(mqtt5, connection.clientId());
    FrameScanner scanner = new FrameScanner(mqtt5);
    while (!handshake.connAcked || (expectSubAck && !handshake.subAcked)) {
      if (!connection.readBlockingAndScan(scanner, handshake)) {
        throw new IOException(connection.clientId() + ": broker closed the connection");
      }
    }
  }

  @Override
  public void onPublish(int qos, int packetId, byte[] bytes, int payloadOffset, int payloadEnd) {
    // nothing is published before the handshakes end; a stray retained message is ignored
  }

  @Override
  public void onAck(int type, int packetId) {
    // no acknowledgement is due before the run starts
  }

  @Override
  public void onControl(int type, byte[] bytes, int bodyOffset, int bodyEnd) {
    if (type == TYPE_CONNACK) {
      int code = bytes[bodyOffset + 1] & 0xFF;
      if (code != 0) {
        throw new HandshakeRefusedException(clientId + ": CONNACK return code " + code);
      }
      connAcked = true;
    } else if (type == TYPE_SUBACK) {
      int pos = bodyOffset + 2;
      if (mqtt5) {
        pos += FrameScanner.varIntLength(bytes, pos) + FrameScanner.readVarInt(bytes, pos);
      }
      int code = bytes[pos] & 0xFF;
      if (code >= 0x80) {
        throw new HandshakeRefusedException(
            clientId + ": SUBACK code 0x" + Integer.toHexString(code));
      }
      subAcked = true;
    } else if (type == TYPE_DISCONNECT) {
      throw new HandshakeRefusedException(clientId + ": broker sent DISCONNECT");
    }
  }
}
