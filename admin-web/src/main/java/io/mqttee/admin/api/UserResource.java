// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api;

import io.mqttee.admin.api.json.AccessJson;
import io.mqttee.admin.api.json.Envelope;
import io.mqttee.admin.api.json.RequestBody;
import io.mqttee.broker.admin.BrokerAdmin;
import io.mqttee.broker.admin.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** MQTT users: the names and passwords clients connect with. Passwords are never shown. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
@Tag(name = "users")
public class UserResource {
  @Inject BrokerAdmin admin;

  @GET
  @Operation(summary = "MQTT users, by name, paged")
  public Map<String, Object> list(@BeanParam Paging paging) {
    return Envelope.page(admin.access().users(paging.request()), AccessJson::user);
  }

  @POST
  @Operation(
      summary = "Creates an MQTT user (201)",
      description = "body: {\"username\", \"password\", \"superuser\": false}")
  public Response create(String json) {
    RequestBody body = RequestBody.of(json);
    String username = body.string("username");
    char[] password = body.string("password").toCharArray();
    boolean superuser = body.bool("superuser", false);
    return Response.status(Response.Status.CREATED)
        .entity(
            Envelope.data(
                AccessJson.user(admin.access().createUser(username, password, superuser))))
        .build();
  }

  @GET
  @Path("{username}")
  @Operation(summary = "One MQTT user")
  public Map<String, Object> get(@PathParam("username") String username) {
    return Envelope.data(
        AccessJson.user(
            admin
                .access()
                .user(username)
                .orElseThrow(() -> new NotFoundException("no user " + username))));
  }

  @PUT
  @Path("{username}")
  @Operation(
      summary = "Changes an MQTT user's password or superuser flag",
      description = "body: {\"password\"?, \"superuser\"?}")
  public Map<String, Object> update(@PathParam("username") String username, String json) {
    RequestBody body = RequestBody.of(json);
    char[] password = body.optionalString("password").map(String::toCharArray).orElse(null);
    Boolean superuser = body.optionalBoolean("superuser").orElse(null);
    return Envelope.data(AccessJson.user(admin.access().updateUser(username, password, superuser)));
  }

  @DELETE
  @Path("{username}")
  @Operation(summary = "Deletes an MQTT user")
  public Response delete(@PathParam("username") String username) {
    admin.access().deleteUser(username);
    return Response.noContent().build();
  }
}
