// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api;

import io.mqttee.broker.admin.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API's OpenAPI document, generated from these classes at build time; public, as it describes
 * the API and holds no data.
 */
@Path("{document: openapi(\\.json|\\.yaml)?}")
@ApplicationScoped
@Hidden
public class OpenApiResource {
  static final String JSON = "/io/mqttee/admin/api/openapi.json";
  static final String YAML = "/io/mqttee/admin/api/openapi.yaml";

  /** {@code openapi} and {@code openapi.json} are JSON, {@code openapi.yaml} is YAML. */
  @GET
  public Response document(@PathParam("document") String document) {
    boolean yaml = document.endsWith(".yaml");
    return Response.ok(read(yaml ? YAML : JSON))
        .type(yaml ? "application/yaml" : MediaType.APPLICATION_JSON)
        .build();
  }

  private static byte[] read(String resource) {
    try (InputStream in = OpenApiResource.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new NotFoundException("this build has no OpenAPI document");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
