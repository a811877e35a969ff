// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import static io.mqttee.gateway.lwm2m.json.Commands.command;
import static io.mqttee.gateway.lwm2m.json.Commands.json;
import static io.mqttee.gateway.lwm2m.json.Commands.payload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class CommandParserTest {

  private static CommandError parseError(byte[] payload) {
    return assertInstanceOf(CommandError.class, CommandParser.parse(payload));
  }

  @Test
  void readsReqIdMsgTypeDataAndKeepsEveryOtherFieldForTheEcho() {
    Command command =
        command("{'reqID': 1, 'msgType': 'read', 'app': 'x', 'data': {'path': '/3/0/0'}}");

    assertEquals(json("{'reqID': 1}").get("reqID"), command.reqId());
    assertEquals("read", command.msgType());
    assertEquals(MsgType.READ, command.type());
    assertEquals(json("{'path': '/3/0/0'}"), command.data());
    assertEquals(json("{'reqID': 1, 'msgType': 'read', 'app': 'x'}"), command.echo());
    assertEquals("/3/0/0", command.reqPath());
  }

  @Test
  void keepsTheJsonTypeOfReqId() {
    assertEquals(
        JsonValue.ValueType.STRING,
        command("{'reqID': 'a1', 'msgType': 'read', 'data': {}}").reqId().getValueType());
    assertEquals(
        JsonValue.ValueType.NUMBER,
        command("{'reqID': 2.5, 'msgType': 'read', 'data': {}}").reqId().getValueType());
  }

  @Test
  void aCommandWithoutReqIdHasNone() {
    assertNull(command("{'msgType': 'delete', 'data': {'path': '/6/0'}}").reqId());
  }

  @Test
  void knowsEveryMsgType() {
    for (MsgType type : MsgType.values()) {
      assertEquals(type, command("{'msgType': '" + type.wireName() + "', 'data': {}}").type());
    }
  }

  @Test
  void reqPathIsTheBasePathOfABatchWrite() {
    assertEquals(
        "/3/0",
        command("{'msgType': 'write', 'data': {'basePath': '/3/0', 'content': []}}").reqPath());
  }

  @Test
  void rejectsAPayloadThatIsNotJson() {
    CommandError error = parseError(payload("{'reqID': 1, 'msgType': "));

    assertTrue(error.reason().startsWith("payload is not JSON"), error.reason());
    assertTrue(error.echo().isEmpty());
    assertNull(error.reqId());
    assertNull(error.msgType());
    assertNull(error.reqPath());
  }

  @Test
  void rejectsAnEmptyPayload() {
    assertTrue(parseError(new byte[0]).reason().startsWith("payload is not JSON"));
  }

  @Test
  void rejectsTextAfterTheObject() {
    assertTrue(
        parseError(payload("{'msgType': 'read', 'data': {}} x"))
            .reason()
            .startsWith("payload is not JSON"));
  }

  @Test
  void rejectsJsonThatIsNoObject() {
    assertEquals("payload is not a JSON object", parseError(payload("[1, 2]")).reason());
    assertEquals("payload is not a JSON object", parseError(payload("'read'")).reason());
  }

  @Test
  void rejectsAMissingMsgTypeAndKeepsReqIdAndPath() {
    CommandError error = parseError(payload("{'reqID': 3, 'data': {'path': '/3/0/1'}}"));

    assertEquals("msgType is missing", error.reason());
    assertEquals(json("{'reqID': 3}").get("reqID"), error.reqId());
    assertNull(error.msgType());
    assertEquals("/3/0/1", error.reqPath());
  }

  @Test
  void rejectsAMsgTypeThatIsNoString() {
    CommandError error = parseError(payload("{'reqID': 3, 'msgType': 5, 'data': {}}"));

    assertEquals("msgType must be a string", error.reason());
    assertNull(error.msgType());
  }

  @Test
  void rejectsAnUnknownMsgTypeAndKeepsItForTheEcho() {
    CommandError error = parseError(payload("{'reqID': 'r', 'msgType': 'reboot', 'data': {}}"));

    assertTrue(error.reason().startsWith("msgType \"reboot\" is unknown"), error.reason());
    assertTrue(error.reason().contains("cancel-observe"), error.reason());
    assertEquals("reboot", error.msgType());
    assertEquals(json("{'reqID': 'r'}").get("reqID"), error.reqId());
  }

  @Test
  void msgTypeIsCaseSensitiveAsInEmqx() {
    assertEquals("READ", parseError(payload("{'msgType': 'READ', 'data': {}}")).msgType());
  }

  @Test
  void rejectsAMissingOrNonObjectData() {
    assertEquals("data is missing", parseError(payload("{'msgType': 'read'}")).reason());
    assertEquals(
        "data must be a JSON object",
        parseError(payload("{'msgType': 'read', 'data': '/3/0/0'}")).reason());
  }

  @Test
  void readsUtf8() {
    Command command =
        command(
            "{'msgType': 'write', 'data': {'path': '/3/0/14', 'type': 'String', 'value': 'é€'}}");

    assertEquals("é€", command.data().getString("value"));
  }

  @Test
  void aCommandAlwaysHasAKnownMsgType() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Command(null, "reboot", JsonValue.EMPTY_JSON_OBJECT, JsonValue.EMPTY_JSON_OBJECT));
  }
}
