// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.grid.hazelcast.map.EntryProcessor;
import io.mqttee.grid.hazelcast.nio.ObjectDataInput;
import io.mqttee.grid.hazelcast.nio.ObjectDataOutput;
import io.mqttee.grid.hazelcast.nio.serialization.IdentifiedDataSerializable;
import java.io.IOException;
import java.util.Map;

/**
 * Makes a node the owner of a client id, on the grid's partition thread for that key: the one place
 * where claims of a client id are put in order. The entry is {@code number:node}, the number one
 * higher than the claim before; answers the entry it replaced, null for the first claim.
 */
final class ClaimOwner
    implements EntryProcessor<String, String, String>, IdentifiedDataSerializable {
  private String node;
  private boolean giveUp;

  /** For the grid's deserialization. */
  ClaimOwner() {}

  private ClaimOwner(String node, boolean giveUp) {
    this.node = node;
    this.giveUp = giveUp;
  }

  static ClaimOwner claim(String node) {
    return new ClaimOwner(node, false);
  }

  static ClaimOwner giveUp(String node) {
    return new ClaimOwner(node, true);
  }

  /** The number of a claim entry, 0 for none. */
  static long number(String entry) {
    return entry == null ? 0 : Long.parseLong(entry.substring(0, entry.indexOf(':')));
  }

  /** The node a claim entry names, null for none. */
  static String owner(String entry) {
    return entry == null ? null : entry.substring(entry.indexOf(':') + 1);
  }

  @Override
  public String process(Map.Entry<String, String> entry) {
    String previous = entry.getValue();
    if (!giveUp) {
      entry.setValue((number(previous) + 1) + ":" + node);
    } else if (node.equals(owner(previous))) {
      entry.setValue(null);
    }
    return previous;
  }

  @Override
  public int getFactoryId() {
    return ClusterSerialization.FACTORY_ID;
  }

  @Override
  public int getClassId() {
    return ClusterSerialization.CLAIM_OWNER;
  }

  @Override
  public void writeData(ObjectDataOutput out) throws IOException {
    out.writeString(node);
    out.writeBoolean(giveUp);
  }

  @Override
  public void readData(ObjectDataInput in) throws IOException {
    node = in.readString();
    giveUp = in.readBoolean();
  }
}
