// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.app;

import io.mqttee.api.MqttMessage;
import io.mqttee.api.MqttMessageListener;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;

/**
 * Counts the messages of {@code bench/mdb/tx/#} in a container-managed transaction: each is settled
 * with the broker after its commit.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "topicFilter", propertyValue = "bench/mdb/tx/#"),
      @ActivationConfigProperty(propertyName = "maxInFlight", propertyValue = "100")
    })
public class TransactedCountingBean implements MqttMessageListener {

  @Inject private Counts counts;

  @Override
  public void onMessage(MqttMessage message) {
    counts.transacted();
  }
}
