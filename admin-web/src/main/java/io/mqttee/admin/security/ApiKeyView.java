// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.security;

/** COMPILE-ONLY STUB, replaced by the security API's implementation. */
public record ApiKeyView(
    String keyId, String name, String createdBy, long createdAtMillis, long expiresAtMillis) {}
