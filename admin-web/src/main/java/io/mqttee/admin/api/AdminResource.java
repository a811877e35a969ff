// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api;

import io.mqttee.admin.api.json.AdminJson;
import io.mqttee.admin.api.json.Envelope;
import io.mqttee.admin.api.json.RequestBody;
import io.mqttee.admin.security.AdminAccounts;
import io.mqttee.broker.admin.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;

/** The administrators of the console and this API. */
@Path("admins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
@Tag(name = "admins")
public class AdminResource {
  @Inject AdminAccounts accounts;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "Administrators, by name")
  public Map<String, Object> list() {
    return Envelope.all(accounts.list(), AdminJson::admin);
  }

  @POST
  @Operation(
      summary = "Creates an administrator (201), who must change the password at the first login",
      description = "body: {\"username\", \"password\"} (8 characters at least)")
  public Response create(String json) {
    RequestBody body = RequestBody.of(json);
    String username = body.string("username");
    char[] password = body.string("password").toCharArray();
    return Response.status(Response.Status.CREATED)
        .entity(Envelope.data(AdminJson.admin(accounts.create(username, password))))
        .build();
  }

  @DELETE
  @Path("{username}")
  @Operation(summary = "Deletes an administrator; never the last one")
  public Response delete(@PathParam("username") String username) {
    accounts.delete(username);
    return Response.noContent().build();
  }

  @PUT
  @Path("{username}/password")
  @Operation(
      summary = "Changes a password",
      description =
          "Your own: {\"old_password\", \"new_password\"}. Another administrator's:"
              + " {\"new_password\"}, which that administrator must change at the next login.")
  public Map<String, Object> changePassword(@PathParam("username") String username, String json) {
    RequestBody body = RequestBody.of(json);
    char[] newPassword = body.string("new_password").toCharArray();
    if (username.equals(caller())) {
      accounts.changePassword(username, body.string("old_password").toCharArray(), newPassword);
    } else {
      accounts.resetPassword(username, newPassword);
    }
    return Envelope.data(
        AdminJson.admin(
            accounts
                .find(username)
                .orElseThrow(() -> new NotFoundException("no administrator " + username))));
  }

  private String caller() {
    return security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
  }
}
