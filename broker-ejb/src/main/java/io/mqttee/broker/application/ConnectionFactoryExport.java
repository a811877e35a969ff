// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.application;

import io.mqttee.api.MqttConnection;
import io.mqttee.api.MqttConnectionFactory;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Makes the applications' connection factory reachable from other applications on Payara Server.
 * There a connection factory of a resource adapter embedded in an EAR may be looked up only by that
 * EAR, and the EAR's resources may bind only java:app names; so the factory the EAR defines
 * (java:app/mqttee/MqttConnectionFactory, glassfish-resources.xml) is bound once more under the
 * server-wide name {@value #SERVER_NAME}, wrapped in an object that is not serializable: Payara
 * hands such an object to the looking-up application as it is, where a serializable one would be
 * copied with that application's class loader, which cannot see the adapter's classes. On WildFly
 * the RAR's ironjacamar.xml binds java:global/mqttee/MqttConnectionFactory and this bind is refused
 * (logged).
 */
@Singleton
@Startup
public class ConnectionFactoryExport {

  static final String SERVER_NAME = "mqttee/MqttConnectionFactory";
  private static final Logger LOG = System.getLogger(ConnectionFactoryExport.class.getName());

  @Resource(lookup = "java:app/mqttee/MqttConnectionFactory")
  private MqttConnectionFactory factory;

  private boolean bound;

  @PostConstruct
  void bind() {
    try {
      new InitialContext().rebind(SERVER_NAME, new Exported(factory));
      bound = true;
      LOG.log(Level.INFO, "applications'' MQTT connection factory bound as {0}", SERVER_NAME);
    } catch (NamingException | RuntimeException e) {
      LOG.log(Level.DEBUG, "{0} not bound: {1}", SERVER_NAME, e.toString());
    }
  }

  /** The factory as other applications get it; deliberately not serializable (see above). */
  private static final class Exported implements MqttConnectionFactory {
    private final MqttConnectionFactory factory;

    Exported(MqttConnectionFactory factory) {
      this.factory = factory;
    }

    @Override
    public MqttConnection getConnection() {
      return factory.getConnection();
    }
  }

  @PreDestroy
  void unbind() {
    if (bound) {
      try {
        new InitialContext().unbind(SERVER_NAME);
      } catch (NamingException e) {
        LOG.log(Level.DEBUG, "{0} not unbound: {1}", SERVER_NAME, e.toString());
      }
    }
  }
}
