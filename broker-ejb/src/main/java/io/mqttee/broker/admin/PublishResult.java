// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

/**
 * What became of a published message.
 *
 * @param matchedSessions sessions it was delivered or queued to
 */
public record PublishResult(String topic, int matchedSessions) {}
