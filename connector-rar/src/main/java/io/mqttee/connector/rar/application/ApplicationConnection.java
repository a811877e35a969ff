// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.application;

import io.mqttee.api.MqttConnection;
import io.mqttee.api.MqttMessage;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/** An application's handle: publishes through its connection factory's publisher. */
public final class ApplicationConnection implements MqttConnection {

  private static final Logger LOG = System.getLogger(ApplicationConnection.class.getName());

  private volatile ApplicationManagedConnection owner;

  ApplicationConnection(ApplicationManagedConnection owner) {
    this.owner = owner;
  }

  @Override
  public void publish(MqttMessage message) {
    ApplicationManagedConnection current = owner;
    if (current == null) {
      throw new IllegalStateException("the MQTT connection is closed");
    }
    Publisher.checkPublishable(message);
    Publisher publisher = current.publisher();
    boolean deferred =
        AfterCommit.defer(
            () -> {
              try {
                publisher.publish(message, false);
              } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "publish to {0} after commit failed: {1}", message.topic(), e);
              }
            });
    if (!deferred) {
      publisher.publish(message, true);
    }
  }

  @Override
  public void close() {
    ApplicationManagedConnection current = owner;
    owner = null;
    if (current != null) {
      current.handleClosed(this);
    }
  }

  void reassign(ApplicationManagedConnection newOwner) {
    owner = newOwner;
  }
}
