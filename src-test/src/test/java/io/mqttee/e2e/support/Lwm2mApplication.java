// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * An MQTT application that manages one LWM2M device through the gateway's topics (Paho, MQTT
 * 3.1.1): it publishes commands on {@code lwm2m/{ep}/dn} and subscribes to {@code lwm2m/{ep}/up/#},
 * where answers, registration events and notifications come. Messages that a wait skipped are kept
 * for the next one.
 */
public final class Lwm2mApplication implements AutoCloseable {

  public static final Duration ANSWER = Duration.ofSeconds(10);

  /** A message the application received on the device's uplink topics. */
  public record Message(String topic, JsonObject json) {}

  private final PahoClient paho;
  private final String endpoint;
  private final String markerTopic;
  private final List<Message> backlog = new ArrayList<>();
  private long nextReqId = 1;

  private Lwm2mApplication(PahoClient paho, String endpoint, String markerTopic) {
    this.paho = paho;
    this.endpoint = endpoint;
    this.markerTopic = markerTopic;
  }

  /** Connects and subscribes (QoS 1) to the uplink topics of {@code endpoint}. */
  public static Lwm2mApplication watching(String endpoint) throws MqttException {
    PahoClient paho = PahoClient.connect(Broker.clientId("lwm2m-app"));
    try {
      String marker = Broker.topicRoot("lwm2m-marker") + "/" + endpoint;
      paho.subscribe(topic(endpoint, "up/#"), 1);
      paho.subscribe(marker, 1);
      return new Lwm2mApplication(paho, endpoint, marker);
    } catch (MqttException | RuntimeException e) {
      paho.close();
      throw e;
    }
  }

  /** A topic under the device's default mountpoint {@code lwm2m/{ep}/}. */
  public static String topic(String endpoint, String suffix) {
    return "lwm2m/" + endpoint + "/" + suffix;
  }

  public String respTopic() {
    return topic(endpoint, "up/resp");
  }

  public String notifyTopic() {
    return topic(endpoint, "up/notify");
  }

  /** Publishes a command (QoS 1) to {@code lwm2m/{ep}/dn} and returns its reqID. */
  public long send(String msgType, JsonObject data) throws MqttException {
    long reqId = nextReqId++;
    send("dn", Lwm2mJson.command(Lwm2mJson.number(reqId), msgType, data).toString());
    return reqId;
  }

  /** Publishes {@code payload} as it is (QoS 1) to {@code lwm2m/{ep}/<dnSuffix>}. */
  public void send(String dnSuffix, String payload) throws MqttException {
    paho.publish(topic(endpoint, dnSuffix), payload.getBytes(StandardCharsets.UTF_8), 1, false);
  }

  /** Sends a command and returns the answer that echoes its reqID. */
  public JsonObject request(String msgType, JsonObject data)
      throws MqttException, InterruptedException {
    return answer(send(msgType, data));
  }

  /** The message on {@code up/resp} whose reqID is the number {@code reqId}. */
  public JsonObject answer(long reqId) throws InterruptedException {
    return answer(Lwm2mJson.number(reqId));
  }

  /** The message on {@code up/resp} whose reqID equals {@code reqId}, with the same JSON type. */
  public JsonObject answer(JsonValue reqId) throws InterruptedException {
    String expected = reqId.toString();
    return await(
        respTopic(),
        json -> json.containsKey("reqID") && json.get("reqID").toString().equals(expected),
        "the answer with reqID " + expected,
        ANSWER);
  }

  /** The next registration event of that {@code msgType} (register, update, deregister). */
  public JsonObject event(String msgType) throws InterruptedException {
    return event(msgType, ANSWER);
  }

  /** The next registration event of that {@code msgType}, waiting up to {@code wait}. */
  public JsonObject event(String msgType, Duration wait) throws InterruptedException {
    return await(
        respTopic(),
        json -> !json.containsKey("reqID") && msgType.equals(json.getString("msgType", null)),
        "a " + msgType + " event",
        wait);
  }

  /** The next message on {@code up/resp} with that {@code msgType}, with or without reqID. */
  public JsonObject answerOfType(String msgType) throws InterruptedException {
    return await(
        respTopic(),
        json -> msgType.equals(json.getString("msgType", null)),
        "an answer of type " + msgType,
        ANSWER);
  }

  /** The next notification on {@code up/notify}. */
  public JsonObject notification() throws InterruptedException {
    return await(notifyTopic(), json -> true, "a notification", ANSWER);
  }

  /**
   * What arrives on the uplink topics within {@code window} (with what earlier waits skipped on
   * {@code topic}), up to a marker that proves this application still connected and subscribed. A
   * test expects it to be empty.
   */
  public List<Message> quietOn(String topic, Duration window)
      throws InterruptedException, MqttException {
    List<Message> unexpected = new ArrayList<>();
    for (Received received : paho.drainUntilMarker(window, markerTopic)) {
      backlog.add(new Message(received.topic(), Lwm2mJson.parse(received.text())));
    }
    for (Message message : backlog) {
      if (message.topic().equals(topic)) {
        unexpected.add(message);
      }
    }
    return unexpected;
  }

  private JsonObject await(String topic, Predicate<JsonObject> wanted, String what, Duration wait)
      throws InterruptedException {
    Iterator<Message> kept = backlog.iterator();
    while (kept.hasNext()) {
      Message message = kept.next();
      if (message.topic().equals(topic) && wanted.test(message.json())) {
        kept.remove();
        return message.json();
      }
    }
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      Received received = paho.poll(Duration.ofNanos(deadline - System.nanoTime()));
      if (received == null) {
        throw new AssertionError(
            "no " + what + " on " + topic + " within " + wait + "; other messages: " + backlog);
      }
      JsonObject json = Lwm2mJson.parse(received.text());
      if (received.topic().equals(topic) && wanted.test(json)) {
        return json;
      }
      backlog.add(new Message(received.topic(), json));
    }
  }

  @Override
  public void close() throws MqttException {
    paho.close();
  }
}
