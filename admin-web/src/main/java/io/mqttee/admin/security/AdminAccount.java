// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.security;

/** COMPILE-ONLY STUB, replaced by the security API's implementation. */
public record AdminAccount(String username, boolean mustChangePassword, long createdAtMillis) {}
