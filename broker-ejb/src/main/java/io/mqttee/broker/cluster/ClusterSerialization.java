// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.grid.hazelcast.nio.serialization.DataSerializableFactory;
import io.mqttee.grid.hazelcast.nio.serialization.IdentifiedDataSerializable;

/** Creates the objects nodes send each other, by the ids they are written with. */
final class ClusterSerialization implements DataSerializableFactory {
  static final int FACTORY_ID = 0x4d515454; // "MQTT"
  static final int FORWARD_BATCH = 1;
  static final int CLAIM_OWNER = 2;
  static final int HAND_OVER = 3;
  static final int SESSION_TRANSFER = 4;
  static final int NODE_CLIENTS_TASK = 5;
  static final int NODE_CLIENTS = 6;

  @Override
  public IdentifiedDataSerializable create(int typeId) {
    return switch (typeId) {
      case FORWARD_BATCH -> new ForwardBatch();
      case CLAIM_OWNER -> new ClaimOwner();
      case HAND_OVER -> new HandOverTask();
      case SESSION_TRANSFER -> new SessionTransfer();
      case NODE_CLIENTS_TASK -> new NodeClientsTask();
      case NODE_CLIENTS -> new NodeClients();
      default -> throw new IllegalArgumentException("unknown cluster message type " + typeId);
    };
  }
}
