// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.security;

/** A key just created, with its secret: shown once, stored only as a hash. */
public record NewApiKey(ApiKeyView key, String secret) {}
