// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.inbound;

import io.mqttee.connector.api.DatagramInboundListener;
import io.mqttee.gateway.mqttsn.MqttSnDispatcher;
import io.mqttee.gateway.mqttsn.MqttSnGateway;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * Receives the adapter's MQTT-SN datagrams, one instance per lane, and hands them to the gateway.
 * No transaction on the datagram path, as for the broker's MQTT packets.
 */
@MessageDriven(
    name = "MqttSnMdb",
    messageListenerInterface = DatagramInboundListener.class,
    activationConfig =
        @ActivationConfigProperty(propertyName = "listener", propertyValue = "mqtt-sn"))
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MqttSnMdb implements DatagramInboundListener {
  @Inject MqttSnGateway gateway;

  private MqttSnDispatcher dispatcher;

  @PostConstruct
  void init() {
    dispatcher = gateway.dispatcher();
  }

  @Override
  public void onDatagrams(String listener, InetSocketAddress peer, List<byte[]> datagrams) {
    dispatcher.onDatagrams(peer, datagrams);
  }
}
