// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Base64;
import java.util.Date;
import java.util.Locale;
import org.eclipse.leshan.core.model.ResourceModel.Type;
import org.eclipse.leshan.core.node.ObjectLink;
import org.eclipse.leshan.core.util.datatype.ULong;

/**
 * The {@code type} and {@code value} of a write or create entry: {@code Time} (epoch seconds),
 * {@code String}, {@code Integer}, {@code Unsigned Integer}, {@code Float}, {@code Boolean}, {@code
 * Opaque} (base64) and {@code Objlnk} ({@code "3:0"}). Type names ignore case and spaces.
 */
final class Values {

  private Values() {}

  /** The value of {@code entry}, e.g. {@code {"type": "Integer", "value": "42"}}. */
  static TypedValue parse(JsonObject entry, String parent) {
    String typeName = Fields.string(entry, parent, "type");
    Type type = type(typeName, Fields.label(parent, "type"));
    JsonValue value = Fields.required(entry, parent, "value");
    return new TypedValue(type, value(type, value, Fields.label(parent, "value")));
  }

  private static Type type(String name, String label) {
    return switch (name.replace(" ", "").toLowerCase(Locale.ROOT)) {
      case "string" -> Type.STRING;
      case "integer" -> Type.INTEGER;
      case "unsignedinteger" -> Type.UNSIGNED_INTEGER;
      case "float" -> Type.FLOAT;
      case "boolean" -> Type.BOOLEAN;
      case "time" -> Type.TIME;
      case "opaque" -> Type.OPAQUE;
      case "objlnk" -> Type.OBJLNK;
      default ->
          throw new InvalidField(
              label
                  + " \""
                  + name
                  + "\" is unknown; known: Time, String, Integer, Unsigned Integer, Float, Boolean,"
                  + " Opaque, Objlnk");
    };
  }

  private static Object value(Type type, JsonValue value, String label) {
    return switch (type) {
      case STRING -> text(value, label, "a string");
      case INTEGER -> Numbers.integer(value, label);
      case UNSIGNED_INTEGER -> ULong.valueOf(Numbers.unsigned(value, label));
      case FLOAT -> Numbers.decimal(value, label);
      case BOOLEAN -> bool(value, label);
      case TIME -> time(value, label);
      case OPAQUE -> opaque(value, label);
      case OBJLNK -> objectLink(value, label);
      default -> throw new InvalidField(label + ": type " + type + " cannot be written");
    };
  }

  private static String text(JsonValue value, String label, String what) {
    if (value instanceof JsonString string) {
      return string.getString();
    }
    throw new InvalidField(label + " must be " + what);
  }

  /** JSON true/false, "true"/"false", or 1/0 as LWM2M's plain text writes booleans. */
  private static Boolean bool(JsonValue value, String label) {
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    String text = value instanceof JsonNumber number ? number.toString() : null;
    if (value instanceof JsonString string) {
      text = string.getString();
    }
    if ("true".equals(text) || "1".equals(text)) {
      return Boolean.TRUE;
    }
    if ("false".equals(text) || "0".equals(text)) {
      return Boolean.FALSE;
    }
    throw new InvalidField(label + " must be a boolean (true, false, 1 or 0)");
  }

  private static Date time(JsonValue value, String label) {
    long seconds = Numbers.integer(value, label);
    try {
      return new Date(Math.multiplyExact(seconds, 1000L));
    } catch (ArithmeticException e) {
      throw new InvalidField(label + " is out of the range of a time in epoch seconds");
    }
  }

  private static byte[] opaque(JsonValue value, String label) {
    String base64 = text(value, label, "a base64 string");
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new InvalidField(label + " is not base64: " + e.getMessage());
    }
  }

  private static ObjectLink objectLink(JsonValue value, String label) {
    String link = text(value, label, "an object link like \"3:0\"");
    try {
      return ObjectLink.decodeFromString(link);
    } catch (IllegalArgumentException e) {
      throw new InvalidField(label + " \"" + link + "\" is not an object link like \"3:0\"");
    }
  }
}
