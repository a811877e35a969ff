// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.leshan.core.request.ContentFormat;

/**
 * The optional {@code data.format} of read and observe: the content format the device is asked to
 * answer in (CoAP Accept option). Without it the device picks one.
 */
final class ContentFormats {

  private static final Map<String, ContentFormat> BY_NAME =
      new TreeMap<>(
          Map.of(
              "tlv", ContentFormat.TLV,
              "json", ContentFormat.JSON,
              "senml-json", ContentFormat.SENML_JSON,
              "senml-cbor", ContentFormat.SENML_CBOR,
              "cbor", ContentFormat.CBOR,
              "text", ContentFormat.TEXT,
              "opaque", ContentFormat.OPAQUE));

  private ContentFormats() {}

  /** The format {@code data.format} names, or null when it is absent. */
  static ContentFormat requested(JsonObject data) {
    String name = Fields.optionalString(data, "data", "format");
    if (name == null) {
      return null;
    }
    ContentFormat format = BY_NAME.get(name);
    if (format == null) {
      throw new InvalidField(
          "data.format '" + name + "' is none of " + String.join(", ", BY_NAME.keySet()));
    }
    return format;
  }
}
