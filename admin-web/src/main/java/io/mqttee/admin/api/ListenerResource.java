// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api;

import io.mqttee.admin.api.json.BrokerJson;
import io.mqttee.admin.api.json.Envelope;
import io.mqttee.admin.api.json.RequestBody;
import io.mqttee.broker.admin.BrokerAdmin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/** The listeners: TCP, TLS, WebSocket and the gateways' sockets. */
@Path("listeners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
@Tag(name = "listeners")
public class ListenerResource {
  @Inject BrokerAdmin admin;

  @GET
  @Operation(summary = "Every listener with its settings")
  public Map<String, Object> list() {
    return Envelope.all(admin.listeners().listeners(), BrokerJson::listener);
  }

  @GET
  @Path("{name}")
  @Operation(summary = "One listener")
  public Map<String, Object> get(@PathParam("name") String name) {
    return Envelope.data(BrokerJson.listener(admin.listeners().listener(name)));
  }

  @PUT
  @Path("{name}/start")
  @Operation(summary = "Starts a listener")
  public Map<String, Object> start(@PathParam("name") String name) {
    return Envelope.data(BrokerJson.listener(admin.listeners().start(name)));
  }

  @PUT
  @Path("{name}/stop")
  @Operation(summary = "Stops a listener and closes its connections")
  public Map<String, Object> stop(@PathParam("name") String name) {
    return Envelope.data(BrokerJson.listener(admin.listeners().stop(name)));
  }

  @PUT
  @Path("{name}")
  @Operation(
      summary = "Changes settings; a running listener restarts with them",
      description = "body: the settings to change, for example {\"port\": 1884, \"bind\": \"::\"}")
  public Map<String, Object> configure(@PathParam("name") String name, String json) {
    return Envelope.data(
        BrokerJson.listener(admin.listeners().configure(name, settings(RequestBody.of(json)))));
  }

  /** Settings as strings; numbers and booleans are accepted as JSON numbers and booleans. */
  static Map<String, String> settings(RequestBody body) {
    Map<String, String> settings = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> e : body.json().entrySet()) {
      JsonValue value = e.getValue();
      if (value instanceof JsonString text) {
        settings.put(e.getKey(), text.getString());
      } else if (value instanceof JsonNumber
          || value == JsonValue.TRUE
          || value == JsonValue.FALSE) {
        settings.put(e.getKey(), value.toString());
      } else {
        throw body.invalid(e.getKey(), "must be a string, number or boolean");
      }
    }
    if (settings.isEmpty()) {
      throw body.invalid("settings", "are missing: name at least one");
    }
    return settings;
  }
}
