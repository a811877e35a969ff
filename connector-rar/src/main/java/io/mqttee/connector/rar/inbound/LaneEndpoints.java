// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.inbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One message endpoint per lane, created once and reused for every call of that lane. Payara pins a
 * bean instance to each endpoint until it is released, so there must never be one per connection,
 * and the bean pool must hold at least as many instances as there are lanes.
 */
final class LaneEndpoints {

  private static final Logger LOG = System.getLogger(LaneEndpoints.class.getName());
  private static final int ATTEMPTS = 20;
  private static final long RETRY_MILLIS = 3_000;

  private final List<MessageEndpoint> endpoints;

  private LaneEndpoints(List<MessageEndpoint> endpoints) {
    this.endpoints = endpoints;
  }

  /**
   * Creates one endpoint per lane of the listener type {@code type}, retrying while the bean is
   * still deploying; null when it gives up (logged), or when {@code stopped} says the activation
   * ended meanwhile.
   */
  static LaneEndpoints await(
      MessageEndpointFactory factory, int lanes, Class<?> type, BooleanSupplier stopped) {
    for (int attempt = 1; ; attempt++) {
      try {
        return create(factory, lanes, type);
      } catch (UnavailableException e) {
        if (attempt == ATTEMPTS || stopped.getAsBoolean() || !pause()) {
          LOG.log(Level.ERROR, "no endpoint for {0}: {1}", factory.getActivationName(), e);
          return null;
        }
      } catch (ResourceException e) {
        LOG.log(Level.ERROR, "{0} not activated: {1}", factory.getActivationName(), e.getMessage());
        return null;
      }
    }
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
   * Creates one endpoint per lane, or none. Throws {@link UnavailableException} as is when not even
   * the first endpoint is available yet (the bean is still deploying), so the caller can retry.
   */
  static LaneEndpoints create(MessageEndpointFactory factory, int lanes, Class<?> type)
      throws ResourceException {
    List<MessageEndpoint> created = new ArrayList<>(lanes);
    try {
      for (int i = 0; i < lanes; i++) {
        MessageEndpoint endpoint = factory.createEndpoint(null);
        created.add(endpoint);
        if (!type.isInstance(endpoint)) {
          throw new ResourceException(factory.getEndpointClass() + " does not implement " + type);
        }
      }
    } catch (UnavailableException e) {
      if (created.isEmpty()) {
        throw e;
      }
      throw failed(created, lanes, e);
    } catch (ResourceException | RuntimeException e) {
      throw failed(created, lanes, e);
    }
    return new LaneEndpoints(created);
  }

  private static ResourceException failed(
      List<MessageEndpoint> created, int lanes, Exception cause) {
    int count = created.size();
    new LaneEndpoints(created).release();
    return new ResourceException(
        "created "
            + count
            + " of "
            + lanes
            + " lane endpoints; the bean pool (max-pool-size) must hold at least one instance"
            + " per lane: "
            + cause,
        cause);
  }

  <T> List<T> listeners(Class<T> type) {
    List<T> listeners = new ArrayList<>(endpoints.size());
    for (MessageEndpoint endpoint : endpoints) {
      listeners.add(type.cast(endpoint));
    }
    return listeners;
  }

  void release() {
    for (MessageEndpoint endpoint : endpoints) {
      try {
        endpoint.release();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "releasing an endpoint failed: {0}", e.toString());
      }
    }
    endpoints.clear();
  }
}
