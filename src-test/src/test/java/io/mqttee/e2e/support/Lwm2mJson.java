// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code data} of the LWM2M gateway's MQTT commands, and readers of its answers: the formats
 * EMQX's LWM2M gateway uses, which MQTTee keeps.
 */
public final class Lwm2mJson {

  private Lwm2mJson() {}

  /** {@code {"path": path}}: read, discover, delete, observe, cancel-observe. */
  public static JsonObject path(String path) {
    return Json.createObjectBuilder().add("path", path).build();
  }

  /** One resource of a write or create: {@code {"path", "type", "value"}}. */
  /** {@code {"path": ..., "format": ...}}: a read or observe answered in that content format. */
  public static JsonObject path(String path, String format) {
    return Json.createObjectBuilder().add("path", path).add("format", format).build();
  }

  public static JsonObject value(String path, String type, JsonValue value) {
    return Json.createObjectBuilder()
        .add("path", path)
        .add("type", type)
        .add("value", value)
        .build();
  }

  /** A write of one resource: {@code {"path", "type", "value"}}. */
  public static JsonObject write(String path, String type, JsonValue value) {
    return value(path, type, value);
  }

  /** A batch write or a create: {@code {"basePath", "content": [...]}}. */
  public static JsonObject batch(String basePath, JsonObject... content) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (JsonObject item : content) {
      array.add(item);
    }
    return Json.createObjectBuilder().add("basePath", basePath).add("content", array).build();
  }

  /** {@code {"path", "pmin", "pmax"}}, the periods as given (numbers or numeric strings). */
  public static JsonObject writeAttr(String path, JsonValue pmin, JsonValue pmax) {
    return Json.createObjectBuilder().add("path", path).add("pmin", pmin).add("pmax", pmax).build();
  }

  /** {@code {"path", "args"}}. */
  public static JsonObject execute(String path, String args) {
    return Json.createObjectBuilder().add("path", path).add("args", args).build();
  }

  /** A command: {@code {"reqID", "msgType", "data"}}. */
  public static JsonObject command(JsonValue reqId, String msgType, JsonObject data) {
    JsonObjectBuilder command = Json.createObjectBuilder().add("reqID", reqId);
    return command.add("msgType", msgType).add("data", data).build();
  }

  public static JsonValue string(String value) {
    return Json.createValue(value);
  }

  public static JsonValue number(long value) {
    return Json.createValue(value);
  }

  public static JsonValue number(double value) {
    return Json.createValue(value);
  }

  /** {@code text} as a JSON object, or an assertion error that shows it. */
  public static JsonObject parse(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new AssertionError("not a JSON object: " + text, e);
    }
  }

  /**
   * {@code data.content} of a read, observe or notify: each value by its full path, in order, as
   * {@link #typed} Java values.
   */
  public static Map<String, Object> values(JsonObject answer) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (JsonValue item : content(answer)) {
      JsonObject entry = item.asJsonObject();
      values.put(entry.getString("path"), typed(entry.get("value")));
    }
    return values;
  }

  /**
   * A JSON value as the Java value a test compares: String, Long (an integral number), Double (any
   * other number), Boolean; anything else as it is.
   */
  public static Object typed(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> number((JsonNumber) value);
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      default -> value;
    };
  }

  private static Object number(JsonNumber number) {
    if (number.isIntegral()) {
      return number.longValueExact();
    }
    return number.doubleValue();
  }

  /** {@code data.content} of a discover: the link strings. */
  public static List<String> links(JsonObject answer) {
    return content(answer).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static JsonArray content(JsonObject answer) {
    JsonObject data = answer.getJsonObject("data");
    if (data == null || !(data.get("content") instanceof JsonArray array)) {
      throw new AssertionError("no data.content array in " + answer);
    }
    return array;
  }
}
