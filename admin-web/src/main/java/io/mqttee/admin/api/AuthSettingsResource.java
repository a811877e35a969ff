// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api;

import io.mqttee.admin.api.json.Envelope;
import io.mqttee.admin.api.json.RequestBody;
import io.mqttee.broker.admin.BrokerAdmin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Whether clients without a user name may connect. */
@Path("auth/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
@Tag(name = "acl")
public class AuthSettingsResource {
  @Inject BrokerAdmin admin;

  @GET
  @Operation(summary = "{\"allow_anonymous\": true|false}")
  public Map<String, Object> get() {
    return Envelope.data(Map.of("allow_anonymous", admin.access().allowAnonymous()));
  }

  @PUT
  @Operation(summary = "Allows or refuses clients without a user name from their next CONNECT")
  public Map<String, Object> put(String json) {
    RequestBody body = RequestBody.of(json);
    admin
        .access()
        .setAllowAnonymous(
            body.optionalBoolean("allow_anonymous")
                .orElseThrow(() -> body.invalid("allow_anonymous", "is required")));
    return get();
  }
}
