// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.message;

import io.mqttee.persistence.ColumnSizes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * The packet id of an inbound QoS 2 PUBLISH to a persistent session that was answered with PUBREC
 * and waits for PUBREL. Kept so that a resent PUBLISH with the same id is not delivered twice
 * (MQTT-4.3.3-10) after the session is restored.
 */
@Entity
@Table(name = "mqttee_pending_release")
@IdClass(PendingReleaseId.class)
public class PendingRelease {

  @Id
  @Column(name = "client_id", length = ColumnSizes.CLIENT_ID)
  private String clientId;

  @Id
  @Column(name = "packet_id")
  private int packetId;

  protected PendingRelease() {}

  public PendingRelease(String clientId, int packetId) {
    this.clientId = clientId;
    this.packetId = packetId;
  }

  public String getClientId() {
    return clientId;
  }

  public int getPacketId() {
    return packetId;
  }
}
