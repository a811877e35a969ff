// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.eclipse.leshan.core.request.DownlinkRequest;

/** Commands written with single quotes for double quotes, and what the package makes of them. */
final class Commands {

  private Commands() {}

  static byte[] payload(String json) {
    return json.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
  }

  static JsonObject json(String json) {
    return Json.createReader(new StringReader(json.replace('\'', '"'))).readObject();
  }

  static JsonArray jsonArray(String json) {
    return Json.createReader(new StringReader(json.replace('\'', '"'))).readArray();
  }

  static Command command(String json) {
    return assertInstanceOf(Command.class, CommandParser.parse(payload(json)));
  }

  /** The request of a command that must translate to one. */
  static DownlinkRequest<?> request(String json) {
    DownlinkResult result = DownlinkRequests.translate(command(json));
    return assertInstanceOf(DownlinkResult.Send.class, result, result.toString()).request();
  }

  /** The error of a command that must not translate. */
  static CommandError rejected(String json) {
    return assertInstanceOf(CommandError.class, DownlinkRequests.translate(command(json)));
  }

  /** A write, write-attr or create command around {@code data}. */
  static String withData(String msgType, String data) {
    return "{'reqID': 7, 'msgType': '" + msgType + "', 'data': " + data + "}";
  }
}
