// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import io.mqttee.connector.api.MqttInboundListener;
import io.netty.util.concurrent.EventExecutor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * One lane of the MQTT listeners: its thread and the broker's endpoint it calls. A connection that
 * has no socket (an application's) is bound to one lane and calls the broker only on its thread, as
 * a socket's connection does.
 */
public record Lane(EventExecutor loop, MqttInboundListener listener) {

  /**
   * Calls the broker's endpoint on the lane's thread, after what was queued before.
   *
   * @return false when the lane has shut down
   */
  public boolean call(Consumer<MqttInboundListener> call) {
    try {
      loop.execute(() -> call.accept(listener));
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }
}
