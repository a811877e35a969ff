// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import org.eclipse.leshan.core.node.LwM2mNode;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.LwM2mResourceInstance;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.CreateRequest;
import org.eclipse.leshan.core.request.DownlinkRequest;
import org.eclipse.leshan.core.request.WriteRequest;
import org.eclipse.leshan.core.request.WriteRequest.Mode;

/**
 * {@code write} and {@code create}: values with types to Leshan nodes, encoded as TLV.
 *
 * <p>TLV, whatever the device's LWM2M version: LWM2M 1.0 clients must support it, Leshan's 1.1
 * clients decode it as well, and EMQX sends every write and create as TLV, so its users' devices
 * take it already. Text, mandatory in 1.1, would fit single values only. Leshan defaults to TLV
 * too; naming it keeps the choice visible.
 */
final class WriteRequests {

  static final ContentFormat FORMAT = ContentFormat.TLV;

  private WriteRequests() {}

  /**
   * One resource ({@code path}, {@code type}, {@code value}) replaced with PUT; or a batch ({@code
   * basePath}, {@code content}): an object instance's resources updated with POST, or all the
   * instances of a multi-instance resource replaced with PUT.
   */
  static DownlinkRequest<?> write(JsonObject data) {
    if (isBatch(data)) {
      return batchWrite(data);
    }
    LwM2mPath path = Paths.absolute(Fields.string(data, "data", "path"), "data.path");
    TypedValue value = Values.parse(data, "data");
    LwM2mNode node;
    if (path.isResource()) {
      node = LwM2mSingleResource.newResource(path.getResourceId(), value.value(), value.type());
    } else if (path.isResourceInstance()) {
      node =
          LwM2mResourceInstance.newInstance(
              path.getResourceInstanceId(), value.value(), value.type());
    } else {
      throw new InvalidField(
          "data.path " + path + " must be a resource (/3/0/14) or a resource instance (/3/0/6/1)");
    }
    return new WriteRequest(Mode.REPLACE, FORMAT, path, node, null);
  }

  /** As EMQX: a {@code basePath} of "/" still means one resource at {@code path}. */
  private static boolean isBatch(JsonObject data) {
    JsonValue basePath = data.get("basePath");
    if (basePath != null && basePath != JsonValue.NULL) {
      return !(basePath instanceof JsonString root && root.getString().equals("/"));
    }
    return data.containsKey("content") && !data.containsKey("path");
  }

  private static DownlinkRequest<?> batchWrite(JsonObject data) {
    LwM2mPath base = basePath(data);
    if (!base.isObjectInstance() && !base.isResource()) {
      throw new InvalidField(
          "data.basePath "
              + base
              + " must be an object instance (/3/0) or a multi-instance resource (/3/0/6)");
    }
    // Under a resource, every content path is one of its instances: the resource is multiple.
    List<LwM2mResource> resources = collect(base, data).resources(base.getObjectInstanceId());
    if (base.isResource()) {
      return new WriteRequest(Mode.REPLACE, FORMAT, base, resources.get(0), null);
    }
    LwM2mObjectInstance instance = new LwM2mObjectInstance(base.getObjectInstanceId(), resources);
    return new WriteRequest(Mode.UPDATE, FORMAT, base, instance, null);
  }

  /**
   * Creates object instances: {@code basePath} is the object ({@code /6}, content paths {@code
   * /0/0}: instance and resource) or the new instance ({@code /6/0}, content paths {@code /0}).
   */
  static DownlinkRequest<?> create(JsonObject data) {
    LwM2mPath base = basePath(data);
    if (!base.isObject() && !base.isObjectInstance()) {
      throw new InvalidField(
          "data.basePath " + base + " must be an object (/6) or a new object instance (/6/0)");
    }
    List<LwM2mObjectInstance> instances = collect(base, data).objectInstances();
    return new CreateRequest(
        FORMAT, base.getObjectId(), instances.toArray(new LwM2mObjectInstance[0]));
  }

  private static LwM2mPath basePath(JsonObject data) {
    return Paths.absolute(Fields.string(data, "data", "basePath"), "data.basePath");
  }

  private static ResourceCollector collect(LwM2mPath base, JsonObject data) {
    JsonArray content = Fields.nonEmptyArray(data, "data", "content");
    ResourceCollector values = new ResourceCollector();
    for (int i = 0; i < content.size(); i++) {
      String label = "data.content[" + i + "]";
      JsonObject entry = Fields.element(content, i, label);
      String relative = Fields.string(entry, label, "path");
      LwM2mPath path = Paths.child(base, relative, label + ".path");
      if (!path.isResource() && !path.isResourceInstance()) {
        throw new InvalidField(
            label + ".path " + relative + " must lead from " + base + " to a resource");
      }
      values.add(path, Values.parse(entry, label), label);
    }
    return values;
  }
}
