// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

/** A topic filter with subscribers, and the node that has them. */
public record RouteView(String topicFilter, String node, int subscribers) {}
