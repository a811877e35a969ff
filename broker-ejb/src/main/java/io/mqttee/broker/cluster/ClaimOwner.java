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
  private static final byte CLAIM = 0;
  private static final byte TAKE_OVER = 1;
  private static final byte GIVE_UP = 2;

  private byte operation;
  private String node;
  private String from = "";

  /** For the grid's deserialization. */
  ClaimOwner() {}

  private ClaimOwner(byte operation, String node, String from) {
    this.operation = operation;
    this.node = node;
    this.from = from;
  }

  static ClaimOwner claim(String node) {
    return new ClaimOwner(CLAIM, node, "");
  }

  /** Takes the client id for {@code node} if {@code from} holds it; "" if nobody does. */
  static ClaimOwner takeOver(String node, String from) {
    return new ClaimOwner(TAKE_OVER, node, from);
  }

  static ClaimOwner giveUp(String node) {
    return new ClaimOwner(GIVE_UP, node, "");
  }

  /** Whether a take-over from {@code from} succeeded, given the entry it found. */
  static boolean tookOver(String found, String from) {
    return from.isEmpty() ? found == null : from.equals(owner(found));
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
    boolean claims = operation == CLAIM || operation == TAKE_OVER && tookOver(previous, from);
    if (claims) {
      entry.setValue((number(previous) + 1) + ":" + node);
    } else if (operation == GIVE_UP && node.equals(owner(previous))) {
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
    out.writeByte(operation);
    out.writeString(node);
    out.writeString(from);
  }

  @Override
  public void readData(ObjectDataInput in) throws IOException {
    operation = in.readByte();
    node = in.readString();
    from = in.readString();
  }
}
