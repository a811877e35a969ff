// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import static io.mqttee.gateway.lwm2m.json.Commands.command;
import static io.mqttee.gateway.lwm2m.json.Commands.json;
import static io.mqttee.gateway.lwm2m.json.Commands.payload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.connector.api.Lwm2mFailure;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.response.ObserveResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Requests without an answer, commands that were not sent, and notifications. */
@Tag("unit")
class FailureAndNotificationJsonTest {

  private static final Command READ =
      command("{'reqID': 4, 'msgType': 'read', 'data': {'path': '3/0/0'}}");

  private static CommandError parseError(String json) {
    return assertInstanceOf(CommandError.class, CommandParser.parse(payload(json)));
  }

  @Test
  void anUnregisteredEndpointIsNotFoundWithAFixedMessage() {
    JsonObject answer =
        ResponseJson.failure(READ, "dev1", Lwm2mFailure.NOT_REGISTERED, "no registration");

    assertEquals(
        json(
            "{'reqID': 4, 'msgType': 'read', 'data': {'code': '4.04', 'codeMsg': 'not_found',"
                + " 'reqPath': '/3/0/0', 'error': 'endpoint dev1 is not registered'}}"),
        answer);
  }

  @Test
  void aTimeoutIsCoapTimeoutAsInEmqx5WithAFixedText() {
    // Leshan's own text names the device's address and changes with the timeout
    JsonObject answer =
        ResponseJson.failure(
            READ, "dev1", Lwm2mFailure.TIMEOUT, "Request coap://10.0.0.7:5683/3/0/0 timed out");

    assertEquals(
        json(
            "{'reqID': 4, 'msgType': 'coap_timeout', 'data': {'code': '5.04', 'codeMsg':"
                + " 'gateway_timeout', 'reqPath': '/3/0/0', 'error': 'endpoint dev1 did not answer"
                + " in time'}}"),
        answer);
  }

  @Test
  void aSendFailureIsAnInternalServerErrorWithTheServersMessage() {
    JsonObject data =
        ResponseJson.failure(READ, "dev1", Lwm2mFailure.SEND_FAILED, "cannot encode")
            .getJsonObject("data");

    assertEquals(
        json(
            "{'code': '5.00', 'codeMsg': 'internal_server_error', 'reqPath': '/3/0/0', 'error':"
                + " 'cannot encode'}"),
        data);
  }

  @Test
  void cancellingAnObservationThatDoesNotExistIsNotFound() {
    Command cancel =
        command("{'reqID': 5, 'msgType': 'cancel-observe', 'data': {'path': '/3/0/13'}}");
    JsonObject answer = ResponseJson.failure(cancel, "dev1", Lwm2mFailure.NOT_OBSERVED, " ");

    assertEquals("cancel-observe", answer.getString("msgType"));
    assertEquals(
        json(
            "{'code': '4.04', 'codeMsg': 'not_found', 'reqPath': '/3/0/13', 'error': '/3/0/13 is"
                + " not observed on endpoint dev1'}"),
        answer.getJsonObject("data"));
  }

  @Test
  void malformedJsonIsAnsweredAsABadRequestOfMsgTypeError() {
    JsonObject answer = ResponseJson.error(parseError("{not json"));

    assertEquals("error", answer.getString("msgType"));
    assertEquals(2, answer.size(), "no reqID: none was read");
    JsonObject data = answer.getJsonObject("data");
    assertEquals("4.00", data.getString("code"));
    assertEquals("bad_request", data.getString("codeMsg"));
    assertTrue(data.getString("error").startsWith("payload is not JSON"));
  }

  @Test
  void anUnknownMsgTypeIsAnsweredEchoingReqIdAndMsgType() {
    JsonObject answer =
        ResponseJson.error(parseError("{'reqID': 'x9', 'msgType': 'reboot', 'data': {}}"));

    assertEquals("x9", answer.getString("reqID"));
    assertEquals("reboot", answer.getString("msgType"));
    assertEquals("bad_request", answer.getJsonObject("data").getString("codeMsg"));
  }

  @Test
  void aRejectedCommandIsAnsweredWithItsPathAndTheReason() {
    CommandError error =
        Commands.rejected("{'reqID': 6, 'msgType': 'delete', 'data': {'path': '6/0/1'}}");

    assertEquals(
        json(
            "{'reqID': 6, 'msgType': 'delete', 'data': {'code': '4.00', 'codeMsg': 'bad_request',"
                + " 'reqPath': '/6/0/1', 'error': 'data.path /6/0/1 must be an object instance"
                + " (/6/0) to delete'}}"),
        ResponseJson.error(error));
  }

  @Test
  void aNonStringMsgTypeIsAnsweredAsMsgTypeError() {
    JsonObject answer = ResponseJson.error(parseError("{'reqID': 1, 'msgType': 7, 'data': {}}"));

    assertEquals("error", answer.getString("msgType"));
    assertEquals(1, answer.getInt("reqID"));
  }

  @Test
  void aNotificationCarriesTheObserveCommandsReqIdAndTheSequenceNumber() {
    ObserveResponse response =
        ObserveResponse.success(LwM2mSingleResource.newIntegerResource(13, 1_700_001_000L));
    JsonValue reqId = json("{'reqID': 'obs-1'}").get("reqID");

    assertEquals(
        json(
            "{'reqID': 'obs-1', 'msgType': 'notify', 'seqNum': 12, 'data': {'code': '2.05',"
                + " 'codeMsg': 'content', 'reqPath': '/3/0/13', 'content': [{'path': '/3/0/13',"
                + " 'value': 1700001000}]}}"),
        ResponseJson.notification(reqId, new LwM2mPath(3, 0, 13), response, 12));
  }

  @Test
  void aNotificationWithoutReqIdOrSequenceLeavesThemOut() {
    ObserveResponse response =
        ObserveResponse.success(LwM2mSingleResource.newStringResource(14, "+01:00"));
    JsonObject notification =
        ResponseJson.notification(null, new LwM2mPath(3, 0, 14), response, -1);

    assertEquals(
        json(
            "{'msgType': 'notify', 'data': {'code': '2.05', 'codeMsg': 'content', 'reqPath':"
                + " '/3/0/14', 'content': [{'path': '/3/0/14', 'value': '+01:00'}]}}"),
        notification);
  }

  @Test
  void aNotificationKeepsANumericReqIdNumeric() {
    JsonObject notification =
        ResponseJson.notification(
            json("{'reqID': 10}").get("reqID"),
            new LwM2mPath(3, 0, 13),
            ObserveResponse.success(LwM2mSingleResource.newIntegerResource(13, 1)),
            0);

    assertEquals(JsonValue.ValueType.NUMBER, notification.get("reqID").getValueType());
    assertEquals(0, notification.getInt("seqNum"));
  }
}
