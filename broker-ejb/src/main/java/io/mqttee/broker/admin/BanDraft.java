// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

/**
 * A ban to add.
 *
 * @param untilMillis epoch milliseconds when it ends; 0 for never
 */
public record BanDraft(BanView.Kind kind, String value, String reason, long untilMillis) {}
