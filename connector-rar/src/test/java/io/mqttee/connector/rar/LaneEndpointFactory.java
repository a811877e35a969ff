// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar;

import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import javax.transaction.xa.XAResource;

/** Hands out recording endpoints, at most {@code poolSize} like Payara's bean pool. */
final class LaneEndpointFactory implements MessageEndpointFactory {

  final BlockingQueue<String> calls = new LinkedBlockingQueue<>();
  final List<RecordingEndpoint> created = new CopyOnWriteArrayList<>();
  private final int poolSize;
  private int unavailableCalls;

  LaneEndpointFactory(int poolSize) {
    this(poolSize, 0);
  }

  /** The first {@code unavailableCalls} calls fail, as while Payara still deploys the bean. */
  LaneEndpointFactory(int poolSize, int unavailableCalls) {
    this.poolSize = poolSize;
    this.unavailableCalls = unavailableCalls;
  }

  @Override
  public synchronized MessageEndpoint createEndpoint(XAResource xaResource)
      throws UnavailableException {
    if (unavailableCalls > 0) {
      unavailableCalls--;
      throw new UnavailableException("EndpointFactory is currently not available");
    }
    if (created.size() == poolSize) {
      throw new UnavailableException("bean pool exhausted");
    }
    RecordingEndpoint endpoint = new RecordingEndpoint(calls);
    created.add(endpoint);
    return endpoint;
  }

  @Override
  public MessageEndpoint createEndpoint(XAResource xaResource, long timeout)
      throws UnavailableException {
    return createEndpoint(xaResource);
  }

  @Override
  public boolean isDeliveryTransacted(Method method) {
    return false;
  }

  @Override
  public String getActivationName() {
    return "MqttInboundMdb";
  }

  @Override
  public Class<?> getEndpointClass() {
    return RecordingEndpoint.class;
  }

  boolean allReleased() {
    return created.stream().allMatch(e -> e.released);
  }
}
