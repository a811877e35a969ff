// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Typed access to the fields of a command's {@code data}; a missing or mistyped field is an {@link
 * InvalidField} that names it ({@code data.content[2].path}).
 */
final class Fields {

  private Fields() {}

  /** The field's name for messages, e.g. {@code data.path}. */
  static String label(String parent, String field) {
    return parent + "." + field;
  }

  /** A field that must be present and not null. */
  static JsonValue required(JsonObject object, String parent, String field) {
    JsonValue value = object.get(field);
    if (value == null || value == JsonValue.NULL) {
      throw new InvalidField(label(parent, field) + " is missing");
    }
    return value;
  }

  static String string(JsonObject object, String parent, String field) {
    if (required(object, parent, field) instanceof JsonString string) {
      return string.getString();
    }
    throw new InvalidField(label(parent, field) + " must be a string");
  }

  /** A string field that may be absent or null. */
  static String optionalString(JsonObject object, String parent, String field) {
    JsonValue value = object.get(field);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    return string(object, parent, field);
  }

  /** An array field with at least one element. */
  static JsonArray nonEmptyArray(JsonObject object, String parent, String field) {
    if (!(required(object, parent, field) instanceof JsonArray array)) {
      throw new InvalidField(label(parent, field) + " must be an array");
    }
    if (array.isEmpty()) {
      throw new InvalidField(label(parent, field) + " must not be empty");
    }
    return array;
  }

  /** The element {@code index} of an array of objects. */
  static JsonObject element(JsonArray array, int index, String label) {
    if (array.get(index) instanceof JsonObject object) {
      return object;
    }
    throw new InvalidField(label + " must be an object");
  }
}
