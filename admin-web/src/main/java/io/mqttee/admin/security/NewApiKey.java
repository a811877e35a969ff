// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.security;

/** COMPILE-ONLY STUB, replaced by the security API's implementation. */
public record NewApiKey(ApiKeyView key, String secret) {}
