// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.message;

import java.io.Serializable;
import java.util.Objects;

/** The key of a {@link QueuedMessage}: client and the message's sequence in its queue. */
public class QueuedMessageId implements Serializable {
  private static final long serialVersionUID = 1L;

  private String clientId;
  private long sequence;

  protected QueuedMessageId() {}

  public QueuedMessageId(String clientId, long sequence) {
    this.clientId = clientId;
    this.sequence = sequence;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QueuedMessageId other
        && sequence == other.sequence
        && Objects.equals(clientId, other.clientId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clientId, sequence);
  }
}
