// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.assembly;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Starts the broker at deployment, so the store's snapshot is restored before the first client
 * connects, and stops its scheduled work at undeployment.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BrokerStartup {
  @Inject Broker broker;

  @PostConstruct
  void start() {
    broker.sessions();
  }

  @PreDestroy
  void stop() {
    broker.stop();
  }
}
