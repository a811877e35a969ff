// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.broker.admin.MetricsSample;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PrometheusTextTest {

  @Test
  void writesCountersAndGaugesWithHelpAndTypeLines() {
    MetricsSample sample =
        new MetricsSample(
            0,
            Map.of("messages.received", 12L, "bytes.sent", 3L),
            Map.of("connections", 2L),
            Map.of("messages.received", 1.5));

    assertEquals(
        """
        # HELP mqttee_bytes_sent_total MQTTee counter bytes.sent
        # TYPE mqttee_bytes_sent_total counter
        mqttee_bytes_sent_total 3
        # HELP mqttee_messages_received_total MQTTee counter messages.received
        # TYPE mqttee_messages_received_total counter
        mqttee_messages_received_total 12
        # HELP mqttee_connections MQTTee gauge connections
        # TYPE mqttee_connections gauge
        mqttee_connections 2
        """,
        PrometheusText.of(sample));
  }

  @Test
  void keepsOnlyCharactersPrometheusAllowsInNames() {
    assertEquals("a_b_c_d1_", PrometheusText.metricName("a.b-c/d1$"));
  }

  @Test
  void doesNotRepeatTheTotalSuffix() {
    String text =
        PrometheusText.of(new MetricsSample(0, Map.of("sent_total", 1L), Map.of(), Map.of()));

    assertEquals("mqttee_sent_total 1", text.lines().toList().get(2));
  }
}
