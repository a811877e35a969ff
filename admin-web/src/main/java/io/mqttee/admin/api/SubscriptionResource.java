// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api;

import io.mqttee.admin.api.json.ClientJson;
import io.mqttee.admin.api.json.Envelope;
import io.mqttee.broker.admin.BrokerAdmin;
import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.broker.admin.SubscriptionQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Subscriptions of all sessions. */
@Path("subscriptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "subscriptions")
public class SubscriptionResource {
  @Inject BrokerAdmin admin;

  @GET
  @Operation(summary = "Subscriptions, ordered by client id and filter, filtered and paged")
  public Map<String, Object> list(
      @QueryParam("clientid") String clientId,
      @QueryParam("topic") String topic,
      @QueryParam("qos") String qos,
      @BeanParam Paging paging) {
    SubscriptionQuery query = new SubscriptionQuery(clientId, topic, qos(qos));
    return Envelope.page(
        admin.clients().subscriptions(query, paging.request()), ClientJson::subscription);
  }

  static Integer qos(String qos) {
    if (qos == null || qos.isEmpty()) {
      return null;
    }
    return switch (qos.strip()) {
      case "0" -> 0;
      case "1" -> 1;
      case "2" -> 2;
      default -> throw new InvalidInputException("qos must be 0, 1 or 2");
    };
  }

  @GET
  @Path("{clientid}")
  @Operation(summary = "One session's subscriptions")
  public Map<String, Object> ofClient(@PathParam("clientid") String clientId) {
    return Envelope.all(admin.clients().subscriptions(clientId), ClientJson::subscription);
  }
}
