// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api;

import io.mqttee.admin.api.json.ClientJson;
import io.mqttee.admin.api.json.Envelope;
import io.mqttee.broker.admin.BrokerAdmin;
import io.mqttee.broker.admin.NotFoundException;
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

/** Sessions, connected or not, and the messages they hold. */
@Path("sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sessions")
public class SessionResource {
  @Inject BrokerAdmin admin;

  @GET
  @Operation(summary = "Sessions, ordered by client id, paged")
  public Map<String, Object> list(@BeanParam Paging paging) {
    return Envelope.page(admin.clients().sessions(paging.request()), ClientJson::session);
  }

  @GET
  @Path("{clientid}")
  @Operation(summary = "One session")
  public Map<String, Object> get(@PathParam("clientid") String clientId) {
    return Envelope.data(
        ClientJson.session(
            admin
                .clients()
                .session(clientId)
                .orElseThrow(() -> new NotFoundException("no session " + clientId))));
  }

  @GET
  @Path("{clientid}/messages")
  @Operation(
      summary = "Messages the session holds, in flight first",
      description = "payload is the text when it is valid UTF-8 (else null); payload_base64 always")
  public Map<String, Object> messages(
      @PathParam("clientid") String clientId, @BeanParam Paging paging) {
    return Envelope.page(
        admin.clients().queuedMessages(clientId, paging.request()), ClientJson::queuedMessage);
  }
}
