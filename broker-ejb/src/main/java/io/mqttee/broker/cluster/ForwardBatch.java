// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.grid.hazelcast.nio.ObjectDataInput;
import io.mqttee.grid.hazelcast.nio.ObjectDataOutput;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.topic.SharedFilter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Messages for one node, in the order they were published, run as a task on that node: it routes
 * them to its sessions and answers once it took them, after the commit where one of its persistent
 * sessions stored one. The grid serializes it with its own compact format, not Java's.
 */
final class ForwardBatch extends NodeTask<Boolean> {
  private static final byte PUBLISHED = 0;
  private static final byte RETAINED_CHANGE = 1;
  private static final byte RELAYED = 2;

  private List<ForwardedMessage> messages;

  /** For the grid's deserialization. */
  ForwardBatch() {
    this(List.of());
  }

  ForwardBatch(List<ForwardedMessage> messages) {
    this.messages = messages;
  }

  List<ForwardedMessage> messages() {
    return messages;
  }

  @Override
  public Boolean call() throws Exception {
    return served(ForwardReceiver.KEY, ForwardReceiver.class).receive(messages);
  }

  @Override
  public int getClassId() {
    return ClusterSerialization.FORWARD_BATCH;
  }

  @Override
  public void writeData(ObjectDataOutput out) throws IOException {
    out.writeInt(messages.size());
    for (ForwardedMessage forwarded : messages) {
      PublishWire.write(out, forwarded.message());
      if (forwarded.retainedOnly()) {
        out.writeByte(RETAINED_CHANGE);
      } else if (forwarded.forClient() != null) {
        out.writeByte(RELAYED);
        out.writeString(forwarded.publisherClientId());
        out.writeString(forwarded.forClient());
        out.writeString(forwarded.origin());
        out.writeLong(forwarded.originAdoptions());
      } else {
        out.writeByte(PUBLISHED);
        out.writeString(forwarded.publisherClientId());
        out.writeInt(forwarded.assigned().size());
        for (SharedFilter shared : forwarded.assigned()) {
          out.writeString(shared.group());
          out.writeString(shared.filter());
        }
        out.writeString(forwarded.origin());
        out.writeStringArray(forwarded.reached().toArray(String[]::new));
        out.writeLong(forwarded.originAdoptions());
      }
    }
  }

  @Override
  public void readData(ObjectDataInput in) throws IOException {
    int count = in.readInt();
    List<ForwardedMessage> read = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Publish message = PublishWire.read(in);
      byte kind = in.readByte();
      if (kind == RETAINED_CHANGE) {
        read.add(ForwardedMessage.retainedChange(message));
      } else if (kind == RELAYED) {
        read.add(
            ForwardedMessage.relayed(
                message, in.readString(), in.readString(), in.readString(), in.readLong()));
      } else {
        String publisher = in.readString();
        int shares = in.readInt();
        Set<SharedFilter> assigned = shares == 0 ? Set.of() : new HashSet<>(shares * 2);
        for (int s = 0; s < shares; s++) {
          assigned.add(new SharedFilter(in.readString(), in.readString()));
        }
        String origin = in.readString();
        Set<String> reached = Set.of(in.readStringArray());
        read.add(
            ForwardedMessage.published(
                message, publisher, assigned, origin, reached, in.readLong()));
      }
    }
    messages = read;
  }
}
