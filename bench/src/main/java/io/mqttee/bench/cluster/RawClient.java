// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.cluster;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * An MQTT 3.1.1 client on a plain socket, just enough to time a take-over: CONNECT with clean
 * session 0, and QoS 1 PUBLISH packets received and acknowledged.
 */
final class RawClient implements AutoCloseable {
  private static final int TIMEOUT_MILLIS = 30_000;

  private final Socket socket;
  private final DataInputStream in;
  private final OutputStream out;

  RawClient(String host, int port) throws IOException {
    socket = new Socket(host, port);
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(TIMEOUT_MILLIS);
    in = new DataInputStream(socket.getInputStream());
    out = socket.getOutputStream();
  }

  /** Connects with clean session 0; returns the CONNACK's session present flag. */
  boolean connect(String clientId) throws IOException {
    byte[] id = clientId.getBytes(StandardCharsets.UTF_8);
    int length = 10 + 2 + id.length;
    byte[] packet = new byte[2 + length];
    int i = 0;
    packet[i++] = 0x10;
    packet[i++] = (byte) length; // client ids here stay below 100 bytes: one length byte
    byte[] header = {0, 4, 'M', 'Q', 'T', 'T', 4, 0, 0, 60};
    System.arraycopy(header, 0, packet, i, header.length);
    i += header.length;
    packet[i++] = (byte) (id.length >> 8);
    packet[i++] = (byte) id.length;
    System.arraycopy(id, 0, packet, i, id.length);
    out.write(packet);
    out.flush();
    if (in.readUnsignedByte() != 0x20 || in.readUnsignedByte() != 2) {
      throw new IOException("no CONNACK for " + clientId);
    }
    boolean sessionPresent = (in.readUnsignedByte() & 1) == 1;
    int code = in.readUnsignedByte();
    if (code != 0) {
      throw new IOException("CONNACK " + code + " for " + clientId);
    }
    return sessionPresent;
  }

  /** Receives {@code count} QoS 1 PUBLISH packets, each answered with its PUBACK. */
  void receiveAcknowledging(int count) throws IOException {
    int received = 0;
    while (received < count) {
      int type = in.readUnsignedByte();
      int length = remainingLength();
      byte[] body = new byte[length];
      in.readFully(body);
      if ((type & 0xF0) != 0x30) {
        continue;
      }
      received++;
      if (((type >> 1) & 3) == 1) {
        int topicLength = ((body[0] & 0xFF) << 8) | (body[1] & 0xFF);
        out.write(new byte[] {0x40, 2, body[2 + topicLength], body[3 + topicLength]});
      }
    }
    out.flush();
  }

  private int remainingLength() throws IOException {
    int value = 0;
    for (int shift = 0; shift < 28; shift += 7) {
      int b = in.readUnsignedByte();
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IOException("malformed remaining length");
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
