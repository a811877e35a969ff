// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.enterprise;

import io.mqttee.bench.CommandLine;
import io.mqttee.bench.stats.ResultLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * One run of each: {@code --publishers} MQTT clients publish {@code --messages} 64-byte messages at
 * QoS {@code --qos} into the bench application's plain bean, then into its transacted bean
 * (messages per second until the bean counted the last); then the application publishes as many
 * through its connection factory from as many threads (messages acknowledged by the broker per
 * second, with how many a QoS 0 subscriber got). Prints one RESULT line per scenario.
 */
public final class EnterpriseBench {

  private static final long TIMEOUT_NANOS = TimeUnit.MINUTES.toNanos(3);
  private static final int WINDOW = 200;
  private static final int AHEAD = 800;
  private static final byte[] PAYLOAD = new byte[64];

  private final String uri;
  private final BenchApp app;
  private final int messages;
  private final int publishers;
  private final int qos;

  private EnterpriseBench(CommandLine options) {
    String host = options.text("host", "127.0.0.1");
    this.uri = "tcp://" + host + ":" + options.integer("port", 1883, 1, 65_535);
    this.app = new BenchApp(host, options.integer("http-port", 8080, 1, 65_535));
    this.messages = options.integer("messages", 20_000, 1, 10_000_000);
    this.publishers = options.integer("publishers", 4, 1, 1_000);
    this.qos = options.integer("qos", 1, 0, 2);
  }

  public static void main(String[] args) throws Exception {
    CommandLine options =
        CommandLine.parse(
            Set.of("host", "port", "http-port", "messages", "publishers", "qos"), Set.of(), args);
    EnterpriseBench bench = new EnterpriseBench(options);
    System.out.println(bench.intoBean("plain", 0));
    System.out.println(bench.intoBean("tx", 1));
    System.out.println(bench.outOfFactory());
  }

  /**
   * Publishers keep at most {@value #AHEAD} messages ahead of what the bean counted: the broker
   * acknowledges a publisher at once, and a subscriber that falls further behind than its session's
   * queue bound (mqttee.session.max-queued-messages) loses messages, bean or not.
   */
  private ResultLine intoBean(String bean, int countIndex) throws Exception {
    app.reset();
    List<MqttAsyncClient> clients = connect(publishers, "bench-pub");
    Semaphore credit = new Semaphore(AHEAD);
    long start = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int p = 0; p < publishers; p++) {
      MqttAsyncClient client = clients.get(p);
      String topic = "bench/mdb/" + bean + "/p" + p;
      Thread thread = new Thread(() -> publishAll(client, topic, messages / publishers, credit));
      thread.start();
      threads.add(thread);
    }
    long expected = (long) (messages / publishers) * publishers;
    long counted = 0;
    while (counted < expected && System.nanoTime() - start < TIMEOUT_NANOS) {
      Thread.sleep(10);
      long now = app.counts()[countIndex];
      credit.release((int) (now - counted));
      counted = now;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    for (Thread thread : threads) {
      thread.interrupt();
      thread.join();
    }
    disconnect(clients);
    return result("mdb-" + bean, expected, counted, seconds);
  }

  /**
   * The rate is the application's: messages the broker acknowledged per second of the publish call,
   * as the server timed it. The subscriber, at QoS 0 so that its acknowledgements do not pace the
   * run, shows how many were delivered; a broker drops QoS 0 messages for a subscriber that reads
   * slower than they come.
   */
  private ResultLine outOfFactory() throws Exception {
    AtomicLong received = new AtomicLong();
    MqttAsyncClient subscriber = connect(1, "bench-sub").get(0);
    subscriber
        .subscribe("bench/out/#", 0, (topic, message) -> received.incrementAndGet())
        .waitForCompletion();
    long millis = app.publish("bench/out/x", messages, publishers, qos);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (received.get() < messages && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    disconnect(List.of(subscriber));
    return new ResultLine()
        .put("scenario", "factory")
        .put("qos", qos)
        .put("threads", publishers)
        .put("messages", messages)
        .put("rate", messages / (Math.max(1, millis) / 1e3))
        .put("delivered", received.get());
  }

  private ResultLine result(String scenario, long expected, long got, double seconds) {
    ResultLine line =
        new ResultLine()
            .put("scenario", scenario)
            .put("qos", qos)
            .put("publishers", publishers)
            .put("messages", expected)
            .put("rate", got / seconds);
    if (got < expected) {
      line.put("error", "lost_" + (expected - got));
    }
    return line;
  }

  private void publishAll(MqttAsyncClient client, String topic, int count, Semaphore credit) {
    Semaphore window = new Semaphore(WINDOW);
    IMqttActionListener release =
        new IMqttActionListener() {
          @Override
          public void onSuccess(IMqttToken token) {
            window.release();
          }

          @Override
          public void onFailure(IMqttToken token, Throwable failure) {
            window.release();
          }
        };
    try {
      for (int i = 0; i < count; i++) {
        if (credit != null) {
          credit.acquire();
        }
        window.acquire();
        client.publish(topic, PAYLOAD, qos, false, null, release);
      }
      window.acquire(WINDOW);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (MqttException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<MqttAsyncClient> connect(int count, String prefix) throws MqttException {
    List<MqttAsyncClient> clients = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      MqttAsyncClient client =
          new MqttAsyncClient(
              uri, prefix + "-" + i + "-" + System.nanoTime(), new MemoryPersistence());
      MqttConnectOptions options = new MqttConnectOptions();
      options.setMaxInflight(WINDOW);
      options.setCleanSession(true);
      client.connect(options).waitForCompletion();
      clients.add(client);
    }
    return clients;
  }

  private static void disconnect(List<MqttAsyncClient> clients) throws MqttException {
    for (MqttAsyncClient client : clients) {
      client.disconnect().waitForCompletion();
      client.close();
    }
  }
}
