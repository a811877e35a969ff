// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.probe;

import io.mqttee.api.MqttMessage;
import io.mqttee.api.MqttMessageListener;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Takes {@value #MILLIS} ms per message of {@code probe/slow/#}, one in flight, then answers on
 * {@code probe/replies/slow}.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "topicFilter", propertyValue = "probe/slow/#"),
      @ActivationConfigProperty(propertyName = "clientId", propertyValue = "probe-slow"),
      @ActivationConfigProperty(propertyName = "maxInFlight", propertyValue = "1")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SlowBean implements MqttMessageListener {

  static final long MILLIS = 2_000;

  @Inject private ProbeReplies replies;

  @Override
  public void onMessage(MqttMessage message) {
    try {
      Thread.sleep(MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    replies.publish("probe/replies/slow", message.payloadAsString());
  }
}
