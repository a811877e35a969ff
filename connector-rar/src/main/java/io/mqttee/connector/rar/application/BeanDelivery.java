// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.application;

import io.mqttee.api.MqttMessage;
import io.mqttee.api.MqttMessageListener;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.reflect.Method;
import java.util.function.BooleanSupplier;

/**
 * Offers messages to one application bean through one message endpoint, created once and reused.
 * When the bean's {@code onMessage} runs in a container-managed transaction, the endpoint is
 * created with a {@link DeliveryOutcome}, so a delivery counts as done only when that transaction
 * committed.
 */
final class BeanDelivery {

  private static final Logger LOG = System.getLogger(BeanDelivery.class.getName());
  private static final Method ON_MESSAGE = onMessage();
  private static final long RETRY_MILLIS = 1_000;

  private final MessageEndpointFactory factory;
  private final DeliveryOutcome outcome;
  private final MessageEndpoint endpoint;

  private BeanDelivery(
      MessageEndpointFactory factory, DeliveryOutcome outcome, MessageEndpoint endpoint) {
    this.factory = factory;
    this.outcome = outcome;
    this.endpoint = endpoint;
  }

  private static Method onMessage() {
    try {
      return MqttMessageListener.class.getMethod("onMessage", MqttMessage.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The endpoint, retrying while the bean is still deploying; null when {@code stopped} says the
   * activation ended meanwhile, or the container refuses (logged).
   */
  static BeanDelivery await(MessageEndpointFactory factory, BooleanSupplier stopped) {
    while (!stopped.getAsBoolean()) {
      try {
        boolean transacted = factory.isDeliveryTransacted(ON_MESSAGE);
        DeliveryOutcome outcome = transacted ? new DeliveryOutcome() : null;
        MessageEndpoint endpoint = factory.createEndpoint(outcome);
        if (!(endpoint instanceof MqttMessageListener)) {
          endpoint.release();
          LOG.log(
              Level.ERROR,
              "{0} does not implement {1}",
              factory.getEndpointClass(),
              MqttMessageListener.class.getName());
          return null;
        }
        return new BeanDelivery(factory, outcome, endpoint);
      } catch (UnavailableException e) {
        if (!pause()) {
          return null;
        }
      } catch (NoSuchMethodException | RuntimeException e) {
        LOG.log(Level.ERROR, "no endpoint for {0}: {1}", factory.getActivationName(), e);
        return null;
      }
    }
    return null;
  }

  private static boolean pause() {
    try {
      Thread.sleep(RETRY_MILLIS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Offers the message once.
   *
   * @return true when the bean took it: it returned normally and, in a transaction, that
   *     transaction committed
   */
  boolean offer(MqttMessage message) {
    if (outcome == null) {
      return call(message);
    }
    // The transaction spans beforeDelivery to afterDelivery: WildFly enlists the endpoint's
    // XAResource only then (Payara also when onMessage is called alone).
    outcome.reset();
    try {
      endpoint.beforeDelivery(ON_MESSAGE);
    } catch (NoSuchMethodException | ResourceException | RuntimeException e) {
      LOG.log(Level.WARNING, "{0}: no transaction to deliver in: {1}", factory, e.toString());
      return false;
    }
    boolean called = false;
    try {
      called = call(message);
    } finally {
      try {
        endpoint.afterDelivery();
      } catch (ResourceException | RuntimeException e) {
        LOG.log(Level.DEBUG, "{0}: the delivery's transaction failed: {1}", factory, e.toString());
      }
    }
    return called && outcome.committed();
  }

  private boolean call(MqttMessage message) {
    try {
      ((MqttMessageListener) endpoint).onMessage(message);
      return true;
    } catch (RuntimeException e) {
      LOG.log(
          Level.DEBUG,
          "{0} failed on {1} (delivery {2}): {3}",
          factory.getActivationName(),
          message.topic(),
          message.deliveryCount(),
          e);
      return false;
    }
  }

  void release() {
    try {
      endpoint.release();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "releasing an endpoint failed: {0}", e.toString());
    }
  }
}
