// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api;

import io.mqttee.admin.api.json.Envelope;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Every failure of the API as {@code {"code":...,"message":...}}: never a server error page or a
 * stack trace. An internal error is logged once, with its stack trace, and shown without details.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = System.getLogger(ApiExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable failure) {
    ApiError error = ApiError.of(failure);
    if (error.internal()) {
      LOG.log(Level.ERROR, "REST API request failed: " + failure, failure);
    }
    return Response.status(error.status())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Envelope.error(error.code(), error.message()))
        .build();
  }
}
