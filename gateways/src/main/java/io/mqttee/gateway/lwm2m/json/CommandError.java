// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * A command the gateway cannot send, answered with CoAP code 4.00 {@code bad_request}: not JSON, no
 * or an unknown {@code msgType}, or {@code data} that does not make a valid LWM2M request.
 *
 * @param echo the top-level fields of the command except {@code data}, empty when the payload was
 *     not a JSON object
 * @param reqPath the {@code data.basePath} or {@code data.path} as sent, or null
 * @param reason what is wrong, naming the field
 */
public record CommandError(JsonObject echo, String reqPath, String reason)
    implements ParseResult, DownlinkResult {

  public CommandError {
    Objects.requireNonNull(echo, "echo");
    Objects.requireNonNull(reason, "reason");
  }

  /** An error about a parsed command. */
  static CommandError of(Command command, String reason) {
    return new CommandError(command.echo(), command.reqPath(), reason);
  }

  /** The command's {@code reqID}, or null when it had none. */
  public JsonValue reqId() {
    return echo.get(JsonKeys.REQ_ID);
  }

  /** The command's {@code msgType} when it was a string, known or not; else null. */
  public String msgType() {
    return echo.get(JsonKeys.MSG_TYPE) instanceof JsonString type ? type.getString() : null;
  }
}
