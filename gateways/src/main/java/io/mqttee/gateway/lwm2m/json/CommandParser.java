// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * Reads a command payload. A payload that is no command is a {@link CommandError} value, not an
 * exception: the gateway answers it and goes on with the next command.
 */
public final class CommandParser {

  private CommandParser() {}

  /** The command in {@code payload}, or why there is none. */
  public static ParseResult parse(byte[] payload) {
    JsonValue json;
    try {
      json = JsonPayloads.read(payload);
    } catch (JsonException e) {
      return new CommandError(
          JsonValue.EMPTY_JSON_OBJECT, null, "payload is not JSON: " + e.getMessage());
    }
    if (!(json instanceof JsonObject command)) {
      return new CommandError(JsonValue.EMPTY_JSON_OBJECT, null, "payload is not a JSON object");
    }
    JsonObject echo = withoutData(command);
    JsonValue data = command.get(JsonKeys.DATA);
    String reqPath = data instanceof JsonObject object ? Command.reqPath(object) : null;
    JsonValue msgType = command.get(JsonKeys.MSG_TYPE);
    if (msgType == null) {
      return new CommandError(echo, reqPath, "msgType is missing");
    }
    if (!(msgType instanceof JsonString type)) {
      return new CommandError(echo, reqPath, "msgType must be a string");
    }
    if (MsgType.fromWireName(type.getString()).isEmpty()) {
      return new CommandError(
          echo,
          reqPath,
          "msgType \"" + type.getString() + "\" is unknown; known: " + MsgType.NAMES);
    }
    if (data == null) {
      return new CommandError(echo, reqPath, "data is missing");
    }
    if (!(data instanceof JsonObject object)) {
      return new CommandError(echo, reqPath, "data must be a JSON object");
    }
    return new Command(command.get(JsonKeys.REQ_ID), type.getString(), echo, object);
  }

  private static JsonObject withoutData(JsonObject command) {
    JsonObjectBuilder echo = JsonPayloads.BUILDERS.createObjectBuilder();
    for (Map.Entry<String, JsonValue> field : command.entrySet()) {
      if (!field.getKey().equals(JsonKeys.DATA)) {
        echo.add(field.getKey(), field.getValue());
      }
    }
    return echo.build();
  }
}
