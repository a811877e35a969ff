// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.leshan.core.attributes.AssignationLevel;
import org.eclipse.leshan.core.attributes.Attribute;
import org.eclipse.leshan.core.attributes.AttributeSet;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.request.WriteAttributesRequest;

/**
 * {@code write-attr}: the notification attributes {@code pmin}, {@code pmax} (seconds) and {@code
 * gt}, {@code lt}, {@code st} (numbers) of a path, sent as {@code PUT ?pmin=2&pmax=120}.
 */
final class AttributeRequests {

  private static final String[] PERIODS = {Attribute.MINIMUM_PERIOD, Attribute.MAXIMUM_PERIOD};
  private static final String[] THRESHOLDS = {
    Attribute.GREATER_THAN, Attribute.LESSER_THAN, Attribute.STEP
  };

  private AttributeRequests() {}

  static WriteAttributesRequest writeAttributes(JsonObject data) {
    LwM2mPath path = Paths.absolute(Fields.string(data, "data", "path"), "data.path");
    List<Attribute> attributes = new ArrayList<>();
    for (String name : PERIODS) {
      JsonValue value = data.get(name);
      if (value != null && value != JsonValue.NULL) {
        long seconds = Numbers.integer(value, "data." + name);
        if (seconds < 0) {
          throw new InvalidField("data." + name + " must not be negative");
        }
        attributes.add(new Attribute(name, seconds));
      }
    }
    for (String name : THRESHOLDS) {
      JsonValue value = data.get(name);
      if (value != null && value != JsonValue.NULL) {
        attributes.add(new Attribute(name, Numbers.decimal(value, "data." + name)));
      }
    }
    if (attributes.isEmpty()) {
      throw new InvalidField("data has none of the attributes pmin, pmax, gt, lt, st");
    }
    AttributeSet set = new AttributeSet(attributes);
    try {
      set.validate(level(path));
    } catch (IllegalArgumentException e) {
      throw new InvalidField("data: " + e.getMessage() + " (data.path " + path + ")");
    }
    return new WriteAttributesRequest(path.toString(), set);
  }

  // Core 1.1 also allows attributes on a resource instance; Leshan M5 knows no such level.
  private static AssignationLevel level(LwM2mPath path) {
    if (path.isObject()) {
      return AssignationLevel.OBJECT;
    }
    return path.isObjectInstance() ? AssignationLevel.INSTANCE : AssignationLevel.RESOURCE;
  }
}
