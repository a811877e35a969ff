// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.app;

import io.mqttee.api.MqttMessage;
import io.mqttee.api.MqttMessageListener;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Counts the messages of {@code bench/mdb/plain/#}, without a transaction. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "topicFilter", propertyValue = "bench/mdb/plain/#"),
      @ActivationConfigProperty(propertyName = "maxInFlight", propertyValue = "100")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlainCountingBean implements MqttMessageListener {

  @Inject private Counts counts;

  @Override
  public void onMessage(MqttMessage message) {
    counts.plain();
  }
}
