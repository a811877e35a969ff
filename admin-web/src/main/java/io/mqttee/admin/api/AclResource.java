// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api;

import io.mqttee.admin.api.json.AccessJson;
import io.mqttee.admin.api.json.Envelope;
import io.mqttee.admin.api.json.RequestBody;
import io.mqttee.broker.admin.AclRuleDraft;
import io.mqttee.broker.admin.BrokerAdmin;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Topic ACL rules, in the order they are evaluated, and what applies when none does. */
@Path("acl")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
@Tag(name = "acl")
public class AclResource {
  private static final String RULE =
      "body: {\"permission\": \"allow\"|\"deny\", \"action\": \"publish\"|\"subscribe\"|\"all\","
          + " \"topic\", \"who\": \"all\"|\"username\"|\"clientid\"|\"ipaddress\", \"value\"";

  @Inject BrokerAdmin admin;

  @GET
  @Operation(summary = "The rules, in evaluation order")
  public Map<String, Object> list() {
    return Envelope.all(admin.access().aclRules(), AccessJson::aclRule);
  }

  @POST
  @Operation(
      summary = "Adds a rule (201), last or at position (1 = first)",
      description = RULE + ", \"position\"?}")
  public Response add(String json) {
    RequestBody body = RequestBody.of(json);
    AclRuleDraft rule = AccessJson.aclRuleDraft(body);
    Integer position =
        body.has("position") ? (int) body.integer("position", 1, Integer.MAX_VALUE, 1) : null;
    return Response.status(Response.Status.CREATED)
        .entity(Envelope.data(AccessJson.aclRule(admin.access().addAclRule(rule, position))))
        .build();
  }

  @GET
  @Path("settings")
  @Operation(summary = "What applies when no rule does: {\"default\": \"allow\"|\"deny\"}")
  public Map<String, Object> settings() {
    return Envelope.data(Map.of("default", admin.access().aclAllowsByDefault() ? "allow" : "deny"));
  }

  @PUT
  @Path("settings")
  @Operation(summary = "Sets what applies when no rule does", description = "body: {\"default\"}")
  public Map<String, Object> changeSettings(String json) {
    RequestBody body = RequestBody.of(json);
    admin
        .access()
        .setAclAllowsByDefault(body.choice("default", null, "allow", "deny").equals("allow"));
    return settings();
  }

  @POST
  @Path("import")
  @Consumes({MediaType.TEXT_PLAIN, MediaType.WILDCARD})
  @Operation(
      summary = "Imports rules in the ACL file format, after the others or instead (replace)",
      description = "one rule a line: allow|deny publish|subscribe|all filter [user name]")
  public Map<String, Object> importRules(String text, @QueryParam("replace") String replace) {
    boolean instead = replace != null && (replace.isEmpty() || Boolean.parseBoolean(replace));
    return Envelope.data(
        Map.of("imported", admin.access().importAclRules(text == null ? "" : text, instead)));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One rule")
  public Map<String, Object> get(@PathParam("id") String id) {
    return Envelope.data(AccessJson.aclRule(admin.access().aclRule(id(id))));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Replaces a rule, keeping its position", description = RULE + "}")
  public Map<String, Object> update(@PathParam("id") String id, String json) {
    AclRuleDraft rule = AccessJson.aclRuleDraft(RequestBody.of(json));
    return Envelope.data(AccessJson.aclRule(admin.access().updateAclRule(id(id), rule)));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Deletes a rule")
  public Response delete(@PathParam("id") String id) {
    admin.access().deleteAclRule(id(id));
    return Response.noContent().build();
  }

  static long id(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFoundException("no ACL rule " + id);
    }
  }
}
