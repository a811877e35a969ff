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
public final class DatagramActivation extends LaneActivation {

  private static final Logger LOG = System.getLogger(DatagramActivation.class.getName());

  private final DatagramSettings settings;
  private final Executor threads;
  private final Registries registries;
  private DatagramLanes lanes;
  private UdpListener listener;

  /** What outlives an activation: the listeners' registry and the outbound handles' senders. */
  public record Registries(ListenerRegistry listeners, DatagramListeners datagrams) {}

  private DatagramActivation(
      MessageEndpointFactory factory,
      int laneCount,
      DatagramSettings settings,
      Executor threads,
      Registries registries) {
    super(factory, laneCount, DatagramInboundListener.class);
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
    activation.begin(threads);
    return activation;
  }

  @Override
  boolean started(LaneEndpoints created) {
    String name = settings.kind().listenerName();
    lanes = new DatagramLanes(name, threads, created.listeners(DatagramInboundListener.class));
    listener = new UdpListener(settings, lanes, registries.datagrams().meter());
    registries.datagrams().activate(listener);
    registries.listeners().add(listener);
    if (settings.disabled()) {
      LOG.log(Level.INFO, "{0} listener disabled (port {1})", name, settings.address().port());
      return true;
    }
    try {
      listener.start();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.ERROR, "{0} listener did not start: {1}", name, String.valueOf(e));
    }
    return true;
  }

  /** The listener while the activation runs, else null. */
  public synchronized UdpListener listener() {
    return listener;
  }

  @Override
  Runnable detached() {
    UdpListener socket = listener;
    DatagramLanes loops = lanes;
    listener = null;
    lanes = null;
    return () -> {
      if (socket != null) {
        registries.listeners().remove(socket);
        registries.datagrams().deactivate(socket);
        socket.retire();
      }
      if (loops != null) {
        loops.close();
      }
    };
  }
}
