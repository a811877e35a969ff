// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A key a program uses instead of an administrator's password; the secret is kept as a hash. */
@Entity
@Table(name = "mqttee_api_key")
public class ApiKey {
  public static final int KEY_ID_LENGTH = 64;
  public static final int NAME_LENGTH = 256;

  @Id
  @Column(name = "key_id", length = KEY_ID_LENGTH)
  private String keyId;

  @Column(name = "name", nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(name = "secret_hash", nullable = false, length = AdminUser.HASH_LENGTH)
  private String secretHash;

  @Column(name = "created_by", nullable = false, length = AdminUser.USERNAME_LENGTH)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private long createdAtMillis;

  @Column(name = "expires_at", nullable = false)
  private long expiresAtMillis;

  protected ApiKey() {}

  /** {@code expiresAtMillis} is 0 for a key that never expires. */
  public ApiKey(
      String keyId,
      String name,
      String secretHash,
      String createdBy,
      long createdAtMillis,
      long expiresAtMillis) {
    this.keyId = keyId;
    this.name = name;
    this.secretHash = secretHash;
    this.createdBy = createdBy;
    this.createdAtMillis = createdAtMillis;
    this.expiresAtMillis = expiresAtMillis;
  }

  public String getKeyId() {
    return keyId;
  }

  public String getName() {
    return name;
  }

  public String getSecretHash() {
    return secretHash;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public long getCreatedAtMillis() {
    return createdAtMillis;
  }

  public long getExpiresAtMillis() {
    return expiresAtMillis;
  }
}
