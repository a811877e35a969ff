// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.security;

/**
 * An API key without its secret.
 *
 * @param expiresAtMillis epoch milliseconds; 0 for never
 */
public record ApiKeyView(
    String keyId, String name, String createdBy, long createdAtMillis, long expiresAtMillis) {

  public boolean expiredAt(long nowMillis) {
    return expiresAtMillis != 0 && nowMillis >= expiresAtMillis;
  }
}
