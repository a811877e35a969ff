// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.application;

import io.mqttee.connector.rar.transport.ClientChannels;
import io.mqttee.connector.rar.transport.Lane;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The applications' connections of one resource adapter: the message-driven beans' subscriptions
 * and the connection factories' publishers. They reach the broker only while its MQTT bean is
 * activated ({@link #attach}); they wait for it, and reconnect when it comes back.
 */
public final class Applications {

  private final ClientChannels connections;
  private final Map<MessageEndpointFactory, MdbSubscription> subscriptions =
      new ConcurrentHashMap<>();
  private final Set<LinkOwner> owners = ConcurrentHashMap.newKeySet();
  private volatile Supplier<Lane> lanes;

  /** Something that holds a link and must let go of it when the broker stops. */
  interface LinkOwner {
    void brokerStopped();
  }

  public Applications(ClientChannels connections) {
    this.connections = connections;
  }

  /** The broker's lanes are running; {@code lanes} hands one out per new connection. */
  public void attach(Supplier<Lane> lanes) {
    this.lanes = lanes;
  }

  /** The broker's lanes stop: every application connection ends now, and waits for the next. */
  public void detach() {
    lanes = null;
    owners.forEach(LinkOwner::brokerStopped);
  }

  /** Starts delivering to an application's bean, on a thread of its own from {@code threads}. */
  public void activate(
      MessageEndpointFactory factory, ApplicationActivationSpec spec, Executor threads) {
    MdbSubscription subscription = new MdbSubscription(factory, spec, this);
    subscriptions.put(factory, subscription);
    owners.add(subscription);
    threads.execute(subscription::run);
  }

  /** Ends the bean's subscription once its current delivery is done; true when it had one. */
  public boolean deactivate(MessageEndpointFactory factory) {
    MdbSubscription subscription = subscriptions.remove(factory);
    if (subscription == null) {
      return false;
    }
    owners.remove(subscription);
    subscription.stop();
    return true;
  }

  /** Ends every bean's subscription: the adapter stops. */
  public void deactivateAll() {
    subscriptions.keySet().forEach(this::deactivate);
  }

  /** A publisher for a connection factory, under {@code username} (null: anonymous). */
  Publisher publisher(String username) {
    Publisher publisher = new Publisher(this, username);
    owners.add(publisher);
    return publisher;
  }

  /** A lane for a new connection, or null while the broker is not running. */
  Lane lane() {
    Supplier<Lane> current = lanes;
    return current == null ? null : current.get();
  }

  ClientChannels connections() {
    return connections;
  }
}
