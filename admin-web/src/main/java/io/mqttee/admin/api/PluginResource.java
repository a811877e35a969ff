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
import java.util.Map;

/** The listeners in the shape of EMQX plugins, for tools that expect those. */
@Path("plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "listeners")
public class PluginResource {
  @Inject BrokerAdmin admin;

  @GET
  @Operation(summary = "Listeners as plugins: name, description, active")
  public Map<String, Object> list() {
    return Envelope.all(admin.listeners().listeners(), BrokerJson::plugin);
  }
}
