// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar;

import static java.nio.charset.StandardCharsets.US_ASCII;

import io.mqttee.connector.api.DatagramInboundListener;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import javax.transaction.xa.XAResource;

/** Hands out endpoints of a gateway's datagram bean that record what they receive. */
final class DatagramEndpointFactory implements MessageEndpointFactory {

  /** "listener text on work" per datagram, "work" when a WorkManager thread delivered it. */
  final BlockingQueue<String> calls = new LinkedBlockingQueue<>();

  final List<Endpoint> created = new CopyOnWriteArrayList<>();

  @Override
  public MessageEndpoint createEndpoint(XAResource xaResource) {
    Endpoint endpoint = new Endpoint();
    created.add(endpoint);
    return endpoint;
  }

  @Override
  public MessageEndpoint createEndpoint(XAResource xaResource, long timeout) {
    return createEndpoint(xaResource);
  }

  @Override
  public boolean isDeliveryTransacted(Method method) {
    return false;
  }

  @Override
  public String getActivationName() {
    return "MqttSnGatewayMdb";
  }

  @Override
  public Class<?> getEndpointClass() {
    return Endpoint.class;
  }

  boolean allReleased() {
    return created.stream().allMatch(e -> e.released);
  }

  /** As a container's proxy of the gateway's bean would be. */
  final class Endpoint implements MessageEndpoint, DatagramInboundListener {

    volatile boolean released;

    @Override
    public void onDatagrams(String listener, InetSocketAddress peer, List<byte[]> datagrams) {
      String thread = Thread.currentThread().getName().startsWith("work-") ? "work" : "other";
      for (byte[] datagram : datagrams) {
        calls.add(listener + " " + new String(datagram, US_ASCII) + " on " + thread);
      }
    }

    @Override
    public void beforeDelivery(Method method) {
      throw new AssertionError("the adapter calls the listener directly");
    }

    @Override
    public void afterDelivery() {
      throw new AssertionError("the adapter calls the listener directly");
    }

    @Override
    public void release() {
      released = true;
    }
  }
}
