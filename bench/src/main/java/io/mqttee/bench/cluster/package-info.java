// SPDX-License-Identifier: Apache-2.0
/** Measurements of a cluster that the throughput scenarios do not make: session take-over. */
package io.mqttee.bench.cluster;
