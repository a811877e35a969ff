// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api;

import io.mqttee.admin.api.json.ClientJson;
import io.mqttee.admin.api.json.Envelope;
import io.mqttee.broker.admin.BrokerAdmin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Topic filters with subscribers. */
@Path("routes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "routes")
public class RouteResource {
  @Inject BrokerAdmin admin;

  @GET
  @Operation(summary = "Routes, ordered by filter, paged")
  public Map<String, Object> list(@BeanParam Paging paging) {
    return Envelope.page(admin.clients().routes(null, paging.request()), ClientJson::route);
  }

  @GET
  @Path("{topic: .+}")
  @Operation(summary = "The route of one filter ('#' as %23, '+' as %2B); empty when none")
  public Map<String, Object> ofTopic(@PathParam("topic") String topic, @BeanParam Paging paging) {
    return Envelope.page(admin.clients().routes(topic, paging.request()), ClientJson::route);
  }
}
