// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.load;

import io.mqttee.protocol.mqttsn.ReturnCodes;
import io.mqttee.protocol.mqttsn.codec.SnDecodeResult;
import io.mqttee.protocol.mqttsn.codec.SnDecoded;
import io.mqttee.protocol.mqttsn.codec.SnDecoder;
import io.mqttee.protocol.mqttsn.codec.SnEncoder;
import io.mqttee.protocol.mqttsn.message.SnConnAck;
import io.mqttee.protocol.mqttsn.message.SnConnect;
import io.mqttee.protocol.mqttsn.message.SnDisconnect;
import io.mqttee.protocol.mqttsn.message.SnMessage;
import io.mqttee.protocol.mqttsn.message.SnRegAck;
import io.mqttee.protocol.mqttsn.message.SnRegister;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Opens MQTT-SN clients, each on a UDP socket of its own: CONNECT (clean session) and REGISTER of
 * its topic, pipelined over all clients and sent again to those not answered, since a datagram can
 * be lost; and DISCONNECT at the end.
 */
final class SnClients {

  /** Longer than any run (warm-up plus duration stay under 300 s): no PINGREQ is needed. */
  static final int KEEP_ALIVE_SECONDS = 900;

  private static final long RESEND_NANOS = 3_000_000_000L;
  private static final long EXCHANGE_NANOS = 60_000_000_000L;
  private static final int RECEIVE_BUFFER_BYTES = 64 * 1024;

  /** A connected MQTT-SN client and the topic id the gateway registered for its topic. */
  record SnClient(DatagramChannel channel, String clientId, int topicId) {}

  private SnClients() {}

  /** Connects one client named {@code prefix + i} per topic, client i registering topic i. */
  static List<SnClient> connect(InetSocketAddress gateway, String prefix, List<String> topics)
      throws IOException {
    List<DatagramChannel> channels = new ArrayList<>(topics.size());
    try (Selector selector = Selector.open()) {
      for (int i = 0; i < topics.size(); i++) {
        DatagramChannel channel = DatagramChannel.open(family(gateway));
        channels.add(channel);
        channel.setOption(StandardSocketOptions.SO_RCVBUF, RECEIVE_BUFFER_BYTES);
        channel.connect(gateway);
        channel.configureBlocking(false);
        channel.register(selector, SelectionKey.OP_READ, i);
      }
      exchange(
          selector,
          channels,
          i -> new SnConnect(false, true, KEEP_ALIVE_SECONDS, prefix + i),
          SnConnAck.class);
      SnMessage[] regAcks =
          exchange(selector, channels, i -> new SnRegister(0, 1, topics.get(i)), SnRegAck.class);
      List<SnClient> clients = new ArrayList<>(channels.size());
      for (int i = 0; i < channels.size(); i++) {
        clients.add(new SnClient(channels.get(i), prefix + i, ((SnRegAck) regAcks[i]).topicId()));
      }
      return clients;
    } catch (IOException | RuntimeException e) {
      closeQuietly(channels);
      throw e;
    }
  }

  /** Sends DISCONNECT (without a duration: not a sleep) and closes; the answer is not awaited. */
  static void disconnect(List<SnClient> clients) {
    byte[] disconnect = SnEncoder.encode(SnDisconnect.PLAIN);
    List<DatagramChannel> channels = new ArrayList<>(clients.size());
    for (SnClient client : clients) {
      channels.add(client.channel());
      try {
        client.channel().write(ByteBuffer.wrap(disconnect));
      } catch (IOException e) {
        // the gateway loses the client after its keep alive; closing is all that is left to do
      }
    }
    closeQuietly(channels);
  }

  /**
   * Sends {@code request(i)} to every client i and waits for the answer of type {@code answer}; an
   * accepted answer for every client, or an exception.
   */
  private static SnMessage[] exchange(
      Selector selector,
      List<DatagramChannel> channels,
      IntFunction<SnMessage> request,
      Class<? extends SnMessage> answer)
      throws IOException {
    SnMessage[] answers = new SnMessage[channels.size()];
    ByteBuffer in = ByteBuffer.allocate(RECEIVE_BUFFER_BYTES);
    long deadline = System.nanoTime() + EXCHANGE_NANOS;
    int missing = channels.size();
    while (missing > 0) {
      if (System.nanoTime() > deadline) {
        throw new IOException(
            missing
                + " of "
                + channels.size()
                + " MQTT-SN clients got no "
                + answer.getSimpleName());
      }
      for (int i = 0; i < channels.size(); i++) {
        if (answers[i] == null) {
          channels.get(i).write(ByteBuffer.wrap(SnEncoder.encode(request.apply(i))));
        }
      }
      long resend = System.nanoTime() + RESEND_NANOS;
      while (missing > 0 && System.nanoTime() < resend) {
        selector.select(50);
        for (SelectionKey key : selector.selectedKeys()) {
          int i = (Integer) key.attachment();
          in.clear();
          while (channels.get(i).read(in) > 0) {
            in.flip();
            SnMessage message = accepted(SnDecoder.decode(in), answer, channels.get(i));
            if (message != null && answers[i] == null) {
              answers[i] = message;
              missing--;
            }
            in.clear();
          }
        }
        selector.selectedKeys().clear();
      }
    }
    return answers;
  }

  /** The answer when the datagram is one, null for anything else; a refusal fails the run. */
  private static SnMessage accepted(
      SnDecodeResult datagram, Class<? extends SnMessage> answer, DatagramChannel channel)
      throws IOException {
    if (!(datagram instanceof SnDecoded decoded) || !answer.isInstance(decoded.message())) {
      return null;
    }
    SnMessage message = decoded.message();
    int code =
        message instanceof SnConnAck connAck
            ? connAck.returnCode()
            : ((SnRegAck) message).returnCode();
    if (code != ReturnCodes.ACCEPTED) {
      throw new IOException(
          "gateway refused "
              + channel.getLocalAddress()
              + ": "
              + answer.getSimpleName()
              + " return code "
              + code);
    }
    return message;
  }

  private static StandardProtocolFamily family(InetSocketAddress gateway) {
    return gateway.getAddress() instanceof Inet6Address
        ? StandardProtocolFamily.INET6
        : StandardProtocolFamily.INET;
  }

  private static void closeQuietly(List<DatagramChannel> channels) {
    for (DatagramChannel channel : channels) {
      try {
        channel.close();
      } catch (IOException e) {
        // nothing more to release
      }
    }
  }
}
