// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.leshan.core.node.LwM2mMultipleResource;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.LwM2mResourceInstance;
import org.eclipse.leshan.core.node.LwM2mSingleResource;

/**
 * Groups the values of a batch write or a create by object instance and resource: {@code /3/0/14}
 * is a single resource, {@code /3/0/6/0} and {@code /3/0/6/1} the instances of one multi-instance
 * resource.
 */
final class ResourceCollector {

  /** The key of a single resource's value among a resource's instances. */
  private static final int SINGLE = -1;

  private final Map<Integer, Map<Integer, Map<Integer, TypedValue>>> instances = new TreeMap<>();

  /**
   * Adds one value.
   *
   * @param path a resource or resource instance path
   * @param label the entry's name for messages, e.g. {@code data.content[2]}
   */
  void add(LwM2mPath path, TypedValue value, String label) {
    Map<Integer, TypedValue> resource =
        instances
            .computeIfAbsent(path.getObjectInstanceId(), id -> new TreeMap<>())
            .computeIfAbsent(path.getResourceId(), id -> new TreeMap<>());
    int key = path.isResourceInstance() ? path.getResourceInstanceId() : SINGLE;
    String where = label + ".path " + path;
    if (resource.containsKey(key)) {
      throw new InvalidField(where + " is written twice");
    }
    if (!resource.isEmpty() && (key == SINGLE || resource.containsKey(SINGLE))) {
      throw new InvalidField(where + " mixes a single value with resource instances");
    }
    if (!resource.isEmpty() && resource.values().iterator().next().type() != value.type()) {
      throw new InvalidField(where + ": the instances of one resource must have one type");
    }
    resource.put(key, value);
  }

  /** The object instances, each with its resources, by id. */
  List<LwM2mObjectInstance> objectInstances() {
    List<LwM2mObjectInstance> result = new ArrayList<>();
    instances.forEach((id, resources) -> result.add(new LwM2mObjectInstance(id, resources(id))));
    return result;
  }

  /** The resources of object instance {@code instanceId}. */
  List<LwM2mResource> resources(int instanceId) {
    List<LwM2mResource> result = new ArrayList<>();
    instances
        .getOrDefault(instanceId, Map.of())
        .forEach((id, values) -> result.add(resource(id, values)));
    return result;
  }

  private static LwM2mResource resource(int id, Map<Integer, TypedValue> values) {
    TypedValue single = values.get(SINGLE);
    if (single != null) {
      return LwM2mSingleResource.newResource(id, single.value(), single.type());
    }
    List<LwM2mResourceInstance> resourceInstances = new ArrayList<>();
    values.forEach(
        (instanceId, value) ->
            resourceInstances.add(
                LwM2mResourceInstance.newInstance(instanceId, value.value(), value.type())));
    return new LwM2mMultipleResource(
        id, values.values().iterator().next().type(), resourceInstances);
  }
}
