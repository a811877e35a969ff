// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;

/**
 * The dashboard's live feed. Its path lies under {@code /console/}, so the handshake passes the
 * console's sign-in like any console page; a session without a user is closed at once. The console
 * does not use Faces push ({@code f:websocket}): with Mojarra's WebSocket endpoint turned on,
 * Payara Server no longer registers the application's MQTT endpoint at {@code /mqtt} when it starts
 * with the application already deployed.
 */
@ServerEndpoint("/console/live-metrics")
public class LiveMetricsEndpoint {

  @Inject MetricsPush push;

  @OnOpen
  public void open(Session session) throws IOException {
    if (session.getUserPrincipal() == null) {
      session.close(new CloseReason(CloseCodes.VIOLATED_POLICY, "sign in first"));
      return;
    }
    push.opened(session);
  }

  @OnClose
  public void close(Session session) {
    push.closed(session);
  }

  @OnError
  public void error(Session session, Throwable error) {
    push.closed(session);
  }
}
