// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.leshan.core.link.DefaultLinkSerializer;
import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.link.LinkSerializer;
import org.eclipse.leshan.core.model.ResourceModel.Type;
import org.eclipse.leshan.core.node.LwM2mNode;
import org.eclipse.leshan.core.node.LwM2mObject;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.LwM2mResourceInstance;
import org.eclipse.leshan.core.node.ObjectLink;
import org.eclipse.leshan.core.util.datatype.ULong;

/**
 * The {@code content} of an answer: one {@code {"path", "value"}} per resource value with its full
 * path, or one string per link of a discover.
 */
final class ContentJson {

  private static final LinkSerializer LINKS = new DefaultLinkSerializer();

  private ContentJson() {}

  /**
   * The values of {@code node}, the content at {@code path}: multi-instance resources as {@code
   * /3/0/6/0}, {@code /3/0/6/1}; ids in ascending order.
   */
  static JsonArray values(LwM2mPath path, LwM2mNode node) {
    JsonArrayBuilder content = JsonPayloads.BUILDERS.createArrayBuilder();
    add(content, path, node);
    return content.build();
  }

  /** One string per link, {@code "</3/0/6>;dim=2"}; a comma inside a link stays in it. */
  static JsonArray links(Link[] links) {
    JsonArrayBuilder content = JsonPayloads.BUILDERS.createArrayBuilder();
    for (Link link : links) {
      content.add(LINKS.serialize(link));
    }
    return content.build();
  }

  private static void add(JsonArrayBuilder content, LwM2mPath path, LwM2mNode node) {
    if (node instanceof LwM2mObject object) {
      byId(object.getInstances()).forEach((id, i) -> add(content, path.append(id), i));
    } else if (node instanceof LwM2mObjectInstance instance) {
      byId(instance.getResources()).forEach((id, r) -> add(content, path.append(id), r));
    } else if (node instanceof LwM2mResource resource && resource.isMultiInstances()) {
      byId(resource.getInstances()).forEach((id, i) -> add(content, path.append(id), i));
    } else if (node instanceof LwM2mResource resource) {
      content.add(entry(path, resource.getType(), resource.getValue()));
    } else if (node instanceof LwM2mResourceInstance instance) {
      content.add(entry(path, instance.getType(), instance.getValue()));
    }
  }

  private static <T> Map<Integer, T> byId(Map<Integer, T> nodes) {
    return new TreeMap<>(nodes);
  }

  private static JsonValue entry(LwM2mPath path, Type type, Object value) {
    return JsonPayloads.BUILDERS
        .createObjectBuilder()
        .add("path", path.toString())
        .add("value", value(type, value))
        .build();
  }

  /** Typed by the node: Time as epoch seconds, Opaque as base64, Objlnk as {@code "3:0"}. */
  static JsonValue value(Type type, Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    return switch (type) {
      case INTEGER -> JsonPayloads.JSON.createValue((Long) value);
      case UNSIGNED_INTEGER -> JsonPayloads.JSON.createValue(((ULong) value).toBigInteger());
      case FLOAT ->
          Double.isFinite((Double) value)
              ? JsonPayloads.JSON.createValue((Double) value)
              : JsonPayloads.JSON.createValue(value.toString());
      case BOOLEAN -> (Boolean) value ? JsonValue.TRUE : JsonValue.FALSE;
      case TIME -> JsonPayloads.JSON.createValue(Math.floorDiv(((Date) value).getTime(), 1000L));
      case OPAQUE ->
          JsonPayloads.JSON.createValue(Base64.getEncoder().encodeToString((byte[]) value));
      case OBJLNK -> JsonPayloads.JSON.createValue(((ObjectLink) value).encodeToString());
      default -> JsonPayloads.JSON.createValue(value.toString());
    };
  }
}
