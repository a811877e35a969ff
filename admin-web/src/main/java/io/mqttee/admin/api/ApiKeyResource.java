// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api;

import io.mqttee.admin.api.json.AdminJson;
import io.mqttee.admin.api.json.Envelope;
import io.mqttee.admin.api.json.RequestBody;
import io.mqttee.admin.security.ApiKeys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;

/** API keys: programs sign in with {@code api_key:api_secret} as HTTP Basic credentials. */
@Path("api_key")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
@Tag(name = "admins")
public class ApiKeyResource {
  @Inject ApiKeys keys;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "API keys, oldest first, without their secrets")
  public Map<String, Object> list() {
    return Envelope.all(keys.list(), AdminJson::apiKey);
  }

  @POST
  @Operation(
      summary = "Creates an API key (201); api_secret is shown in this answer only",
      description =
          "body: {\"name\", \"expired_at\": RFC 3339 time, epoch seconds or \"infinity\"}")
  public Response create(String json) {
    RequestBody body = RequestBody.of(json);
    String name = body.string("name");
    long expiresAt = AdminJson.expiresAt(body);
    String creator = security.getUserPrincipal().getName();
    return Response.status(Response.Status.CREATED)
        .entity(Envelope.data(AdminJson.newApiKey(keys.create(name, expiresAt, creator))))
        .build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Deletes an API key")
  public Response delete(@PathParam("id") String id) {
    keys.delete(id);
    return Response.noContent().build();
  }
}
