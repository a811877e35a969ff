// SPDX-License-Identifier: Apache-2.0
package io.mqttee.example.sensors;

import io.mqttee.api.MqttMessage;
import io.mqttee.api.MqttMessageListener;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Stores every reading published to {@code sensors/{sensor}/reading}, in the transaction the
 * container starts for each message: MQTTee acknowledges the message to the broker only after it
 * commits. The client id makes the subscription persistent, so readings published while this
 * application is undeployed are delivered when it comes back. A payload that is not a number fails
 * every time: after three redeliveries it goes to {@code dead-letter/sensors/{sensor}/reading}.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "topicFilter", propertyValue = "sensors/+/reading"),
      @ActivationConfigProperty(propertyName = "qos", propertyValue = "1"),
      @ActivationConfigProperty(propertyName = "clientId", propertyValue = "example-sensors"),
      @ActivationConfigProperty(propertyName = "maxRedeliveries", propertyValue = "3")
    })
public class ReadingsBean implements MqttMessageListener {

  @PersistenceContext private EntityManager entities;

  @Override
  public void onMessage(MqttMessage message) {
    String sensor = message.topic().split("/")[1];
    String payload = message.payloadAsString().trim();
    // "flaky:" readings fail on their first delivery after a write, to show that the rollback
    // undoes the write and the redelivery stores the reading once
    if (payload.startsWith("flaky:")) {
      payload = payload.substring("flaky:".length());
      if (message.deliveryCount() == 1) {
        entities.persist(new Reading(sensor, Double.parseDouble(payload), 1));
        entities.flush();
        throw new IllegalStateException("the first delivery of a flaky reading fails");
      }
    }
    entities.persist(new Reading(sensor, Double.parseDouble(payload), message.deliveryCount()));
  }
}
