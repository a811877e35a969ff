// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static io.mqttee.e2e.support.Lwm2mJson.batch;
import static io.mqttee.e2e.support.Lwm2mJson.execute;
import static io.mqttee.e2e.support.Lwm2mJson.links;
import static io.mqttee.e2e.support.Lwm2mJson.number;
import static io.mqttee.e2e.support.Lwm2mJson.path;
import static io.mqttee.e2e.support.Lwm2mJson.string;
import static io.mqttee.e2e.support.Lwm2mJson.value;
import static io.mqttee.e2e.support.Lwm2mJson.values;
import static io.mqttee.e2e.support.Lwm2mJson.write;
import static io.mqttee.e2e.support.Lwm2mJson.writeAttr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.support.Lwm2mApplication;
import io.mqttee.e2e.support.Lwm2mDevice;
import io.mqttee.e2e.support.Lwm2mDevice.WrittenAttributes;
import io.mqttee.e2e.support.Lwm2mDeviceObject;
import io.mqttee.e2e.support.Lwm2mDeviceObject.Execution;
import io.mqttee.e2e.support.Lwm2mJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The LWM2M gateway's commands end to end: a real LWM2M device (Eclipse Leshan's client) registers
 * over CoAP with the deployed EAR, and an MQTT application (Paho) manages it through {@code
 * lwm2m/{ep}/dn} and {@code lwm2m/{ep}/up/#}: read, discover, write, write-attr, execute, create,
 * delete, observe and cancel-observe, with the JSON formats of EMQX's LWM2M gateway. Registration,
 * security and errors are in {@link Lwm2mRegistrationIT}; {@link Lwm2mGatewayOverDtlsIT} runs the
 * same tests with a device on DTLS.
 */
class Lwm2mGatewayIT extends Lwm2mDeployment {

  @Test
  void readsAResourceAsItsTypedValueEchoingReqIdAndMsgType() throws Exception {
    // OMA LWM2M 1.1 Core, 6.3.1 Read: "The Read operation is used to access the value of a
    // Resource, a Resource Instance, an array of Resource Instances, an Object Instance or all the
    // Object Instances of an Object"
    registerDevice();
    JsonObject answer = app.request("read", path("/3/0/0"));
    assertEquals("read", answer.getString("msgType"));
    assertData(answer, "2.05", "content", "/3/0/0");
    assertEquals(Map.of("/3/0/0", Lwm2mDeviceObject.MANUFACTURER), values(answer));

    JsonValue textId = string("read-model");
    // any topic under dn/ carries commands
    app.send("dn/reads/model", Lwm2mJson.command(textId, "read", path("/3/0/1")).toString());
    JsonObject second = app.answer(textId);
    assertEquals(textId, second.get("reqID"), "a string reqID comes back as a string");
    assertEquals(Map.of("/3/0/1", Lwm2mDeviceObject.MODEL), values(second));
  }

  @Test
  void readsAnInstanceWithTypedValuesAndOnePathPerResourceInstance() throws Exception {
    registerDevice();
    JsonObject answer = app.request("read", path("/3/0"));
    assertData(answer, "2.05", "content", "/3/0");
    Map<String, Object> values = values(answer);
    assertContains(
        Map.of(
            "/3/0/0", Lwm2mDeviceObject.MANUFACTURER,
            "/3/0/2", device.endpoint(),
            "/3/0/6/0", 1L,
            "/3/0/6/1", 5L,
            "/3/0/7/0", 3800L,
            "/3/0/7/1", 5000L,
            "/3/0/9", 87L,
            "/3/0/13", Lwm2mDeviceObject.START_TIME,
            "/3/0/16", "U"),
        values);
    assertFalse(values.containsKey("/3/0/6"), "a multi-instance resource has no value of its own");
  }

  @Test
  void readsAWholeObjectWithBooleanAndIntegerValues() throws Exception {
    registerDevice();
    JsonObject answer = app.request("read", path("/1"));
    assertData(answer, "2.05", "content", "/1");
    assertContains(
        Map.of(
            "/1/0/0",
            (long) Lwm2mDevice.SHORT_SERVER_ID,
            "/1/0/1",
            Lwm2mDevice.DEFAULT_LIFETIME,
            "/1/0/6",
            false,
            "/1/0/7",
            "U"),
        values(answer));
  }

  @Test
  void readsTheSameTypedValuesInEveryContentFormatTheDeviceIsAskedFor() throws Exception {
    // OMA LWM2M 1.1 Core, 6.3.1 Read, and Transport 7.1 / Core 7.4: the server may ask for a
    // content format (CoAP Accept); the gateway decodes each into the same typed JSON
    registerDevice();
    Map<String, Object> expected =
        Map.of(
            "/3/0/0",
            Lwm2mDeviceObject.MANUFACTURER,
            "/3/0/2",
            device.endpoint(),
            "/3/0/7/1",
            5000L,
            "/3/0/9",
            87L,
            "/3/0/13",
            Lwm2mDeviceObject.START_TIME);
    for (String format : List.of("tlv", "json", "senml-json", "senml-cbor")) {
      JsonObject answer = app.request("read", path("/3/0", format));
      assertData(answer, "2.05", "content", "/3/0");
      assertContains(expected, values(answer));
    }
    assertEquals(
        Map.of("/3/0/0", Lwm2mDeviceObject.MANUFACTURER),
        values(app.request("read", path("/3/0/0", "text"))));
    assertEquals(Map.of("/3/0/9", 87L), values(app.request("read", path("/3/0/9", "cbor"))));

    JsonObject unknown = app.request("read", path("/3/0/0", "xml"));
    assertEquals("4.00", unknown.getJsonObject("data").getString("code"), unknown.toString());
    assertTrue(unknown.toString().contains("data.format"), unknown.toString());
  }

  @Test
  void discoversTheLinksOfAnInstanceAndAnObjectOneLinkPerEntry() throws Exception {
    // OMA LWM2M 1.1 Core, 6.3.2 Discover: the answer is a CoRE link-format list
    registerDevice();
    JsonObject instance = app.request("discover", path("/3/0"));
    assertEquals("discover", instance.getString("msgType"));
    assertData(instance, "2.05", "content", "/3/0");
    List<String> expected =
        Stream.concat(
                Stream.of("</3/0>"),
                Lwm2mDeviceObject.RESOURCES.stream().map(id -> "</3/0/" + id + ">"))
            .toList();
    assertEquals(expected, links(instance));

    List<String> object = links(app.request("discover", path("/3")));
    assertEquals("</3>;ver=1.1", object.get(0), "a link keeps its attributes: " + object);
    assertTrue(object.contains("</3/0/16>"), object.toString());
  }

  @Test
  void writesOneResourceThatAReadThenReturns() throws Exception {
    // OMA LWM2M 1.1 Core, 6.3.3 Write; the answer has no content
    registerDevice();
    JsonObject answer = app.request("write", write("/3/0/14", "String", string("+02:00")));
    assertEquals("write", answer.getString("msgType"));
    assertData(answer, "2.04", "changed", "/3/0/14");
    assertFalse(answer.getJsonObject("data").containsKey("content"), answer.toString());
    assertEquals("+02:00", device.deviceObject().utcOffset());
    assertEquals(Map.of("/3/0/14", "+02:00"), values(app.request("read", path("/3/0/14"))));
  }

  @Test
  void writesABatchUnderItsBasePathWithPathsWithAndWithoutSlash() throws Exception {
    registerDevice();
    JsonObject answer =
        app.request(
            "write",
            batch(
                "/3/0",
                value("/14", "String", string("+05:30")),
                value("15", "String", string("Asia/Kolkata")),
                value("/13", "Time", string("1700003600"))));
    assertData(answer, "2.04", "changed", "/3/0");
    assertEquals("Asia/Kolkata", device.deviceObject().timezone());
    assertContains(
        Map.of("/3/0/13", 1_700_003_600L, "/3/0/14", "+05:30", "/3/0/15", "Asia/Kolkata"),
        values(app.request("read", path("/3/0"))));
  }

  @Test
  void writesAttributesAsAQueryThatTheDeviceReceives() throws Exception {
    // OMA LWM2M 1.1 Core, 6.3.4 Write-Attributes; Transport 1.1: a PUT whose Uri-Query holds
    // the attributes. Leshan's client does not act on pmin/pmax, so the test checks what arrives.
    registerDevice();
    JsonObject answer = app.request("write-attr", writeAttr("/3/0/9", number(2), string("120")));
    assertEquals("write-attr", answer.getString("msgType"));
    assertData(answer, "2.04", "changed", "/3/0/9");
    assertEquals(
        new WrittenAttributes("/3/0/9", Map.of("pmin", 2L, "pmax", 120L)),
        device.nextWrittenAttributes(Lwm2mApplication.ANSWER));
  }

  @Test
  void executesWithArgumentsThatTheDeviceReceives() throws Exception {
    // OMA LWM2M 1.1 Core, 6.3.5 Execute, arguments "5='hello',7": digits, each with an optional
    // quoted value, comma separated
    registerDevice();
    JsonObject answer = app.request("execute", execute("/3/0/4", "5='hello',7"));
    assertEquals("execute", answer.getString("msgType"));
    assertData(answer, "2.04", "changed", "/3/0/4");
    assertEquals(
        new Execution(4, "5='hello',7"),
        device.deviceObject().nextExecution(Lwm2mApplication.ANSWER));
  }

  @Test
  void createsALocationInstanceWithTypedValuesThenDeletesIt() throws Exception {
    // OMA LWM2M 1.1 Core, 6.3.6 Create and 6.3.7 Delete
    registerDevice();
    byte[] velocity = {0x01, 0x02, (byte) 0xFF};
    String base64 = Base64.getEncoder().encodeToString(velocity);
    JsonObject created =
        app.request(
            "create",
            batch(
                "/6",
                value("/0/0", "Float", number(48.85)),
                value("/0/1", "Float", string("2.35")),
                value("/0/4", "Opaque", string(base64)),
                value("/0/5", "Time", number(1_700_000_000L))));
    assertEquals("create", created.getString("msgType"));
    assertData(created, "2.01", "created", "/6");
    assertContains(
        Map.of("/6/0/0", 48.85, "/6/0/1", 2.35, "/6/0/4", base64, "/6/0/5", 1_700_000_000L),
        values(app.request("read", path("/6/0"))));
    assertEquals(Map.of("/6/0/4", base64), values(app.request("read", path("/6/0/4", "opaque"))));

    device.updateObjects();
    JsonObject update = app.event("update");
    assertTrue(objectList(update).contains("/6/0"), update.toString());

    JsonObject deleted = app.request("delete", path("/6/0"));
    assertEquals("delete", deleted.getString("msgType"));
    assertData(deleted, "2.02", "deleted", "/6/0");
    assertData(app.request("read", path("/6/0")), "4.04", "not_found", "/6/0");
  }

  @Test
  void notifiesChangesOfAnObservedResourceOnUpNotifyWithTheObservesReqIdAndRisingSeqNum()
      throws Exception {
    // OMA LWM2M 1.1 Core, 6.4.1 Observe and 6.4.2 Notify; RFC 7641, 3.4: the Observe option of
    // the notifications orders them
    registerDevice();
    long reqId = app.send("observe", path("/3/0/9"));
    JsonObject answer = app.answer(reqId);
    assertEquals("observe", answer.getString("msgType"));
    assertData(answer, "2.05", "content", "/3/0/9");
    assertEquals(Map.of("/3/0/9", 87L), values(answer));

    device.deviceObject().batteryLevel(86);
    JsonObject first = app.notification();
    assertEquals(reqId, first.getJsonNumber("reqID").longValueExact(), first.toString());
    assertEquals("notify", first.getString("msgType"));
    assertData(first, "2.05", "content", "/3/0/9");
    assertEquals(Map.of("/3/0/9", 86L), values(first));
    device.deviceObject().batteryLevel(85);
    JsonObject second = app.notification();
    assertEquals(Map.of("/3/0/9", 85L), values(second));
    assertTrue(
        second.getJsonNumber("seqNum").longValueExact()
            > first.getJsonNumber("seqNum").longValueExact(),
        first + " then " + second);
  }

  @Test
  void stopsNotifyingAfterCancelObserveWhileReadsStillWork() throws Exception {
    // OMA LWM2M 1.1 Core, 6.4.3 Cancel Observation
    registerDevice();
    app.request("observe", path("/3/0/9"));
    device.deviceObject().batteryLevel(80);
    assertEquals(Map.of("/3/0/9", 80L), values(app.notification()));

    JsonObject cancelled = app.request("cancel-observe", path("/3/0/9"));
    assertEquals("cancel-observe", cancelled.getString("msgType"));
    assertData(cancelled, "2.05", "content", "/3/0/9");
    device.deviceObject().batteryLevel(70);
    assertEquals(List.of(), app.quietOn(app.notifyTopic(), Duration.ofSeconds(2)));
    assertEquals(Map.of("/3/0/9", 70L), values(app.request("read", path("/3/0/9"))));
    JsonObject again = app.request("cancel-observe", path("/3/0/9"));
    assertEquals("4.04", again.getJsonObject("data").getString("code"), "nothing left to cancel");
  }

  @Test
  void passesTheDevicesErrorCodeOn() throws Exception {
    // OMA LWM2M 1.1 Core, 6.3.1: 4.04 Not Found when the target does not exist
    registerDevice();
    assertData(app.request("read", path("/3/0/10")), "4.04", "not_found", "/3/0/10");
    assertData(app.request("read", path("/3/0/0")), "2.05", "content", "/3/0/0");
  }
}
