// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A banned client id, user name or IP address ({@code kind} {@code clientid}, {@code username} or
 * {@code ipaddress}). The value column is not called {@code value}: that is a keyword of H2.
 */
@Entity
@Table(name = "mqttee_ban")
@IdClass(BanId.class)
public class Ban {
  public static final int KIND_LENGTH = 16;
  public static final int VALUE_LENGTH = 256;
  public static final int REASON_LENGTH = 1024;

  @Id
  @Column(name = "kind", length = KIND_LENGTH)
  private String kind;

  @Id
  @Column(name = "ban_value", length = VALUE_LENGTH)
  private String banValue;

  @Column(name = "reason", length = REASON_LENGTH)
  private String reason;

  @Column(name = "created_at", nullable = false)
  private long createdAt;

  @Column(name = "until_at", nullable = false)
  private long untilAt;

  protected Ban() {}

  /**
   * @param untilMillis epoch milliseconds when it ends; 0 for never
   */
  public Ban(String kind, String value, String reason, long createdAtMillis, long untilMillis) {
    this.kind = kind;
    this.banValue = value;
    this.reason = reason;
    this.createdAt = createdAtMillis;
    this.untilAt = untilMillis;
  }

  public String getKind() {
    return kind;
  }

  public String getValue() {
    return banValue;
  }

  public String getReason() {
    return reason;
  }

  public long getCreatedAtMillis() {
    return createdAt;
  }

  /** Epoch milliseconds when it ends; 0 for never. */
  public long getUntilMillis() {
    return untilAt;
  }
}
