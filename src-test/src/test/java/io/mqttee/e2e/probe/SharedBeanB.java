// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.probe;

import io.mqttee.api.MqttMessage;
import io.mqttee.api.MqttMessageListener;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;

/** One of two beans sharing {@code probe/shared/#}; answers "B {payload}" after its commit. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "topicFilter",
          propertyValue = "$share/probe/probe/shared/#")
    })
public class SharedBeanB implements MqttMessageListener {

  @Inject private ProbeReplies replies;

  @Override
  public void onMessage(MqttMessage message) {
    replies.publish("probe/replies/shared", "B " + message.payloadAsString());
  }
}
