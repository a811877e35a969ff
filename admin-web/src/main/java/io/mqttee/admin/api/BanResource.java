// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api;

import io.mqttee.admin.api.json.AccessJson;
import io.mqttee.admin.api.json.Envelope;
import io.mqttee.admin.api.json.RequestBody;
import io.mqttee.broker.admin.BrokerAdmin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Banned client ids, user names and IP addresses. */
@Path("banned")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
@Tag(name = "banned")
public class BanResource {
  @Inject BrokerAdmin admin;

  @GET
  @Operation(summary = "Bans in force, newest first, paged")
  public Map<String, Object> list(@BeanParam Paging paging) {
    return Envelope.page(admin.access().bans(paging.request()), AccessJson::ban);
  }

  @POST
  @Operation(
      summary = "Bans a client (201); connected clients it covers are disconnected",
      description =
          "body: {\"as\": \"clientid\"|\"username\"|\"peerhost\", \"who\", \"reason\","
              + " \"until\": epoch seconds, 0 or missing for never}")
  public Response ban(String json) {
    return Response.status(Response.Status.CREATED)
        .entity(
            Envelope.data(
                AccessJson.ban(
                    admin
                        .access()
                        .ban(
                            AccessJson.banDraft(
                                RequestBody.of(json), System.currentTimeMillis())))))
        .build();
  }

  @DELETE
  @Path("{as}/{who}")
  @Operation(summary = "Lifts a ban")
  public Response unban(@PathParam("as") String as, @PathParam("who") String who) {
    admin.access().unban(AccessJson.banKind(as), who);
    return Response.noContent().build();
  }
}
