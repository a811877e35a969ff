// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.support.Broker;
import java.io.IOException;
import java.net.Socket;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The EAR deploys on Payara Server and its resource adapter opens the MQTT TCP listener. */
@Tag("e2e")
@Tag("container")
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class DeploymentIT {

  @Deployment(testable = false)
  static EnterpriseArchive mqttee() {
    return Broker.ear();
  }

  @Test
  void acceptsTcpConnectionsOnTheConfiguredMqttPort() throws IOException {
    try (Socket socket = new Socket(Broker.host(), Broker.mqttPort())) {
      assertTrue(socket.isConnected());
    }
  }
}
