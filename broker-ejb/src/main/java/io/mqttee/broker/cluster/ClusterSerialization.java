// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.grid.hazelcast.nio.serialization.DataSerializableFactory;
import io.mqttee.grid.hazelcast.nio.serialization.IdentifiedDataSerializable;

/** Creates the objects nodes send each other, by the ids they are written with. */
final class ClusterSerialization implements DataSerializableFactory {
  static final int FACTORY_ID = 0x4d515454; // "MQTT"
  static final int FORWARD_BATCH = 1;

  @Override
  public IdentifiedDataSerializable create(int typeId) {
    if (typeId == FORWARD_BATCH) {
      return new ForwardBatch();
    }
    throw new IllegalArgumentException("unknown cluster message type " + typeId);
  }
}
