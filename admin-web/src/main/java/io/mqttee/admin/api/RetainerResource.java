// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api;

import io.mqttee.admin.api.json.Envelope;
import io.mqttee.admin.api.json.MessageJson;
import io.mqttee.broker.admin.BrokerAdmin;
import io.mqttee.broker.admin.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Retained messages. */
@Path("mqtt/retainer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "retainer")
public class RetainerResource {
  @Inject BrokerAdmin admin;

  @GET
  @Path("messages")
  @Operation(summary = "Retained messages, ordered by topic, paged")
  public Map<String, Object> list(
      @Parameter(description = "a topic filter the topics must match") @QueryParam("topic")
          String topic,
      @BeanParam Paging paging) {
    return Envelope.page(
        admin.retained().messages(emptyAsNull(topic), paging.request()), MessageJson::retained);
  }

  @GET
  @Path("message/{topic: .+}")
  @Operation(summary = "The retained message of a topic")
  public Map<String, Object> get(@PathParam("topic") String topic) {
    return Envelope.data(
        MessageJson.retained(
            admin
                .retained()
                .message(topic)
                .orElseThrow(() -> new NotFoundException("no retained message on " + topic))));
  }

  @DELETE
  @Path("message/{topic: .+}")
  @Operation(summary = "Deletes the retained message of a topic")
  public Response delete(@PathParam("topic") String topic) {
    if (!admin.retained().delete(topic)) {
      throw new NotFoundException("no retained message on " + topic);
    }
    return Response.noContent().build();
  }

  @DELETE
  @Path("messages")
  @Operation(summary = "Deletes every retained message")
  public Map<String, Object> deleteAll() {
    return Envelope.data(Map.of("deleted", admin.retained().deleteAll()));
  }

  private static String emptyAsNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}
