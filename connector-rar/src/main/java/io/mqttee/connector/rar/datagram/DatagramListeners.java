// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.datagram;

import io.mqttee.connector.api.DatagramSender;
import io.mqttee.connector.api.TrafficCounters;
import io.mqttee.connector.api.TrafficMeter;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The datagram listeners of the running activations, by name: where the outbound handles' sends
 * find their socket. One per resource adapter, like the MQTT connections' registry, so a handle
 * kept for a long time reaches the listeners of later activations.
 */
public final class DatagramListeners implements DatagramSender {

  private final Map<String, UdpListener> active = new ConcurrentHashMap<>();
  private final TrafficMeter meter = new TrafficMeter();

  /** A listener of a new activation, from now on. */
  public void activate(UdpListener listener) {
    if (active.putIfAbsent(listener.name(), listener) != null) {
      throw new IllegalStateException("there is a " + listener.name() + " listener already");
    }
  }

  /** The listener's activation is ending. */
  public void deactivate(UdpListener listener) {
    active.remove(listener.name(), listener);
  }

  /** What every datagram listener carried; one datagram is one packet. */
  public TrafficCounters traffic() {
    return meter.snapshot();
  }

  /** Where the listeners count their datagrams. */
  public TrafficMeter meter() {
    return meter;
  }

  @Override
  public void send(String listener, InetSocketAddress to, byte[] datagram) {
    UdpListener udp = active.get(listener);
    if (udp != null) {
      udp.send(to, datagram);
    }
  }

  @Override
  public void broadcast(String listener, int port, byte[] datagram) {
    UdpListener udp = active.get(listener);
    if (udp != null) {
      udp.broadcast(port, datagram);
    }
  }

  @Override
  public boolean runOnLane(String listener, InetSocketAddress peer, Runnable task) {
    UdpListener udp = active.get(listener);
    return udp != null && udp.runOnLane(peer, task);
  }
}
