// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import io.mqttee.e2e.support.Broker;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * End-to-end tests against the real EAR, deployed once per test class on the managed server (Payara
 * Server, or WildFly in the build's second failsafe execution); the tests run as clients from
 * outside the server.
 */
@Tag("e2e")
@Tag("container")
@RunAsClient
@ExtendWith(ArquillianExtension.class)
abstract class DeployedBroker {

  @Deployment(testable = false)
  static EnterpriseArchive mqttee() {
    return Broker.ear();
  }
}
