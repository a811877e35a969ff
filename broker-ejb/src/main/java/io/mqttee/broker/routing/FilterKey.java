// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.routing;

/** A client's subscription as the router's per-client index knows it. */
record FilterKey(String topicFilter, String shareGroup) {}
