// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api.json;

import io.mqttee.broker.admin.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JSON request body and its fields, each read with the check its field needs; anything missing,
 * malformed or of the wrong type is an {@link InvalidInputException} that names the field.
 */
public final class RequestBody {
  private final JsonObject object;
  private final String prefix;

  private RequestBody(JsonObject object, String prefix) {
    this.object = object;
    this.prefix = prefix;
  }

  /** The body, which must be one JSON object. */
  public static RequestBody of(String json) {
    JsonStructure structure = parse(json);
    if (!(structure instanceof JsonObject object)) {
      throw new InvalidInputException("the body must be a JSON object");
    }
    return new RequestBody(object, "");
  }

  /** The body, which must be a JSON array of objects. */
  public static List<RequestBody> arrayOf(String json) {
    JsonStructure structure = parse(json);
    if (!(structure instanceof JsonArray array)) {
      throw new InvalidInputException("the body must be a JSON array");
    }
    List<RequestBody> items = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof JsonObject object)) {
        throw new InvalidInputException("item " + i + " must be a JSON object");
      }
      items.add(new RequestBody(object, "[" + i + "]."));
    }
    return items;
  }

  private static JsonStructure parse(String json) {
    if (json == null || json.isBlank()) {
      throw new InvalidInputException("a JSON body is required");
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.read();
    } catch (JsonException e) {
      throw new InvalidInputException("malformed JSON: " + e.getMessage());
    }
  }

  public JsonObject json() {
    return object;
  }

  public boolean has(String name) {
    return object.containsKey(name) && object.get(name).getValueType() != JsonValue.ValueType.NULL;
  }

  public String string(String name) {
    return optionalString(name).orElseThrow(() -> invalid(name, "is required"));
  }

  public Optional<String> optionalString(String name) {
    if (!has(name)) {
      return Optional.empty();
    }
    if (!(object.get(name) instanceof JsonString text)) {
      throw invalid(name, "must be a string");
    }
    return Optional.of(text.getString());
  }

  /** An integer from {@code min} to {@code max}, or {@code absent} when missing. */
  public long integer(String name, long min, long max, long absent) {
    if (!has(name)) {
      return absent;
    }
    if (!(object.get(name) instanceof JsonNumber number) || !number.isIntegral()) {
      throw invalid(name, "must be an integer");
    }
    long value;
    try {
      value = number.bigIntegerValueExact().longValueExact();
    } catch (ArithmeticException e) {
      throw invalid(name, "must be " + min + " to " + max);
    }
    if (value < min || value > max) {
      throw invalid(name, "must be " + min + " to " + max + ", was " + value);
    }
    return value;
  }

  public int requiredInteger(String name, int min, int max) {
    if (!has(name)) {
      throw invalid(name, "is required");
    }
    return (int) integer(name, min, max, 0);
  }

  public Optional<Boolean> optionalBoolean(String name) {
    if (!has(name)) {
      return Optional.empty();
    }
    JsonValue value = object.get(name);
    if (value == JsonValue.TRUE) {
      return Optional.of(true);
    }
    if (value == JsonValue.FALSE) {
      return Optional.of(false);
    }
    throw invalid(name, "must be true or false");
  }

  public boolean bool(String name, boolean absent) {
    return optionalBoolean(name).orElse(absent);
  }

  /** A nested object, empty when missing. */
  public RequestBody object(String name) {
    if (!has(name)) {
      return new RequestBody(JsonValue.EMPTY_JSON_OBJECT, prefix + name + ".");
    }
    if (!(object.get(name) instanceof JsonObject nested)) {
      throw invalid(name, "must be an object");
    }
    return new RequestBody(nested, prefix + name + ".");
  }

  /** One of {@code allowed} (compared ignoring case), lower-cased. */
  public String choice(String name, String absent, String... allowed) {
    Optional<String> value = optionalString(name);
    if (value.isEmpty()) {
      if (absent == null) {
        throw invalid(name, "is required (" + String.join(", ", allowed) + ")");
      }
      return absent;
    }
    for (String option : allowed) {
      if (option.equalsIgnoreCase(value.get())) {
        return option;
      }
    }
    throw invalid(name, "must be one of " + String.join(", ", allowed));
  }

  public InvalidInputException invalid(String name, String problem) {
    return new InvalidInputException(prefix + name + " " + problem);
  }
}
