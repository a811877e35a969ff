// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** An Eclipse Paho MQTT 3.1.1 client that queues what it receives, for assertions. */
public final class PahoClient implements AutoCloseable, MqttCallback {

  private final MqttClient client;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final CountDownLatch lost = new CountDownLatch(1);
  private boolean sessionPresent;

  private PahoClient(String serverUri, String clientId) throws MqttException {
    client = new MqttClient(serverUri, clientId, new MemoryPersistence());
    client.setCallback(this);
  }

  /** Connects with a clean session, keep alive 60 s, MQTT 3.1.1. */
  public static PahoClient connect(String clientId) throws MqttException {
    return connect(clientId, options -> {});
  }

  /** Connects after {@code customizer} adjusted the default options (clean session, 3.1.1). */
  public static PahoClient connect(String clientId, Consumer<MqttConnectOptions> customizer)
      throws MqttException {
    return connectTo(Broker.tcpUri(), clientId, customizer);
  }

  /** Connects to {@code serverUri} ({@code tcp://}, {@code ws://}) as {@link #connect} does. */
  public static PahoClient connectTo(
      String serverUri, String clientId, Consumer<MqttConnectOptions> customizer)
      throws MqttException {
    PahoClient paho = new PahoClient(serverUri, clientId);
    MqttConnectOptions options = new MqttConnectOptions();
    options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
    options.setKeepAliveInterval(60);
    options.setConnectionTimeout(15);
    options.setAutomaticReconnect(false);
    // Paho's synchronous publish returns on PUBACK before it counts the message out of its
    // in-flight window, so back-to-back QoS 1 publishes can hit "Too many publishes in progress"
    // (32202; eclipse-paho/paho.mqtt.java issue 551); a wide window keeps that client bug out
    options.setMaxInflight(1000);
    customizer.accept(options);
    try {
      IMqttToken token = paho.client.connectWithResult(options);
      paho.sessionPresent = token.getSessionPresent();
    } catch (MqttException e) {
      paho.client.close(true);
      throw e;
    }
    return paho;
  }

  public boolean sessionPresent() {
    return sessionPresent;
  }

  public boolean isConnected() {
    return client.isConnected();
  }

  /** Subscribes and returns the granted QoS (0x80 for a failure). */
  public int subscribe(String topicFilter, int qos) throws MqttException {
    IMqttToken token = client.subscribeWithResponse(topicFilter, qos);
    return token.getGrantedQos()[0];
  }

  public void unsubscribe(String topicFilter) throws MqttException {
    client.unsubscribe(topicFilter);
  }

  /** Publishes and, for QoS 1 and 2, returns once the broker has acknowledged. */
  public void publish(String topic, String text, int qos, boolean retained) throws MqttException {
    publish(topic, text.getBytes(StandardCharsets.UTF_8), qos, retained);
  }

  public void publish(String topic, byte[] payload, int qos, boolean retained)
      throws MqttException {
    client.publish(topic, payload, qos, retained);
  }

  /** The next message received, waiting up to {@code timeout}; fails the test if none came. */
  public Received next(Duration timeout) throws InterruptedException {
    Received message = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (message == null) {
      throw new AssertionError(
          client.getClientId() + " received no message within " + timeout.toMillis() + " ms");
    }
    return message;
  }

  /** The next message received within {@code timeout}, or null when none came. */
  public Received poll(Duration timeout) throws InterruptedException {
    return received.poll(Math.max(timeout.toMillis(), 0), TimeUnit.MILLISECONDS);
  }

  /** The next {@code count} messages, in arrival order. */
  public List<Received> next(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Received> messages = new ArrayList<>();
    while (messages.size() < count) {
      long left = deadline - System.nanoTime();
      Received message = received.poll(Math.max(left, 0), TimeUnit.NANOSECONDS);
      if (message == null) {
        throw new AssertionError(
            client.getClientId()
                + " received "
                + messages.size()
                + " of "
                + count
                + ": "
                + messages);
      }
      messages.add(message);
    }
    return messages;
  }

  /**
   * What arrives within {@code window} and before a marker that proves the client still connected
   * and subscribed: after the window it publishes the marker (QoS 1) to {@code subscribedTopic},
   * which one of its own subscriptions must match, and waits for it to come back. A test expects
   * the returned list to be empty; a client that lost its connection or subscription fails here.
   */
  public List<Received> drainUntilMarker(Duration window, String subscribedTopic)
      throws InterruptedException, MqttException {
    Thread.sleep(window.toMillis());
    assertConnected();
    String marker = "marker " + UUID.randomUUID();
    publish(subscribedTopic, marker, 1, false);
    List<Received> before = new ArrayList<>();
    while (true) {
      Received message = next(window.plusSeconds(5));
      if (message.text().equals(marker)) {
        return before;
      }
      before.add(message);
    }
  }

  private void assertConnected() {
    if (!client.isConnected()) {
      throw new AssertionError(client.getClientId() + " lost its connection during the silence");
    }
  }

  /** What arrives within {@code window}, which a test expects to be nothing. */
  public List<Received> drain(Duration window) throws InterruptedException {
    Thread.sleep(window.toMillis());
    List<Received> messages = new ArrayList<>();
    received.drainTo(messages);
    return messages;
  }

  /** True once the broker closed this client's connection (without the client disconnecting). */
  public boolean awaitConnectionLost(Duration timeout) throws InterruptedException {
    return lost.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Disconnects with a DISCONNECT packet. */
  public void disconnect() throws MqttException {
    client.disconnect(2000);
  }

  @Override
  public void connectionLost(Throwable cause) {
    lost.countDown();
  }

  @Override
  public void messageArrived(String topic, MqttMessage message) {
    received.add(
        new Received(
            topic,
            message.getPayload(),
            message.getQos(),
            message.isRetained(),
            message.isDuplicate()));
  }

  @Override
  public void deliveryComplete(IMqttDeliveryToken token) {
    // QoS 1/2 completion is awaited synchronously by publish.
  }

  @Override
  public void close() throws MqttException {
    if (client.isConnected()) {
      client.disconnectForcibly(1000, 1000);
    }
    client.close(true);
  }
}
