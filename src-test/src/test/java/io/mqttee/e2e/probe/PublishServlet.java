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
 * {@code GET /probe/publish?topic=...[&bytes=N]}: publishes outside a transaction, a short text or
 * N bytes; answers "published", or "refused {reason code}".
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
      String topic = request.getParameter("topic");
      String bytes = request.getParameter("bytes");
      if (bytes == null) {
        replies.publish(topic, "from a servlet");
      } else {
        replies.publish(topic, new byte[Integer.parseInt(bytes)]);
      }
      outcome = "published";
    } catch (MqttPublishException e) {
      outcome = "refused " + e.reasonCode();
    }
    response.setContentType("text/plain");
    response.getWriter().print(outcome);
  }
}
