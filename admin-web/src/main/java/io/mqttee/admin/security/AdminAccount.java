// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.security;

/** An administrator of the console and the REST API. */
public record AdminAccount(String username, boolean mustChangePassword, long createdAtMillis) {}
