// SPDX-License-Identifier: Apache-2.0
/**
 * The REST API's JSON: request bodies read and checked with JSON-P, responses as ordered maps in
 * EMQX v4's field names and envelopes, which JSON-B writes.
 */
package io.mqttee.admin.api.json;
