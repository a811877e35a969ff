// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.inbound;

import io.mqttee.connector.rar.transport.ClientChannels;
import io.mqttee.connector.rar.transport.TcpServer;
import io.mqttee.connector.rar.transport.TransportSettings;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.io.IOException;
import java.util.concurrent.Executor;

/**
 * The broker's bean, activated: its lane endpoints first, then the TCP listener that calls them.
 * Stopping closes the listener and every connection before the endpoints are released.
 */
public final class InboundActivation {

  private final MessageEndpointFactory factory;
  private final LaneEndpoints endpoints;
  private final TcpServer server;

  private InboundActivation(
      MessageEndpointFactory factory, LaneEndpoints endpoints, TcpServer server) {
    this.factory = factory;
    this.endpoints = endpoints;
    this.server = server;
  }

  /** Creates one endpoint per lane, then binds the listener. */
  public static InboundActivation start(
      MessageEndpointFactory factory,
      int lanes,
      TransportSettings settings,
      Executor threads,
      ClientChannels clients)
      throws ResourceException {
    LaneEndpoints endpoints = LaneEndpoints.create(factory, lanes);
    TcpServer server;
    try {
      server = new TcpServer(settings, threads, endpoints.listeners(), clients);
      server.start();
    } catch (IOException | RuntimeException e) {
      endpoints.release();
      throw new ResourceException("MQTT TCP listener did not start: " + e.getMessage(), e);
    }
    return new InboundActivation(factory, endpoints, server);
  }

  public boolean isFor(MessageEndpointFactory other) {
    return factory == other;
  }

  public void stop() {
    try {
      server.close();
    } finally {
      endpoints.release();
    }
  }
}
