// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.topic.SharedFilter;
import java.util.Set;

/**
 * A message one node hands another: the message, who published it (for No Local), and the shared
 * subscriptions the receiving node is to serve with it; or, with {@code retainedOnly}, a change of
 * a retained message to apply without delivering it.
 */
record ForwardedMessage(
    Publish message, String publisherClientId, Set<SharedFilter> assigned, boolean retainedOnly) {

  ForwardedMessage(Publish message, String publisherClientId, Set<SharedFilter> assigned) {
    this(message, publisherClientId, assigned, false);
  }
}
