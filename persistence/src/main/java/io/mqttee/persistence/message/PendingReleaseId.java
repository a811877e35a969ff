// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.message;

import java.io.Serializable;
import java.util.Objects;

/** The key of a {@link PendingRelease}: client and packet id. */
public class PendingReleaseId implements Serializable {
  private static final long serialVersionUID = 1L;

  private String clientId;
  private int packetId;

  protected PendingReleaseId() {}

  public PendingReleaseId(String clientId, int packetId) {
    this.clientId = clientId;
    this.packetId = packetId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PendingReleaseId other
        && packetId == other.packetId
        && Objects.equals(clientId, other.clientId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clientId, packetId);
  }
}
