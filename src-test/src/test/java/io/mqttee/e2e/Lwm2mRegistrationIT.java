// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static io.mqttee.e2e.support.Lwm2mJson.path;
import static io.mqttee.e2e.support.Lwm2mJson.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.support.AdminApi;
import io.mqttee.e2e.support.AdminApi.Reply;
import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.Lwm2mApplication;
import io.mqttee.e2e.support.Lwm2mClientEvents.Outcome;
import io.mqttee.e2e.support.Lwm2mDevice;
import io.mqttee.e2e.support.Lwm2mPsk;
import io.mqttee.e2e.support.Lwm2mTestSensor;
import io.mqttee.e2e.support.TestTls;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.leshan.core.ResponseCode;
import org.junit.jupiter.api.Test;

/**
 * The LWM2M gateway's registrations end to end, with a real LWM2M device (Eclipse Leshan's client)
 * and an MQTT application (Paho): register, update, deregister and expiry events, lifetime limits,
 * DTLS with pre-shared keys, the devices and listeners in the admin API, object definitions loaded
 * at run time, and the error answers after which the gateway keeps working.
 */
class Lwm2mRegistrationIT extends Lwm2mDeployment {

  static final Duration QUIET = Duration.ofSeconds(2);

  @Test
  void publishesARegisterEventWithTheDevicesRegistrationParameters() throws Exception {
    // OMA LWM2M 1.1 Core, 6.2.1 Register: Endpoint Client Name, Lifetime, LwM2M Version, Binding
    // Mode and the Objects and Object Instances the device supports
    JsonObject event = registerOverCoap();
    JsonObject data = event.getJsonObject("data");
    assertEquals(device.endpoint(), data.getString("ep"));
    assertEquals(Lwm2mDevice.DEFAULT_LIFETIME, data.getJsonNumber("lt").longValueExact());
    assertEquals("1.1", data.getString("lwm2m"));
    assertEquals("U", data.getString("b"));
    assertEquals("/", data.getString("alternatePath"));
    List<String> objects = objectList(event);
    assertTrue(objects.containsAll(List.of("/1/0", "/3/0", "/6")), objects.toString());
    assertTrue(
        objects.stream().allMatch(link -> link.matches("/\\d+(/\\d+)?")),
        "link targets without <> and attributes: " + objects);
  }

  @Test
  void publishesAnUpdateEventWithTheRegistrationMergedWithTheUpdate() throws Exception {
    // OMA LWM2M 1.1 Core, 6.2.2 Update: only the parameters that changed are sent
    JsonObject registered = registerOverCoap().getJsonObject("data");
    device.updateLifetime(600);
    JsonObject data = app.event("update").getJsonObject("data");
    assertEquals(600, data.getJsonNumber("lt").longValueExact());
    for (String kept : List.of("ep", "lwm2m", "b", "alternatePath", "objectList")) {
      assertEquals(registered.get(kept), data.get(kept), kept + " in " + data);
    }
  }

  @Test
  void publishesADeregisterEventAndDropsTheClientWhenTheDeviceDeregisters() throws Exception {
    // OMA LWM2M 1.1 Core, 6.2.3 De-register
    registerOverCoap();
    device.stop(true);
    assertDeregistered(app.event("deregister"), "deregistered");
    assertGoneFromTheAdminApi(device.endpoint());
    assertData(app.request("read", path("/3/0/0")), "4.04", "not_found", "/3/0/0");
  }

  @Test
  void expiresARegistrationWhoseLifetimeRunsOutWithoutUpdate() throws Exception {
    // OMA LWM2M 1.1 Core, 6.2.1, Lifetime: "The registration SHOULD be removed by the LwM2M
    // Server if a new registration or update is not received within this lifetime."
    registerOverCoap(3);
    device.stop(false);
    assertDeregistered(app.event("deregister", Duration.ofSeconds(30)), "expired");
    assertGoneFromTheAdminApi(device.endpoint());
  }

  @Test
  void refusesAnUpdateWithALifetimeOutsideTheLimits() throws Exception {
    // the test domain allows 2 to 3600 s; Leshan answers a refused Update with 4.00
    registerOverCoap();
    Outcome outcome = device.updateLifetimeRefused(7200);
    assertEquals(ResponseCode.BAD_REQUEST, outcome.code(), outcome.toString());
  }

  @Test
  void refusesARegisterWithALifetimeOutsideTheLimits() throws Exception {
    // the test domain allows 2 to 3600 s (mqttee.lwm2m.lifetime-min and -max)
    for (long lifetime : List.of(1L, 7200L)) {
      String endpoint = endpoint();
      try (Lwm2mApplication watcher = Lwm2mApplication.watching(endpoint);
          Lwm2mDevice refused = Lwm2mDevice.overCoap(endpoint).lifetime(lifetime).start()) {
        Outcome outcome = refused.awaitRegistrationRefused();
        assertTrue(
            outcome.code() == ResponseCode.BAD_REQUEST || outcome.code() == ResponseCode.FORBIDDEN,
            "lifetime " + lifetime + ": " + outcome);
        assertEquals(List.of(), watcher.quietOn(watcher.respTopic(), QUIET));
      }
    }
  }

  @Test
  void registersOverDtlsWithThePreSharedKeyOfItsEndpointAndAnswersReads() throws Exception {
    Lwm2mPsk psk = Lwm2mPsk.of("psk-sensor-1");
    JsonObject event = register(Lwm2mDevice.overDtls(psk.endpoint(), psk.identity(), psk.key()));
    assertEquals(psk.endpoint(), event.getJsonObject("data").getString("ep"));
    JsonObject answer = app.request("read", path("/3/0/2"));
    assertData(answer, "2.05", "content", "/3/0/2");
    assertEquals(Map.of("/3/0/2", psk.endpoint()), values(answer));
  }

  @Test
  void refusesADtlsHandshakeWithAWrongKey() throws Exception {
    Lwm2mPsk psk = Lwm2mPsk.of("psk-sensor-2");
    byte[] wrong = psk.key();
    wrong[0] ^= 0x55;
    assertNotRegistered(Lwm2mDevice.overDtls(psk.endpoint(), psk.identity(), wrong));
  }

  @Test
  void refusesADeviceWithAPreSharedKeyThatRegistersOverPlainCoap() throws Exception {
    Outcome outcome = assertNotRegistered(Lwm2mDevice.overCoap("psk-sensor-2"));
    assertEquals(ResponseCode.FORBIDDEN, outcome.code(), outcome.toString());
  }

  @Test
  void refusesADeviceCertificateWhoseCommonNameIsAnotherEndpoint() throws Exception {
    // OMA LWM2M 1.1 Transport, 5.2.8.4: the certificate's subject names the endpoint
    TestTls.DeviceCredentials credentials = TestTls.deviceCredentials();
    Outcome outcome = assertNotRegistered(Lwm2mDevice.overDtls(endpoint(), credentials));
    assertEquals(ResponseCode.FORBIDDEN, outcome.code(), outcome.toString());
  }

  @Test
  void refusesAnEndpointThatRegistersWithAnotherDevicesIdentity() throws Exception {
    // OMA LWM2M 1.1 Core, 6.2.1 Register: 4.03 Forbidden when the registration is not allowed
    Lwm2mPsk other = Lwm2mPsk.of("psk-sensor-1");
    Outcome outcome =
        assertNotRegistered(Lwm2mDevice.overDtls(endpoint(), other.identity(), other.key()));
    assertEquals(ResponseCode.FORBIDDEN, outcome.code(), outcome.toString());
  }

  @Test
  void listsARegisteredDeviceAsAnLwm2mClientInTheAdminApi() throws Exception {
    registerOverCoap();
    AdminApi admin = AdminApi.asAdmin();
    Reply one = admin.get("/clients/" + device.endpoint());
    assertEquals(200, one.status(), one.body());
    assertEquals("LwM2M", one.data().getString("proto_name"), one.body());
    assertTrue(one.data().getBoolean("connected"), one.body());
    Reply listed = admin.get("/clients?proto_name=LwM2M&clientid=" + device.endpoint());
    assertEquals(1, listed.list().size(), listed.body());
  }

  @Test
  void showsTheCoapAndDtlsListenersInTheAdminApi() throws Exception {
    AdminApi admin = AdminApi.asAdmin();
    assertListener(admin.get("/listeners/lwm2m"), "lwm2m-coap", Broker.lwm2mPort());
    assertListener(admin.get("/listeners/lwm2m-dtls"), "lwm2m-coaps", Broker.lwm2mDtlsPort());
  }

  @Test
  void keepsRegistrationsWhileTheCoapListenerIsStoppedAndStartedAgain() throws Exception {
    registerOverCoap();
    AdminApi admin = AdminApi.asAdmin();
    Reply stopped = admin.put("/listeners/lwm2m/stop", "");
    try {
      assertEquals(200, stopped.status(), stopped.body());
      assertFalse(stopped.data().getBoolean("running"), stopped.body());
      JsonObject unreachable = app.request("read", path("/3/0/0"));
      String code = unreachable.getJsonObject("data").getString("code");
      assertTrue(code.startsWith("5."), "no CoAP endpoint reaches the device: " + unreachable);
    } finally {
      Reply started = admin.put("/listeners/lwm2m/start", "");
      assertEquals(200, started.status(), started.body());
      assertTrue(started.data().getBoolean("running"), started.body());
    }
    // the registration outlived the restart: no new Register was needed
    JsonObject answer = app.request("read", path("/3/0/0"));
    assertData(answer, "2.05", "content", "/3/0/0");
  }

  @Test
  void readsTypedValuesOfAnObjectWhoseDefinitionWasPutIntoTheXmlDirAtRunTime() throws Exception {
    // the test domain's xml_dir was empty when it started
    Path staged = Files.createTempFile(Broker.lwm2mXmlDir().getParent(), "32769", ".tmp");
    try (InputStream xml = getClass().getResourceAsStream(Lwm2mTestSensor.DDF_RESOURCE)) {
      Files.copy(xml, staged, StandardCopyOption.REPLACE_EXISTING);
    }
    Path target = Broker.lwm2mXmlDir().resolve(Lwm2mTestSensor.OBJECT_ID + ".xml");
    Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
    register(
        Lwm2mDevice.overCoap(endpoint())
            .withObject(
                Lwm2mTestSensor.DDF_RESOURCE,
                Lwm2mTestSensor.OBJECT_ID,
                Lwm2mTestSensor.instance()));
    assertContains(
        Lwm2mTestSensor.expectedValues(),
        values(readOnceKnown("/" + Lwm2mTestSensor.OBJECT_ID + "/0")));
  }

  @Test
  void answersACommandToAnUnregisteredEndpointWith404ThenServesARegisteredOne() throws Exception {
    try (Lwm2mApplication ghost = Lwm2mApplication.watching(endpoint())) {
      long reqId = ghost.send("read", path("/3/0/0"));
      JsonObject answer = ghost.answer(reqId);
      assertEquals("4.04", answer.getJsonObject("data").getString("code"), answer.toString());
    }
    registerOverCoap();
    assertData(app.request("read", path("/3/0/0")), "2.05", "content", "/3/0/0");
  }

  @Test
  void answersMalformedCommandsWith400AndServesTheNextCommand() throws Exception {
    registerOverCoap();
    app.send("dn", "{\"reqID\": 5, \"msgType\": \"read\", \"data\": ");
    JsonObject truncated = app.answerOfType("error");
    assertEquals("4.00", truncated.getJsonObject("data").getString("code"), truncated.toString());
    app.send("dn", "[1, 2]");
    JsonObject array = app.answerOfType("error");
    assertEquals("4.00", array.getJsonObject("data").getString("code"), array.toString());
    app.send("dn", "{\"reqID\": 77, \"msgType\": \"read\", \"data\": {\"path\": 3}}");
    JsonObject badPath = app.answer(77);
    assertEquals("read", badPath.getString("msgType"), badPath.toString());
    assertEquals("4.00", badPath.getJsonObject("data").getString("code"), badPath.toString());
    assertData(app.request("read", path("/3/0/0")), "2.05", "content", "/3/0/0");
  }

  @Test
  void answersAnUnknownMsgTypeWith400EchoingReqIdAndMsgType() throws Exception {
    registerOverCoap();
    long reqId = app.send("reboot-now", path("/3/0/4"));
    JsonObject answer = app.answer(reqId);
    assertEquals("reboot-now", answer.getString("msgType"), answer.toString());
    assertEquals("4.00", answer.getJsonObject("data").getString("code"), answer.toString());
    assertNull(device.deviceObject().nextExecution(Duration.ZERO), "nothing reached the device");
    assertData(app.request("read", path("/3/0/0")), "2.05", "content", "/3/0/0");
  }

  @Test
  void answersCoapTimeoutWhenTheDeviceDoesNotAnswerAndServesItOnceBack() throws Exception {
    // the test domain waits 3 s for a device (mqttee.lwm2m.request-timeout-seconds)
    registerOverCoap();
    device.stop(false);
    long reqId = app.send("read", path("/3/0/0"));
    JsonObject answer = app.answer(reqId);
    assertEquals("coap_timeout", answer.getString("msgType"), answer.toString());
    assertEquals("5.04", answer.getJsonObject("data").getString("code"), answer.toString());
    device.start();
    device.awaitRegistered();
    app.event("register");
    assertData(app.request("read", path("/3/0/0")), "2.05", "content", "/3/0/0");
  }

  private void registerOverCoap(long lifetime) throws Exception {
    register(Lwm2mDevice.overCoap(endpoint()).lifetime(lifetime));
  }

  /** Starts the device, expects its Register to fail, and no register event on its topics. */
  private static Outcome assertNotRegistered(Lwm2mDevice.Builder builder) throws Exception {
    try (Lwm2mApplication watcher = Lwm2mApplication.watching(builder.endpoint());
        Lwm2mDevice refused = builder.start()) {
      Outcome outcome = refused.awaitRegistrationRefused();
      assertEquals(List.of(), watcher.quietOn(watcher.respTopic(), QUIET));
      return outcome;
    }
  }

  /** Reads {@code path} until the gateway knows its object (it loads the xml_dir on its own). */
  private JsonObject readOnceKnown(String path) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      JsonObject answer = app.request("read", path(path));
      if ("2.05".equals(answer.getJsonObject("data").getString("code", null))
          || System.nanoTime() > deadline) {
        assertData(answer, "2.05", "content", path);
        return answer;
      }
      Thread.sleep(1000);
    }
  }

  private void assertDeregistered(JsonObject event, String reason) {
    JsonObject data = event.getJsonObject("data");
    assertEquals(device.endpoint(), data.getString("ep", null), event.toString());
    assertEquals(reason, data.getString("reason", null), event.toString());
  }

  private static void assertGoneFromTheAdminApi(String endpoint) throws Exception {
    AdminApi admin = AdminApi.asAdmin();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    Reply reply = admin.get("/clients/" + endpoint);
    while (reply.status() != 404 && System.nanoTime() < deadline) {
      Thread.sleep(200);
      reply = admin.get("/clients/" + endpoint);
    }
    assertEquals(404, reply.status(), reply.body());
  }

  private static void assertListener(Reply reply, String type, int port) {
    assertEquals(200, reply.status(), reply.body());
    assertEquals(type, reply.data().getString("type"), reply.body());
    assertEquals(port, reply.data().getInt("port"), reply.body());
    assertTrue(reply.data().getBoolean("running"), reply.body());
  }
}
