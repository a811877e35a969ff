// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * A command an MQTT application published for a device, e.g. {@code {"reqID": 1, "msgType": "read",
 * "data": {"path": "/3/0/0"}}}.
 *
 * @param reqId the {@code reqID} with the JSON type it was sent with (number, string, ...), or null
 *     when the command had none
 * @param msgType one of the {@link MsgType} names
 * @param echo every top-level field except {@code data}, to copy into the answer
 * @param data the command's {@code data} object
 */
public record Command(JsonValue reqId, String msgType, JsonObject echo, JsonObject data)
    implements ParseResult {

  public Command {
    Objects.requireNonNull(echo, "echo");
    Objects.requireNonNull(data, "data");
    if (MsgType.fromWireName(msgType).isEmpty()) {
      throw new IllegalArgumentException("unknown msgType " + msgType);
    }
  }

  /** The command's type. */
  public MsgType type() {
    return MsgType.fromWireName(msgType).orElseThrow();
  }

  /**
   * The path the command is about, as sent: {@code data.path}, or else {@code data.basePath} (batch
   * write, create), as EMQX; null when neither is a string.
   */
  public String reqPath() {
    return reqPath(data);
  }

  static String reqPath(JsonObject data) {
    for (String field : new String[] {"path", "basePath"}) {
      if (data.get(field) instanceof JsonString path) {
        return path.getString();
      }
    }
    return null;
  }
}
