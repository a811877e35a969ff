// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.session;

import java.io.Serializable;
import java.util.Objects;

/** The key of a {@link SessionSubscription}: client, topic filter and share group ("" for none). */
public class SessionSubscriptionId implements Serializable {
  private static final long serialVersionUID = 1L;

  private String clientId;
  private String topicFilter;
  private String shareGroup;

  protected SessionSubscriptionId() {}

  public SessionSubscriptionId(String clientId, String topicFilter, String shareGroup) {
    this.clientId = clientId;
    this.topicFilter = topicFilter;
    this.shareGroup = shareGroup;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SessionSubscriptionId other
        && Objects.equals(clientId, other.clientId)
        && Objects.equals(topicFilter, other.topicFilter)
        && Objects.equals(shareGroup, other.shareGroup);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clientId, topicFilter, shareGroup);
  }
}
