// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api;

import io.mqttee.broker.admin.ConflictException;
import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.broker.admin.NotFoundException;
import jakarta.json.JsonException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;

/**
 * What a failure means to an API client: the HTTP status and the error code of the body.
 *
 * @param message null for an internal error, whose details stay in the log
 */
public record ApiError(int status, String code, String message) {

  public boolean internal() {
    return status >= 500;
  }

  public static ApiError of(Throwable failure) {
    if (failure instanceof InvalidInputException || failure instanceof JsonException) {
      return new ApiError(400, "BAD_REQUEST", failure.getMessage());
    }
    if (failure instanceof NotFoundException) {
      return new ApiError(404, "NOT_FOUND", failure.getMessage());
    }
    if (failure instanceof ConflictException) {
      return new ApiError(409, "ALREADY_EXISTS", failure.getMessage());
    }
    if (failure instanceof jakarta.ws.rs.NotFoundException) {
      return new ApiError(404, "NOT_FOUND", "no such resource");
    }
    if (failure instanceof NotAllowedException) {
      return new ApiError(405, "METHOD_NOT_ALLOWED", "method not allowed on this resource");
    }
    if (failure instanceof NotSupportedException) {
      return new ApiError(415, "UNSUPPORTED_MEDIA_TYPE", "unsupported content type");
    }
    if (failure instanceof NotAcceptableException) {
      return new ApiError(406, "NOT_ACCEPTABLE", "cannot produce an accepted content type");
    }
    if (failure instanceof WebApplicationException web && web.getResponse() != null) {
      int status = web.getResponse().getStatus();
      if (status >= 400 && status < 500) {
        return new ApiError(status, codeOf(status), "request refused (HTTP " + status + ")");
      }
    }
    return new ApiError(500, "INTERNAL_ERROR", "internal error; the server log has the details");
  }

  private static String codeOf(int status) {
    return switch (status) {
      case 400 -> "BAD_REQUEST";
      case 401 -> "UNAUTHORIZED";
      case 403 -> "FORBIDDEN";
      case 404 -> "NOT_FOUND";
      case 409 -> "ALREADY_EXISTS";
      default -> "HTTP_" + status;
    };
  }
}
