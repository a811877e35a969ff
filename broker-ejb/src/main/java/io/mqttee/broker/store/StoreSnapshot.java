// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store;

import io.mqttee.protocol.packet.Publish;
import java.util.List;
import java.util.Map;

/** What {@link MessageStore#load} returns: the state to rebuild at start-up. */
public record StoreSnapshot(List<SessionState> sessions, List<RetainedEntry> retained) {

  /**
   * One stored session with its subscriptions, its queued messages in sequence order and the
   * inbound QoS 2 packet ids that wait for PUBREL.
   */
  public record SessionState(
      StoredSession session,
      List<StoredSubscription> subscriptions,
      List<StoredMessage> messages,
      List<Integer> awaitingRelease) {

    public SessionState(
        StoredSession session,
        List<StoredSubscription> subscriptions,
        List<StoredMessage> messages) {
      this(session, subscriptions, messages, List.of());
    }
  }

  /** A retained message with its expiry instant, 0 for none. */
  public record RetainedEntry(Publish message, long expiresAtMillis) {}

  public static StoreSnapshot empty() {
    return new StoreSnapshot(List.of(), List.of());
  }

  /** Sessions by client id, for callers that look them up. */
  public Map<String, SessionState> sessionsById() {
    Map<String, SessionState> byId = new java.util.HashMap<>();
    sessions.forEach(s -> byId.put(s.session().clientId(), s));
    return byId;
  }
}
