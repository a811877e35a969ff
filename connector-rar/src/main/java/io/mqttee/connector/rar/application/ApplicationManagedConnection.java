// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.application;

import io.mqttee.connector.rar.outbound.HandleTrackingConnection;

/**
 * A pooled connection of an application's connection factory. It holds no broker connection of its
 * own: every one of the factory shares its {@link Publisher}, so pooling only tracks handles.
 * NoTransaction: a publish joins the caller's transaction through {@link AfterCommit}.
 */
final class ApplicationManagedConnection extends HandleTrackingConnection<ApplicationConnection> {

  private final Publisher publisher;

  ApplicationManagedConnection(Publisher publisher) {
    super(ApplicationConnection.class, "publishes join a transaction through a synchronization");
    this.publisher = publisher;
  }

  Publisher publisher() {
    return publisher;
  }

  @Override
  protected ApplicationConnection newHandle() {
    return new ApplicationConnection(this);
  }

  @Override
  protected void attach(ApplicationConnection handle) {
    handle.reassign(this);
  }

  @Override
  protected void detach(ApplicationConnection handle) {
    handle.reassign(null);
  }
}
