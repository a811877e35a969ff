// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api;

import io.mqttee.admin.api.json.BrokerJson;
import io.mqttee.admin.api.json.Envelope;
import io.mqttee.broker.admin.BrokerAdmin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** The broker node, its gauges and its counters. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "broker")
public class BrokerResource {
  @Inject BrokerAdmin admin;

  @GET
  @Path("brokers")
  @Operation(summary = "The broker nodes: name, version, uptime, application server")
  public Map<String, Object> brokers() {
    return Envelope.all(
        List.of(admin.info()), info -> BrokerJson.broker(info, System.currentTimeMillis()));
  }

  @GET
  @Path("nodes")
  @Operation(
      summary = "The nodes of the cluster, the answering one first (itself alone without one)")
  public Map<String, Object> nodes() {
    return Envelope.all(admin.nodes(), BrokerJson::node);
  }

  @GET
  @Path("stats")
  @Operation(summary = "Gauges: connections, sessions, subscriptions, retained messages, ...")
  public Map<String, Object> stats() {
    return Envelope.data(BrokerJson.stats(admin.metrics().now()));
  }

  @GET
  @Path("metrics")
  @Operation(summary = "Counters and their per-second rates")
  public Map<String, Object> metrics() {
    return Envelope.data(BrokerJson.metrics(admin.metrics().now()));
  }
}
