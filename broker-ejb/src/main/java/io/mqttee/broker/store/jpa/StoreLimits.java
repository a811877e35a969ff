// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import io.mqttee.broker.store.jpa.StoreOperation.QueueMessage;
import io.mqttee.broker.store.jpa.StoreOperation.SaveRetained;
import io.mqttee.broker.store.jpa.StoreOperation.SaveSession;
import io.mqttee.broker.store.jpa.StoreOperation.SaveSubscription;
import io.mqttee.persistence.ColumnSizes;

/**
 * Whether a write fits the store's columns. MQTT allows client ids, topics and filters of up to
 * 65,535 bytes, the columns hold fewer (they are parts of primary keys, see {@link ColumnSizes}). A
 * write that cannot fit is refused before it reaches the log, so it never fails a batch that other
 * clients' acknowledgements wait for; only the acknowledgement of the client that made it is
 * withheld.
 */
final class StoreLimits {

  private StoreLimits() {}

  /** True unless the operation inserts a value longer than its column. */
  static boolean fits(StoreOperation op) {
    if (op instanceof SaveSession s) {
      return clientId(s.session().clientId());
    } else if (op instanceof SaveSubscription s) {
      String group = s.subscription().shareGroup();
      return clientId(s.clientId())
          && topic(s.subscription().topicFilter())
          && (group == null || group.length() <= ColumnSizes.CLIENT_ID);
    } else if (op instanceof QueueMessage q) {
      return clientId(q.clientId()) && topic(q.message().topic());
    } else if (op instanceof StoreOperation.AwaitRelease a) {
      return clientId(a.clientId());
    } else if (op instanceof SaveRetained r) {
      return topic(r.message().topic());
    }
    return true; // removals and updates of rows that could not have been stored change nothing
  }

  private static boolean clientId(String clientId) {
    return clientId.length() <= ColumnSizes.CLIENT_ID;
  }

  private static boolean topic(String topic) {
    return topic.length() <= ColumnSizes.TOPIC;
  }
}
