// SPDX-License-Identifier: Apache-2.0
/**
 * The REST API at {@code /api/v1}, shaped like EMQX v4's: resources over the broker's
 * administration facade and the administrator accounts, paging, and one error format for every
 * failure.
 */
package io.mqttee.admin.api;
