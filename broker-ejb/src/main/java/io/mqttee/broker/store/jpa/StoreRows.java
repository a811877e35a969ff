// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import io.mqttee.broker.store.PropertiesCodec;
import io.mqttee.broker.store.StoreSnapshot.RetainedEntry;
import io.mqttee.broker.store.StoredMessage;
import io.mqttee.broker.store.StoredSession;
import io.mqttee.broker.store.StoredSubscription;
import io.mqttee.persistence.message.QueuedMessage;
import io.mqttee.persistence.retained.RetainedMessage;
import io.mqttee.persistence.session.PersistentSession;
import io.mqttee.persistence.session.SessionSubscription;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;

/** Converts between the store's records and the persistence module's entities. */
final class StoreRows {

  private StoreRows() {}

  static PersistentSession toRow(StoredSession s, String owner) {
    return new PersistentSession(
        s.clientId(),
        s.protocolLevel(),
        s.expiryIntervalSeconds(),
        s.disconnectedAtMillis(),
        owner);
  }

  static StoredSession fromRow(PersistentSession row) {
    return new StoredSession(
        row.getClientId(),
        row.getProtocolLevel(),
        row.getExpiryIntervalSeconds(),
        row.getDisconnectedAtMillis());
  }

  static SessionSubscription toRow(String clientId, StoredSubscription s) {
    return new SessionSubscription(
        clientId,
        s.topicFilter(),
        s.shareGroup(),
        new SessionSubscription.Options(
            s.maxQos(), s.noLocal(), s.retainAsPublished(), s.retainHandling()),
        s.identifier());
  }

  static StoredSubscription fromRow(SessionSubscription row) {
    SessionSubscription.Options o = row.getOptions();
    return new StoredSubscription(
        row.getTopicFilter(),
        row.getShareGroup(),
        o.maxQos(),
        o.noLocal(),
        o.retainAsPublished(),
        o.retainHandling(),
        row.getIdentifier());
  }

  static QueuedMessage toRow(
      String clientId, long sequence, Publish m, int packetId, boolean received) {
    QueuedMessage.Content content =
        new QueuedMessage.Content(
            m.topic(),
            m.qos().value(),
            m.retain(),
            m.payload(),
            PropertiesCodec.encode(m.properties()));
    return new QueuedMessage(clientId, sequence, content, packetId, received);
  }

  /** The stored message; its PUBLISH carries the packet id it was last sent with. */
  static StoredMessage fromRow(QueuedMessage row) {
    QueuedMessage.Content c = row.getContent();
    Publish publish =
        new Publish(
            c.topic(),
            QoS.of(c.qos()),
            c.retain(),
            false,
            row.getPacketId(),
            c.payload(),
            PropertiesCodec.decode(c.properties()));
    return new StoredMessage(row.getSequence(), publish, row.getPacketId(), row.isReceived());
  }

  static RetainedMessage toRow(Publish m, long expiresAtMillis) {
    return new RetainedMessage(
        m.topic(),
        m.qos().value(),
        m.payload(),
        PropertiesCodec.encode(m.properties()),
        expiresAtMillis);
  }

  static RetainedEntry fromRow(RetainedMessage row) {
    Publish publish =
        new Publish(
            row.getTopic(),
            QoS.of(row.getQos()),
            true,
            false,
            0,
            row.getPayload(),
            PropertiesCodec.decode(row.getProperties()));
    return new RetainedEntry(publish, row.getExpiresAtMillis());
  }
}
