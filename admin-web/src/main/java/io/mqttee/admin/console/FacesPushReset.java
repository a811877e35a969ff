// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.reflect.Field;

/**
 * Keeps the dashboard's live charts alive across redeployments. Mojarra 4.0 (Payara 6's Faces, one
 * copy for the whole server) caches the first application's {@code WebsocketSessionManager} in a
 * static field, which its WebSocket endpoint uses to register browsers, while {@code @Push} sends
 * through the running application's own manager. After a redeployment the two differ and no push
 * reaches a browser. Clearing the cache when the application starts and stops makes the endpoint
 * look up the running application's manager.
 */
@WebListener
public class FacesPushReset implements ServletContextListener {

  private static final Logger LOG = System.getLogger(FacesPushReset.class.getName());
  private static final String MANAGER = "com.sun.faces.push.WebsocketSessionManager";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    clear();
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    clear();
  }

  private static void clear() {
    try {
      Field instance = Class.forName(MANAGER).getDeclaredField("instance");
      instance.setAccessible(true);
      instance.set(null, null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // another Faces implementation, or a Mojarra without the cache: nothing to clear
      LOG.log(Level.DEBUG, "no Faces push session manager cache to clear: {0}", e.toString());
    }
  }
}
