// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * A Paho MQTT v5 client that queues what it receives and records why the broker disconnected it.
 */
public final class PahoV5Client implements AutoCloseable, MqttCallback {
  private static final Duration DELIVERY = Duration.ofSeconds(10);
  private static final Duration QUIET = Duration.ofSeconds(1);
  private static final long TIMEOUT_MS = 10_000;

  private final MqttAsyncClient client;
  private final BlockingQueue<Delivered> received = new LinkedBlockingQueue<>();
  private final CompletableFuture<Integer> disconnectReason = new CompletableFuture<>();
  private MqttProperties connAck;
  private boolean sessionPresent;

  private PahoV5Client(String serverUri, String clientId) throws MqttException {
    client = new MqttAsyncClient(serverUri, clientId, new MemoryPersistence());
    client.setCallback(this);
  }

  /** Connects to the deployed broker. */
  public static PahoV5Client connect(String clientId, Consumer<MqttConnectionOptions> customizer)
      throws MqttException {
    return connectTo(Broker.tcpUri(), clientId, customizer);
  }

  public static PahoV5Client connectTo(
      String serverUri, String clientId, Consumer<MqttConnectionOptions> customizer)
      throws MqttException {
    PahoV5Client v5 = new PahoV5Client(serverUri, clientId);
    MqttConnectionOptions options = new MqttConnectionOptions();
    options.setKeepAliveInterval(60);
    options.setConnectionTimeout(15);
    options.setAutomaticReconnect(false);
    customizer.accept(options);
    try {
      IMqttToken token = v5.client.connect(options);
      token.waitForCompletion(TIMEOUT_MS);
      v5.connAck = token.getResponseProperties();
      v5.sessionPresent = token.getSessionPresent();
    } catch (MqttException e) {
      v5.client.close(true);
      throw e;
    }
    return v5;
  }

  /** Clean Start 0 with the given Session Expiry Interval. */
  public static Consumer<MqttConnectionOptions> persistent(long sessionExpirySeconds) {
    return options -> {
      options.setCleanStart(false);
      options.setSessionExpiryInterval(sessionExpirySeconds);
    };
  }

  public void subscribe(MqttSubscription subscription, MqttProperties properties)
      throws MqttException {
    IMqttToken token =
        client.subscribe(new MqttSubscription[] {subscription}, null, null, properties);
    token.waitForCompletion(TIMEOUT_MS);
    int reason = token.getReasonCodes()[0];
    assertTrue(reason < 0x80, "SUBACK reason code " + reason);
  }

  public void publish(String topic, String text, int qos, MqttProperties properties)
      throws MqttException {
    MqttMessage message =
        new MqttMessage(text.getBytes(StandardCharsets.UTF_8), qos, false, properties);
    client.publish(topic, message).waitForCompletion(TIMEOUT_MS);
  }

  public void publishRetained(String topic, String text) throws MqttException {
    MqttMessage message =
        new MqttMessage(text.getBytes(StandardCharsets.UTF_8), 1, true, new MqttProperties());
    client.publish(topic, message).waitForCompletion(TIMEOUT_MS);
  }

  public Delivered next() throws InterruptedException {
    Delivered message = received.poll(DELIVERY.toMillis(), TimeUnit.MILLISECONDS);
    if (message == null) {
      throw new AssertionError(client.getClientId() + " received no message within " + DELIVERY);
    }
    return message;
  }

  public List<Delivered> next(int count) throws InterruptedException {
    List<Delivered> messages = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      messages.add(next());
    }
    return messages;
  }

  public List<Delivered> drain() throws InterruptedException {
    return drain(QUIET);
  }

  /**
   * What arrives within the quiet window and before a marker that {@code sender} publishes to
   * {@code topic} afterwards: the marker's arrival proves this client still connected and
   * subscribed, so an empty result is no accident of a lost connection or subscription.
   */
  public List<Delivered> drainUntilMarkerFrom(PahoV5Client sender, String topic) throws Exception {
    Thread.sleep(QUIET.toMillis());
    if (!client.isConnected()) {
      throw new AssertionError(client.getClientId() + " lost its connection in the silence");
    }
    String marker = "marker " + UUID.randomUUID();
    sender.publish(topic, marker, 1, new MqttProperties());
    List<Delivered> before = new ArrayList<>();
    while (true) {
      Delivered message = next();
      if (message.text().equals(marker)) {
        return before;
      }
      before.add(message);
    }
  }

  public List<Delivered> drain(Duration window) throws InterruptedException {
    Thread.sleep(window.toMillis());
    List<Delivered> messages = new ArrayList<>();
    received.drainTo(messages);
    return messages;
  }

  public void disconnect() throws MqttException {
    client.disconnect().waitForCompletion(TIMEOUT_MS);
  }

  /** Closes the network connection without DISCONNECT: to the broker, an abnormal close. */
  public void dropConnection() throws MqttException {
    client.disconnectForcibly(0, 1000, false);
    client.close(true);
  }

  @Override
  public void disconnected(MqttDisconnectResponse response) {
    disconnectReason.complete(response.getReturnCode());
  }

  /** The CONNACK's properties. */
  public MqttProperties connAck() {
    return connAck;
  }

  /** The CONNACK's session present flag. */
  public boolean sessionPresent() {
    return sessionPresent;
  }

  public boolean isConnected() {
    return client.isConnected();
  }

  /** The reason code of the broker's DISCONNECT, once it came; fails after {@code timeout}. */
  public int awaitDisconnectReason(Duration timeout) throws Exception {
    return disconnectReason.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void mqttErrorOccurred(MqttException exception) {
    // surfaces through the tokens the tests wait on
  }

  @Override
  public void messageArrived(String topic, MqttMessage message) {
    received.add(new Delivered(topic, message));
  }

  @Override
  public void deliveryComplete(IMqttToken token) {
    // publish waits on its token
  }

  @Override
  public void connectComplete(boolean reconnect, String serverUri) {
    // connect waits on its token
  }

  @Override
  public void authPacketArrived(int reasonCode, MqttProperties properties) {
    // the broker refuses enhanced authentication with CONNACK 0x8C
  }

  @Override
  public void close() throws MqttException {
    if (client.isConnected()) {
      client.disconnectForcibly(1000, 1000, true);
    }
    client.close(true);
  }

  /** One message as the v5 client received it. */
  public record Delivered(String topic, MqttMessage message) {
    public String text() {
      return new String(message.getPayload(), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return topic + " '" + text() + "'";
    }
  }
}
