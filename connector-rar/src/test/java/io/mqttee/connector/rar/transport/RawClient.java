// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;

/** A plain socket that writes whatever bytes a test gives it, valid MQTT or not. */
final class RawClient implements AutoCloseable {

  private final Socket socket = new Socket();
  private final OutputStream out;
  private final InputStream in;

  RawClient(InetSocketAddress server) throws IOException {
    socket.connect(server, 5_000);
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(5_000);
    out = socket.getOutputStream();
    in = socket.getInputStream();
  }

  /** The client side's port. */
  int localPort() {
    return socket.getLocalPort();
  }

  void write(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** Writes the bytes in chunks of the given sizes, pausing so each chunk is a separate read. */
  void writeInChunks(byte[] bytes, int... sizes) throws IOException, InterruptedException {
    int offset = 0;
    for (int size : sizes) {
      write(Arrays.copyOfRange(bytes, offset, offset + size));
      offset += size;
      Thread.sleep(30);
    }
    write(Arrays.copyOfRange(bytes, offset, bytes.length));
  }

  byte[] readExactly(int length) throws IOException {
    return in.readNBytes(length);
  }

  /** Whether the server closed the connection within the socket timeout. */
  boolean closedByServer(int timeoutMillis) throws IOException {
    socket.setSoTimeout(timeoutMillis);
    try {
      return in.read() == -1;
    } catch (SocketTimeoutException e) {
      return false;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
