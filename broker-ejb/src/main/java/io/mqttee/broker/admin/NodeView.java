// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

/**
 * One node of the cluster, or the only node.
 *
 * @param id the node's id in the cluster (the grid member's UUID), or the node name when it is not
 *     in a cluster
 * @param address where the node's grid listens ({@code host:port}), or empty
 * @param local whether this is the node that answers
 */
public record NodeView(String id, String address, boolean local) {}
