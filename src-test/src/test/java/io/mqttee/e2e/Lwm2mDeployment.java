// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.Lwm2mApplication;
import io.mqttee.e2e.support.Lwm2mDevice;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.AfterEach;

/**
 * The LWM2M gateway's tests: one device and the MQTT application that manages it per test, closed
 * after it (the device de-registers if it still runs), and the checks of the gateway's answers.
 */
abstract class Lwm2mDeployment extends DeployedBroker {

  Lwm2mApplication app;
  Lwm2mDevice device;

  @AfterEach
  void closeDeviceAndApplication() throws MqttException {
    if (device != null) {
      device.close();
    }
    if (app != null) {
      app.close();
    }
  }

  /** An endpoint name unique to this run. */
  static String endpoint() {
    return Broker.clientId("lwm2m");
  }

  /** A new device over plain CoAP, registered; returns the register event the application got. */
  JsonObject registerOverCoap() throws Exception {
    return register(Lwm2mDevice.overCoap(endpoint()));
  }

  /** The device a command test manages, registered: over plain CoAP unless a subclass says. */
  JsonObject registerDevice() throws Exception {
    return registerOverCoap();
  }

  /** Watches the device's topics, starts it, and returns the register event. */
  JsonObject register(Lwm2mDevice.Builder builder) throws Exception {
    app = Lwm2mApplication.watching(builder.endpoint());
    device = builder.startRegistered();
    return app.event("register");
  }

  /** An answer's {@code data}: the CoAP code as "C.DD", its RFC 7252 name, the request's path. */
  static void assertData(JsonObject answer, String code, String codeMsg, String reqPath) {
    JsonObject data = answer.getJsonObject("data");
    assertEquals(code, data.getString("code", null), answer.toString());
    assertEquals(codeMsg, data.getString("codeMsg", null), answer.toString());
    assertEquals(reqPath, data.getString("reqPath", null), answer.toString());
  }

  /** Every entry of {@code expected} is in {@code actual}, with an equal value. */
  static void assertContains(Map<String, Object> expected, Map<String, Object> actual) {
    expected.forEach(
        (path, value) -> {
          assertTrue(actual.containsKey(path), path + " missing from " + actual);
          assertEquals(value, actual.get(path), path + " in " + actual);
        });
  }

  /** {@code data.objectList} of a register or update event. */
  static List<String> objectList(JsonObject event) {
    return event
        .getJsonObject("data")
        .getJsonArray("objectList")
        .getValuesAs(JsonString.class)
        .stream()
        .map(JsonString::getString)
        .toList();
  }
}
