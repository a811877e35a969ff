// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.lwm2m;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * The MQTT application of the benchmark (Eclipse Paho, MQTT 3.1.1, QoS 0 both ways): subscribed to
 * every device's {@code up/resp}, it counts register events and hands the answers to read commands,
 * which it publishes on {@code lwm2m/{ep}/dn}, to the read loop.
 */
final class MqttApplication implements AutoCloseable, MqttCallback {

  private static final long WAIT_MILLIS = 10_000;

  private final MqttAsyncClient client;
  private final Set<String> registered = ConcurrentHashMap.newKeySet();
  private final AtomicLong lastRegisterEventNanos = new AtomicLong();
  private final BlockingQueue<Uplink> answers = new LinkedBlockingQueue<>();

  private MqttApplication(MqttAsyncClient client) {
    this.client = client;
  }

  static MqttApplication connect(InetSocketAddress broker) throws MqttException {
    String uri = "tcp://" + broker.getHostString() + ":" + broker.getPort();
    String clientId = "lwm2m-bench-" + UUID.randomUUID().toString().substring(0, 8);
    MqttAsyncClient client = new MqttAsyncClient(uri, clientId, new MemoryPersistence());
    MqttApplication application = new MqttApplication(client);
    client.setCallback(application);
    MqttConnectOptions options = new MqttConnectOptions();
    options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
    options.setCleanSession(true);
    options.setKeepAliveInterval(60);
    options.setMaxInflight(65_535);
    client.connect(options).waitForCompletion(WAIT_MILLIS);
    client.subscribe("lwm2m/+/up/resp", 0).waitForCompletion(WAIT_MILLIS);
    return application;
  }

  /** Publishes {@code {"reqID", "msgType": "read", "data": {"path"}}} to the device's dn topic. */
  void read(String endpoint, long reqId, String path) throws MqttException {
    String command =
        "{\"reqID\":" + reqId + ",\"msgType\":\"read\",\"data\":{\"path\":\"" + path + "\"}}";
    client.publish("lwm2m/" + endpoint + "/dn", command.getBytes(StandardCharsets.UTF_8), 0, false);
  }

  /** The next answer to a command, or null when none came within {@code timeoutMillis}. */
  Uplink nextAnswer(long timeoutMillis) throws InterruptedException {
    return answers.poll(timeoutMillis, TimeUnit.MILLISECONDS);
  }

  /** Endpoints whose register event arrived. */
  int registerEvents() {
    return registered.size();
  }

  long lastRegisterEventNanos() {
    return lastRegisterEventNanos.get();
  }

  @Override
  public void messageArrived(String topic, MqttMessage message) {
    Uplink uplink = Uplink.parse(topic, message.getPayload());
    if (uplink == null) {
      return;
    }
    if (uplink.isRegisterEvent()) {
      registered.add(uplink.endpoint());
      lastRegisterEventNanos.accumulateAndGet(System.nanoTime(), Math::max);
    } else if (uplink.reqId() >= 0) {
      answers.add(uplink);
    }
  }

  @Override
  public void connectionLost(Throwable cause) {
    answers.add(new Uplink("", "connection_lost", -1, ""));
  }

  @Override
  public void deliveryComplete(IMqttDeliveryToken token) {
    // QoS 0: nothing to wait for
  }

  @Override
  public void close() throws MqttException {
    try {
      client.disconnect().waitForCompletion(WAIT_MILLIS);
    } finally {
      client.close();
    }
  }
}
