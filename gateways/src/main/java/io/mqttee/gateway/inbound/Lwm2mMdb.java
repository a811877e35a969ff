// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.inbound;

import io.mqttee.connector.api.Lwm2mFailure;
import io.mqttee.connector.api.Lwm2mInboundListener;
import io.mqttee.connector.api.Lwm2mRegistration;
import io.mqttee.gateway.lwm2m.Lwm2mGateway;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.response.LwM2mResponse;
import org.eclipse.leshan.core.response.ObserveResponse;

/**
 * Receives what the adapter's LWM2M server reports, one instance per lane, and hands it to the
 * gateway. No transaction, as for the broker's MQTT packets.
 */
@MessageDriven(name = "Lwm2mMdb", messageListenerInterface = Lwm2mInboundListener.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Lwm2mMdb implements Lwm2mInboundListener {
  @Inject Lwm2mGateway gateway;

  private Lwm2mInboundListener bridge;

  @PostConstruct
  void init() {
    bridge = gateway.listener();
  }

  @Override
  public void onRegistered(Lwm2mRegistration registration) {
    bridge.onRegistered(registration);
  }

  @Override
  public void onUpdated(Lwm2mRegistration registration) {
    bridge.onUpdated(registration);
  }

  @Override
  public void onDeregistered(Lwm2mRegistration registration, boolean expired) {
    bridge.onDeregistered(registration, expired);
  }

  @Override
  public void onResponse(String endpoint, long requestId, LwM2mResponse response) {
    bridge.onResponse(endpoint, requestId, response);
  }

  @Override
  public void onFailure(String endpoint, long requestId, Lwm2mFailure failure, String message) {
    bridge.onFailure(endpoint, requestId, failure, message);
  }

  @Override
  public void onNotification(
      String endpoint, LwM2mPath path, ObserveResponse response, long sequence) {
    bridge.onNotification(endpoint, path, response, sequence);
  }
}
