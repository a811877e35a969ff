// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.metrics;

import io.mqttee.broker.admin.BrokerAdmin;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /metrics} for Prometheus. Public, as EMQX's {@code /api/v5/prometheus/stats} is:
 * scrapers rarely carry credentials, and the counters tell nothing about clients or messages.
 */
@WebServlet("/metrics")
public class PrometheusMetricsServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient BrokerAdmin admin;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] body = PrometheusText.of(admin.metrics().now()).getBytes(StandardCharsets.UTF_8);
    response.setContentType(PrometheusText.CONTENT_TYPE);
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
