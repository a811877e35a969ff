// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.inbound;

import io.mqttee.connector.api.DatagramInboundListener;
import io.mqttee.connector.rar.datagram.DatagramLanes;
import io.mqttee.connector.rar.datagram.DatagramListeners;
import io.mqttee.connector.rar.datagram.DatagramSettings;
import io.mqttee.connector.rar.datagram.UdpListener;
import io.mqttee.connector.rar.transport.ListenerRegistry;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.Executor;

/**
 * A gateway's datagram bean, activated: its lane endpoints, the lanes' event loops, then the UDP
 * listener that feeds them. As for the MQTT bean, this happens on an adapter thread after
 * endpointActivation has returned. Stopping closes the socket, lets the lanes finish what is
 * queued, then releases the endpoints.
 */
public final class DatagramActivation {

  private static final Logger LOG = System.getLogger(DatagramActivation.class.getName());

  private final MessageEndpointFactory factory;
  private final int laneCount;
  private final DatagramSettings settings;
  private final Executor threads;
  private final Registries registries;
  private LaneEndpoints endpoints;
  private DatagramLanes lanes;
  private UdpListener listener;
  private boolean stopped;

  /** What outlives an activation: the listeners' registry and the outbound handles' senders. */
  public record Registries(ListenerRegistry listeners, DatagramListeners datagrams) {}

  private DatagramActivation(
      MessageEndpointFactory factory,
      int laneCount,
      DatagramSettings settings,
      Executor threads,
      Registries registries) {
    this.factory = factory;
    this.laneCount = laneCount;
    this.settings = settings;
    this.threads = threads;
    this.registries = registries;
  }

  /** Starts creating the lane endpoints and then the listener on one of {@code threads}. */
  public static DatagramActivation start(
      MessageEndpointFactory factory,
      int lanes,
      DatagramSettings settings,
      Executor threads,
      Registries registries) {
    DatagramActivation activation =
        new DatagramActivation(factory, lanes, settings, threads, registries);
    threads.execute(activation::activate);
    return activation;
  }

  public boolean isFor(MessageEndpointFactory other) {
    return factory == other;
  }

  private void activate() {
    LaneEndpoints created =
        LaneEndpoints.await(factory, laneCount, DatagramInboundListener.class, this::isStopped);
    if (created == null) {
      return;
    }
    synchronized (this) {
      if (stopped) {
        created.release();
        return;
      }
      String name = settings.kind().listenerName();
      endpoints = created;
      lanes = new DatagramLanes(name, threads, created.listeners(DatagramInboundListener.class));
      listener = new UdpListener(settings, lanes, registries.datagrams().meter());
      registries.datagrams().activate(listener);
      registries.listeners().add(listener);
      if (settings.disabled()) {
        LOG.log(Level.INFO, "{0} listener disabled (port {1})", name, settings.address().port());
        return;
      }
      try {
        listener.start();
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.ERROR, "{0} listener did not start: {1}", name, String.valueOf(e));
      }
    }
  }

  private synchronized boolean isStopped() {
    return stopped;
  }

  /** The listener while the activation runs, else null. */
  public synchronized UdpListener listener() {
    return listener;
  }

  public void stop() {
    UdpListener socket;
    DatagramLanes loops;
    LaneEndpoints lanesToRelease;
    synchronized (this) {
      stopped = true;
      socket = listener;
      loops = lanes;
      lanesToRelease = endpoints;
      listener = null;
      lanes = null;
      endpoints = null;
    }
    if (socket != null) {
      registries.listeners().remove(socket);
      registries.datagrams().deactivate(socket);
      socket.retire();
    }
    if (loops != null) {
      loops.close();
    }
    if (lanesToRelease != null) {
      lanesToRelease.release();
    }
  }
}
