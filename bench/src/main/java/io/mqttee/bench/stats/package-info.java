// SPDX-License-Identifier: Apache-2.0
/** Latency percentiles, process CPU time and the machine-readable result line. */
package io.mqttee.bench.stats;
