// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api;

import io.mqttee.admin.api.json.ClientJson;
import io.mqttee.admin.api.json.Envelope;
import io.mqttee.broker.admin.BrokerAdmin;
import io.mqttee.broker.admin.ClientQuery;
import io.mqttee.broker.admin.ClientView;
import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.broker.admin.NotFoundException;
import io.mqttee.broker.admin.Page;
import io.mqttee.broker.admin.PageRequest;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Connected clients and offline persistent sessions. */
@Path("clients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "clients")
public class ClientResource {
  @Inject BrokerAdmin admin;

  @GET
  @Operation(summary = "Clients, ordered by client id, filtered and paged")
  public Map<String, Object> list(
      @Parameter(description = "exact client id") @QueryParam("clientid") String clientId,
      @Parameter(description = "part of the client id") @QueryParam("_like_clientid")
          String likeClientId,
      @QueryParam("username") String username,
      @QueryParam("ip_address") String ipAddress,
      @Parameter(description = "MQTT, MQTT-SN or LwM2M") @QueryParam("proto_name") String protoName,
      @Parameter(description = "connected or disconnected") @QueryParam("conn_state")
          String connState,
      @BeanParam Paging paging) {
    PageRequest page = paging.request();
    ClientQuery query =
        new ClientQuery(
            likeClientId,
            username,
            ipAddress,
            protoName == null ? null : protoName.toLowerCase(Locale.ROOT),
            connected(connState));
    if (clientId == null) {
      return Envelope.page(admin.clients().clients(query, page), ClientJson::client);
    }
    List<ClientView> exact =
        admin.clients().client(clientId).filter(query::matches).stream().toList();
    return Envelope.page(Page.of(exact, page), ClientJson::client);
  }

  static Boolean connected(String connState) {
    if (connState == null || connState.isEmpty()) {
      return null;
    }
    return switch (connState.toLowerCase(Locale.ROOT)) {
      case "connected" -> Boolean.TRUE;
      case "disconnected" -> Boolean.FALSE;
      default -> throw new InvalidInputException("conn_state must be connected or disconnected");
    };
  }

  @GET
  @Path("{clientid}")
  @Operation(summary = "One client")
  public Map<String, Object> get(@PathParam("clientid") String clientId) {
    return Envelope.data(
        ClientJson.client(
            admin
                .clients()
                .client(clientId)
                .orElseThrow(() -> new NotFoundException("no client " + clientId))));
  }

  @DELETE
  @Path("{clientid}")
  @Operation(summary = "Disconnects a client (kick); MQTT 5 clients get DISCONNECT 0x98")
  public Response kick(@PathParam("clientid") String clientId) {
    admin.clients().kick(clientId);
    return Response.noContent().build();
  }
}
