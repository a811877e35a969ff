// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.inbound;

import io.mqttee.gateway.mqttsn.MqttSnGateway;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Starts the gateway at deployment, after the broker, so that ADVERTISE goes out before the first
 * datagram arrives (MQTT-SN 1.2 section 6.1).
 */
@Startup
@Singleton
@DependsOn("mqttee-broker.jar#BrokerStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MqttSnStartup {
  @Inject MqttSnGateway gateway;

  @PostConstruct
  void start() {
    gateway.dispatcher();
  }
}
