// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.inbound;

import io.mqttee.gateway.lwm2m.Lwm2mGateway;
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
 * Starts the gateways at deployment, after the broker: MQTT-SN's ADVERTISE goes out before the
 * first datagram arrives (MQTT-SN 1.2 section 6.1), and the LWM2M gateway answers commands to
 * unregistered endpoints from the start.
 */
@Startup
@Singleton
@DependsOn("mqttee-broker.jar#BrokerStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GatewayStartup {
  @Inject MqttSnGateway gateway;
  @Inject Lwm2mGateway lwm2m;

  @PostConstruct
  void start() {
    gateway.dispatcher();
    lwm2m.listener();
  }
}
