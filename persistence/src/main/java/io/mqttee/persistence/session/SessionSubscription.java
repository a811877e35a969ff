// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.session;

import io.mqttee.persistence.ColumnSizes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A subscription of a persistent session. The share group is part of the key and is "" for an
 * ordinary subscription: a null in a key column would let duplicates through on both H2 and
 * PostgreSQL.
 */
@Entity
@Table(name = "mqttee_subscription")
@IdClass(SessionSubscriptionId.class)
public class SessionSubscription {

  /** The stored share group of an ordinary (not shared) subscription. */
  public static final String NO_SHARE_GROUP = "";

  @Id
  @Column(name = "client_id", length = ColumnSizes.CLIENT_ID)
  private String clientId;

  @Id
  @Column(name = "topic_filter", length = ColumnSizes.TOPIC)
  private String topicFilter;

  @Id
  @Column(name = "share_group", length = ColumnSizes.CLIENT_ID)
  private String shareGroup;

  @Column(name = "max_qos", nullable = false)
  private int maxQos;

  @Column(name = "no_local", nullable = false)
  private boolean noLocal;

  @Column(name = "retain_as_published", nullable = false)
  private boolean retainAsPublished;

  @Column(name = "retain_handling", nullable = false)
  private int retainHandling;

  @Column(name = "identifier", nullable = false)
  private int identifier;

  protected SessionSubscription() {}

  /** {@code options} packs what MQTT 5 calls subscription options; see {@link Options}. */
  public SessionSubscription(
      String clientId, String topicFilter, String shareGroup, Options options, int identifier) {
    this.clientId = clientId;
    this.topicFilter = topicFilter;
    this.shareGroup = shareGroup == null ? NO_SHARE_GROUP : shareGroup;
    this.maxQos = options.maxQos();
    this.noLocal = options.noLocal();
    this.retainAsPublished = options.retainAsPublished();
    this.retainHandling = options.retainHandling();
    this.identifier = identifier;
  }

  /** The subscription options of MQTT 5 section 3.8.3.1 (only maxQos for 3.1.1). */
  public record Options(
      int maxQos, boolean noLocal, boolean retainAsPublished, int retainHandling) {}

  public String getClientId() {
    return clientId;
  }

  public String getTopicFilter() {
    return topicFilter;
  }

  /** The share group, or null for an ordinary subscription. */
  public String getShareGroup() {
    return NO_SHARE_GROUP.equals(shareGroup) ? null : shareGroup;
  }

  public Options getOptions() {
    return new Options(maxQos, noLocal, retainAsPublished, retainHandling);
  }

  /** The MQTT 5 subscription identifier, 0 if none. */
  public int getIdentifier() {
    return identifier;
  }
}
