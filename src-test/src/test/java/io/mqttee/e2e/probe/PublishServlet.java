// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.probe;

import io.mqttee.api.MqttPublishException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /probe/publish?topic=...}: publishes outside a transaction; answers "published", or
 * "refused {reason code}".
 */
@WebServlet("/publish")
public class PublishServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private transient ProbeReplies replies;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String outcome;
    try {
      replies.publish(request.getParameter("topic"), "from a servlet");
      outcome = "published";
    } catch (MqttPublishException e) {
      outcome = "refused " + e.reasonCode();
    }
    response.setContentType("text/plain");
    response.getWriter().print(outcome);
  }
}
