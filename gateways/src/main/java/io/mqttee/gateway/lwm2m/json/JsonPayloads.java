// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Reads and writes the gateway's JSON payloads, UTF-8 (RFC 8259, section 8.1). */
public final class JsonPayloads {

  // Looked up once: jakarta.json.Json asks JsonProvider.provider() again on every call.
  static final JsonProvider JSON = JsonProvider.provider();
  static final JsonBuilderFactory BUILDERS = JSON.createBuilderFactory(Map.of());
  private static final JsonParserFactory PARSERS = JSON.createParserFactory(Map.of());
  private static final JsonWriterFactory WRITERS = JSON.createWriterFactory(Map.of());

  private JsonPayloads() {}

  /** The payload of an answer or event. */
  public static byte[] toBytes(JsonObject json) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonWriter writer = WRITERS.createWriter(out, StandardCharsets.UTF_8)) {
      writer.writeObject(json);
    }
    return out.toByteArray();
  }

  /**
   * One JSON value, the whole payload.
   *
   * @throws jakarta.json.JsonException when it is not JSON, or has more than one value
   */
  static JsonValue read(byte[] payload) {
    // A parser rather than a JsonReader: the reader ignores what follows the first value.
    try (JsonParser parser =
        PARSERS.createParser(new ByteArrayInputStream(payload), StandardCharsets.UTF_8)) {
      if (!parser.hasNext()) {
        throw new JsonParsingException("the payload is empty", parser.getLocation());
      }
      parser.next();
      JsonValue value = parser.getValue();
      if (parser.hasNext()) {
        throw new JsonParsingException("text after the JSON value", parser.getLocation());
      }
      return value;
    }
  }
}
