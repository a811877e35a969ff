// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.topic;

/**
 * A shared subscription: the share name (group) and the filter its members match. For the EMQX
 * {@code $queue/{filter}} form the group is {@link #QUEUE_GROUP}.
 */
public record SharedFilter(String group, String filter) {

  /** The group of EMQX {@code $queue/} subscriptions, which all share one queue. */
  public static final String QUEUE_GROUP = "$queue";
}
