// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A client id, user name or IP address whose CONNECT is refused until {@code untilMillis}. */
@Entity
@IdClass(BanId.class)
@Table(name = "mqttee_ban")
public class Ban {

  /** clientid, username or ipaddress. */
  @Id
  @Column(name = "kind", length = 16)
  private String kind;

  // "value" is a keyword of H2 2
  @Id
  @Column(name = "ban_value", length = 256)
  private String value;

  @Column(name = "reason", length = 1024)
  private String reason;

  @Column(name = "created_at", nullable = false)
  private long createdAtMillis;

  @Column(name = "until_at", nullable = false)
  private long untilMillis;

  protected Ban() {}

  public Ban(String kind, String value, String reason, long createdAtMillis, long untilMillis) {
    this.kind = kind;
    this.value = value;
    this.reason = reason;
    this.createdAtMillis = createdAtMillis;
    this.untilMillis = untilMillis;
  }

  public String getKind() {
    return kind;
  }

  public String getValue() {
    return value;
  }

  public String getReason() {
    return reason;
  }

  public long getCreatedAtMillis() {
    return createdAtMillis;
  }

  /** Epoch milliseconds when the ban ends; 0 for never. */
  public long getUntilMillis() {
    return untilMillis;
  }
}
