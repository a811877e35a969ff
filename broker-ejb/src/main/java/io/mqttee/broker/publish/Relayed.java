// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.publish;

import io.mqttee.protocol.packet.Publish;

/**
 * A message for a session that another node took over a moment ago, to relay to that node.
 *
 * @param node the id of the node that took the session
 * @param message in delivery form: the subscription's QoS, RETAIN flag and identifiers applied
 * @param shared whether it matched a shared subscription, which the node sending it served, so that
 *     no other node did
 */
public record Relayed(String node, String clientId, Publish message, boolean shared) {}
