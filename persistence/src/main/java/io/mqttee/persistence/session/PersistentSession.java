// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.session;

import io.mqttee.persistence.ColumnSizes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A session that outlives its connection (clean session 0 or a session expiry interval > 0). */
@Entity
@Table(name = "mqttee_session")
public class PersistentSession {

  @Id
  @Column(name = "client_id", length = ColumnSizes.CLIENT_ID)
  private String clientId;

  @Column(name = "protocol_level", nullable = false)
  private int protocolLevel;

  @Column(name = "expiry_interval", nullable = false)
  private long expiryIntervalSeconds;

  @Column(name = "disconnected_at", nullable = false)
  private long disconnectedAtMillis;

  @Column(name = "owner_node", length = ColumnSizes.NODE)
  private String ownerNode;

  protected PersistentSession() {}

  /** A session of a broker that runs alone. */
  public PersistentSession(
      String clientId, int protocolLevel, long expiryIntervalSeconds, long disconnectedAtMillis) {
    this(clientId, protocolLevel, expiryIntervalSeconds, disconnectedAtMillis, null);
  }

  /**
   * @param ownerNode the cluster node that holds the session when the nodes share the database;
   *     null for a broker that runs alone
   */
  public PersistentSession(
      String clientId,
      int protocolLevel,
      long expiryIntervalSeconds,
      long disconnectedAtMillis,
      String ownerNode) {
    this.clientId = clientId;
    this.protocolLevel = protocolLevel;
    this.expiryIntervalSeconds = expiryIntervalSeconds;
    this.disconnectedAtMillis = disconnectedAtMillis;
    this.ownerNode = ownerNode;
  }

  public String getClientId() {
    return clientId;
  }

  public int getProtocolLevel() {
    return protocolLevel;
  }

  public long getExpiryIntervalSeconds() {
    return expiryIntervalSeconds;
  }

  public String getOwnerNode() {
    return ownerNode;
  }

  /** 0 while connected. */
  public long getDisconnectedAtMillis() {
    return disconnectedAtMillis;
  }
}
