// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

import java.util.List;

/** Counters, gauges and their rates, as the dashboard and {@code /metrics} show them. */
public interface MetricsAdmin {

  /** The values now. */
  MetricsSample now();

  /** One sample per second of the last minutes, oldest first. */
  List<MetricsSample> recent();
}
