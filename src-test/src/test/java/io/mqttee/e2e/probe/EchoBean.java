// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.probe;

import io.mqttee.api.MqttMessage;
import io.mqttee.api.MqttMessageListener;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Without a transaction: answers {@code probe/echo/{x}} on {@code probe/replies/{x}}. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "topicFilter", propertyValue = "probe/echo/#"),
      @ActivationConfigProperty(propertyName = "qos", propertyValue = "2")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EchoBean implements MqttMessageListener {

  @Inject private ProbeReplies replies;

  @Override
  public void onMessage(MqttMessage message) {
    String rest = message.topic().substring("probe/echo/".length());
    replies.publish("probe/replies/" + rest, ProbeReplies.describe(message));
  }
}
