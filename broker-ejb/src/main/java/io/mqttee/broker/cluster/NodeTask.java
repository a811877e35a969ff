// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.grid.hazelcast.core.HazelcastInstance;
import io.mqttee.grid.hazelcast.core.HazelcastInstanceAware;
import io.mqttee.grid.hazelcast.nio.serialization.IdentifiedDataSerializable;
import java.util.concurrent.Callable;

/**
 * A task one node runs on another, against a part of that node's broker the node registered in its
 * grid's user context; written in the cluster's own compact form.
 */
abstract class NodeTask<R>
    implements Callable<R>, IdentifiedDataSerializable, HazelcastInstanceAware {
  private transient HazelcastInstance grid;

  /** The part of this node's broker registered under {@code key}. */
  protected final <T> T served(String key, Class<T> type) {
    Object part = grid.getUserContext().get(key);
    if (part == null) {
      throw new IllegalStateException("this node's broker is not started yet");
    }
    return type.cast(part);
  }

  @Override
  public final void setHazelcastInstance(HazelcastInstance instance) {
    this.grid = instance;
  }

  @Override
  public final int getFactoryId() {
    return ClusterSerialization.FACTORY_ID;
  }
}
