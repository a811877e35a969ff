// SPDX-License-Identifier: Apache-2.0
/** The broker's metrics at {@code /metrics} in the Prometheus text format, for scrapers. */
package io.mqttee.admin.metrics;
