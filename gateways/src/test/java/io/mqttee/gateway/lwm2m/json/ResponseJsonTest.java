// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import static io.mqttee.gateway.lwm2m.json.Commands.command;
import static io.mqttee.gateway.lwm2m.json.Commands.json;
import static io.mqttee.gateway.lwm2m.json.Commands.jsonArray;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.link.DefaultLinkParser;
import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.model.ResourceModel.Type;
import org.eclipse.leshan.core.node.LwM2mMultipleResource;
import org.eclipse.leshan.core.node.LwM2mObject;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mResourceInstance;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.node.ObjectLink;
import org.eclipse.leshan.core.response.CancelObservationResponse;
import org.eclipse.leshan.core.response.CreateResponse;
import org.eclipse.leshan.core.response.DeleteResponse;
import org.eclipse.leshan.core.response.DiscoverResponse;
import org.eclipse.leshan.core.response.ExecuteResponse;
import org.eclipse.leshan.core.response.ObserveResponse;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.core.response.WriteAttributesResponse;
import org.eclipse.leshan.core.response.WriteResponse;
import org.eclipse.leshan.core.util.datatype.ULong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The answers to commands the device answered, success or error code. */
@Tag("unit")
class ResponseJsonTest {

  private static Command read(String path) {
    return command("{'reqID': 1, 'msgType': 'read', 'data': {'path': '" + path + "'}}");
  }

  private static JsonObject contentOf(String path, ReadResponse response) {
    return ResponseJson.response(read(path), response);
  }

  @Test
  void aReadOfOneResourceAnswersItsCodePathAndValue() {
    JsonObject answer = contentOf("/3/0/0", ReadResponse.success(0, "Open Mobile Alliance"));

    assertEquals(
        json(
            "{'reqID': 1, 'msgType': 'read', 'data': {'code': '2.05', 'codeMsg': 'content',"
                + " 'reqPath': '/3/0/0', 'content': [{'path': '/3/0/0', 'value': 'Open Mobile"
                + " Alliance'}]}}"),
        answer);
  }

  @Test
  void echoesReqIdWithItsTypeAndTheCommandsOtherFields() {
    Command command =
        command("{'reqID': 'r-1', 'msgType': 'read', 'app': {'a': 1}, 'data': {'path': '3/0/0'}}");
    JsonObject answer = ResponseJson.response(command, ReadResponse.success(0, "x"));

    assertEquals("r-1", answer.getString("reqID"));
    assertEquals(json("{'a': 1}"), answer.get("app"));
    assertEquals("/3/0/0", answer.getJsonObject("data").getString("reqPath"), "normalized");
    String payload = new String(JsonPayloads.toBytes(answer), StandardCharsets.UTF_8);
    assertTrue(
        payload.startsWith("{\"reqID\":\"r-1\",\"msgType\":\"read\",\"app\":{\"a\":1},\"data\":{"),
        payload);
  }

  @Test
  void valuesAreTypedByTheNode() {
    LwM2mObjectInstance instance =
        new LwM2mObjectInstance(
            0,
            LwM2mSingleResource.newIntegerResource(9, 95),
            LwM2mSingleResource.newFloatResource(1, 2.35),
            LwM2mSingleResource.newBooleanResource(2, true),
            LwM2mSingleResource.newDateResource(13, new Date(1_700_001_000_999L)),
            LwM2mSingleResource.newBinaryResource(3, new byte[] {1, 2, (byte) 0xff}),
            LwM2mSingleResource.newObjectLinkResource(4, new ObjectLink(3, 0)),
            LwM2mSingleResource.newUnsignedIntegerResource(
                5, ULong.valueOf("18446744073709551615")));
    JsonObject answer = contentOf("/3/0", ReadResponse.success(instance));

    assertEquals(
        jsonArray(
            "[{'path': '/3/0/1', 'value': 2.35}, {'path': '/3/0/2', 'value': true},"
                + " {'path': '/3/0/3', 'value': 'AQL/'}, {'path': '/3/0/4', 'value': '3:0'},"
                + " {'path': '/3/0/5', 'value': 18446744073709551615}, {'path': '/3/0/9',"
                + " 'value': 95}, {'path': '/3/0/13', 'value': 1700001000}]"),
        answer.getJsonObject("data").getJsonArray("content"));
  }

  @Test
  void multiInstanceResourcesListEachInstanceWithItsPath() {
    LwM2mMultipleResource sources =
        LwM2mMultipleResource.newIntegerResource(6, Map.of(1, 5L, 0, 1L));
    JsonObject answer = contentOf("/3/0/6", ReadResponse.success(sources));

    assertEquals(
        jsonArray("[{'path': '/3/0/6/0', 'value': 1}, {'path': '/3/0/6/1', 'value': 5}]"),
        answer.getJsonObject("data").getJsonArray("content"));
  }

  @Test
  void aReadOfAnObjectListsEveryInstance() {
    LwM2mObject object =
        new LwM2mObject(
            1,
            new LwM2mObjectInstance(1, LwM2mSingleResource.newIntegerResource(0, 2)),
            new LwM2mObjectInstance(0, LwM2mSingleResource.newIntegerResource(0, 1)));
    JsonObject answer = contentOf("/1", ReadResponse.success(object));

    assertEquals(
        jsonArray("[{'path': '/1/0/0', 'value': 1}, {'path': '/1/1/0', 'value': 2}]"),
        answer.getJsonObject("data").getJsonArray("content"));
  }

  @Test
  void aReadOfAResourceInstanceAnswersItsValue() {
    ReadResponse response =
        ReadResponse.success(LwM2mResourceInstance.newInstance(1, "b", Type.STRING));

    assertEquals(
        jsonArray("[{'path': '/3/0/6/1', 'value': 'b'}]"),
        contentOf("/3/0/6/1", response).getJsonObject("data").getJsonArray("content"));
  }

  @Test
  void observeAndCancelObserveAnswersCarryContentToo() {
    Command observe = command("{'reqID': 2, 'msgType': 'observe', 'data': {'path': '/3/0/13'}}");
    JsonObject answer =
        ResponseJson.response(
            observe, ObserveResponse.success(LwM2mSingleResource.newIntegerResource(13, 7)));
    assertEquals("observe", answer.getString("msgType"));
    assertEquals(
        jsonArray("[{'path': '/3/0/13', 'value': 7}]"),
        answer.getJsonObject("data").getJsonArray("content"));

    Command cancel = command("{'msgType': 'cancel-observe', 'data': {'path': '/3/0/13'}}");
    JsonObject cancelled =
        ResponseJson.response(
            cancel,
            CancelObservationResponse.success(LwM2mSingleResource.newIntegerResource(13, 8)));
    assertEquals(
        jsonArray("[{'path': '/3/0/13', 'value': 8}]"),
        cancelled.getJsonObject("data").getJsonArray("content"));
  }

  @Test
  void discoverListsOneStringPerLinkKeepingCommasInsideALink() {
    Link[] links =
        new DefaultLinkParser()
            .parse("</3/0>,</3/0/6>;dim=2,</3/0/7>;rt=\"a,b\"".getBytes(StandardCharsets.UTF_8));
    Command discover = command("{'reqID': 3, 'msgType': 'discover', 'data': {'path': '/3/0'}}");
    JsonObject answer = ResponseJson.response(discover, DiscoverResponse.success(links));

    assertEquals(
        json(
            "{'code': '2.05', 'codeMsg': 'content', 'reqPath': '/3/0', 'content': ['</3/0>',"
                + " '</3/0/6>;dim=2', '</3/0/7>;rt=\\\"a,b\\\"']}"),
        answer.getJsonObject("data"));
  }

  @Test
  void writesExecutesCreatesAndDeletesAnswerCodeAndPathOnly() {
    Command write =
        command(
            "{'msgType': 'write', 'data': {'path': '/3/0/14', 'type': 'String', 'value': 'x'}}");
    assertEquals(
        json("{'code': '2.04', 'codeMsg': 'changed', 'reqPath': '/3/0/14'}"),
        ResponseJson.response(write, WriteResponse.success()).getJsonObject("data"));
    Command attr = command("{'msgType': 'write-attr', 'data': {'path': '/3/0/13', 'pmin': 1}}");
    assertEquals(
        "changed",
        ResponseJson.response(attr, WriteAttributesResponse.success())
            .getJsonObject("data")
            .getString("codeMsg"));
    Command execute = command("{'msgType': 'execute', 'data': {'path': '/3/0/4'}}");
    assertEquals(
        "2.04",
        ResponseJson.response(execute, ExecuteResponse.success())
            .getJsonObject("data")
            .getString("code"));
    Command create = command("{'msgType': 'create', 'data': {'basePath': '/6', 'content': []}}");
    assertEquals(
        json("{'code': '2.01', 'codeMsg': 'created', 'reqPath': '/6'}"),
        ResponseJson.response(create, CreateResponse.success("/6/0")).getJsonObject("data"));
    Command delete = command("{'msgType': 'delete', 'data': {'path': '/6/0'}}");
    assertEquals(
        json("{'code': '2.02', 'codeMsg': 'deleted', 'reqPath': '/6/0'}"),
        ResponseJson.response(delete, DeleteResponse.success()).getJsonObject("data"));
  }

  @Test
  void anErrorCodeHasNoContentAndLeshansMessageWhenThereIsOne() {
    assertEquals(
        json("{'code': '4.04', 'codeMsg': 'not_found', 'reqPath': '/3/0/99'}"),
        contentOf("/3/0/99", ReadResponse.notFound()).getJsonObject("data"));
    assertEquals(
        json(
            "{'code': '4.00', 'codeMsg': 'bad_request', 'reqPath': '/3/0/0', 'error': 'no such"
                + " format'}"),
        contentOf("/3/0/0", ReadResponse.badRequest("no such format")).getJsonObject("data"));
    // a device's error with an empty payload comes from Leshan as "": no error field either
    assertEquals(
        json("{'code': '4.04', 'codeMsg': 'not_found', 'reqPath': '/3/0/10'}"),
        contentOf("/3/0/10", new ReadResponse(ResponseCode.NOT_FOUND, null, ""))
            .getJsonObject("data"));
    assertEquals(
        "method_not_allowed",
        contentOf("/3/0/4", ReadResponse.methodNotAllowed())
            .getJsonObject("data")
            .getString("codeMsg"));
  }

  @Test
  void codesOutsideLeshansListKeepTheirRfcName() {
    Command write = command("{'msgType': 'execute', 'data': {'path': '/3/0/4'}}");
    JsonObject answer =
        ResponseJson.response(write, new ExecuteResponse(new ResponseCode(503), "busy"));

    assertEquals(
        json(
            "{'code': '5.03', 'codeMsg': 'service_unavailable', 'reqPath': '/3/0/4', 'error':"
                + " 'busy'}"),
        answer.getJsonObject("data"));
  }

  @Test
  void codesPrintClassDotTwoDigitDetail() {
    assertEquals("2.31", CoapCodes.code(231));
    assertEquals("4.15", CoapCodes.code(415));
    assertEquals("unsupported_content_format", CoapCodes.name(415));
    assertEquals("request_entity_incomplete", CoapCodes.name(408));
    assertEquals("unknown", CoapCodes.name(499));
  }
}
