// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import io.mqttee.connector.api.Lwm2mFailure;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Map;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.response.DiscoverResponse;
import org.eclipse.leshan.core.response.LwM2mResponse;
import org.eclipse.leshan.core.response.ObserveResponse;
import org.eclipse.leshan.core.response.ReadResponse;

/**
 * The answers published on {@code up/resp} and the notifications on {@code up/notify}: {@code
 * {"reqID", "msgType", <the command's other fields>, "data": {"code": "2.05", "codeMsg": "content",
 * "reqPath": "/3/0/0", "content": [...]}}}.
 */
public final class ResponseJson {

  /** EMQX 5's {@code msgType} for a device that did not answer. */
  static final String COAP_TIMEOUT = "coap_timeout";

  private ResponseJson() {}

  /**
   * The device's answer to {@code command}. {@code content} comes with a successful read, observe
   * and cancel-observe (values) and discover (links); an error code comes with Leshan's error
   * message, if it has one, as {@code error}.
   */
  public static JsonObject response(Command command, LwM2mResponse response) {
    String reqPath = Paths.display(command.reqPath());
    JsonObjectBuilder data = data(response.getCode().getCode(), reqPath);
    if (response.isSuccess()) {
      content(data, reqPath, response);
    } else if (response.getErrorMessage() != null && !response.getErrorMessage().isBlank()) {
      data.add("error", response.getErrorMessage());
    }
    return envelope(command.echo(), command.msgType(), data);
  }

  /**
   * A request that got no answer: {@code NOT_REGISTERED} and {@code NOT_OBSERVED} are 4.04, {@code
   * SEND_FAILED} 5.00, and {@code TIMEOUT} 5.04 with {@code msgType} {@code coap_timeout}.
   *
   * @param message the server's explanation; null for a default one
   */
  public static JsonObject failure(
      Command command, String endpoint, Lwm2mFailure failure, String message) {
    String reqPath = Paths.display(command.reqPath());
    // NOT_REGISTERED and TIMEOUT keep a fixed text that applications can match, whatever the
    // server said (Leshan's timeout text names the device's address and varies with the timeout).
    String error =
        failure == Lwm2mFailure.NOT_REGISTERED
                || failure == Lwm2mFailure.TIMEOUT
                || message == null
                || message.isBlank()
            ? defaultMessage(endpoint, failure, reqPath)
            : message;
    int code =
        switch (failure) {
          case NOT_REGISTERED, NOT_OBSERVED -> CoapCodes.NOT_FOUND;
          case TIMEOUT -> CoapCodes.GATEWAY_TIMEOUT;
          case SEND_FAILED -> CoapCodes.INTERNAL_SERVER_ERROR;
        };
    String msgType = failure == Lwm2mFailure.TIMEOUT ? COAP_TIMEOUT : command.msgType();
    return envelope(command.echo(), msgType, data(code, reqPath).add("error", error));
  }

  /** A command that was not sent: 4.00 {@code bad_request}, {@code msgType} "error" if unknown. */
  public static JsonObject error(CommandError error) {
    String msgType = error.msgType() == null ? "error" : error.msgType();
    JsonObjectBuilder data =
        data(CoapCodes.BAD_REQUEST, Paths.display(error.reqPath())).add("error", error.reason());
    return envelope(error.echo(), msgType, data);
  }

  /**
   * A notification of an observed path.
   *
   * @param reqId the {@code reqID} of the observe command, any JSON type; null for none
   * @param sequence the CoAP Observe option, as {@code seqNum}; left out when negative
   */
  public static JsonObject notification(
      JsonValue reqId, LwM2mPath path, ObserveResponse response, long sequence) {
    JsonObjectBuilder json = JsonPayloads.BUILDERS.createObjectBuilder();
    if (reqId != null) {
      json.add(JsonKeys.REQ_ID, reqId);
    }
    json.add(JsonKeys.MSG_TYPE, "notify");
    if (sequence >= 0) {
      json.add("seqNum", sequence);
    }
    JsonObjectBuilder data = data(response.getCode().getCode(), path.toString());
    if (response.isSuccess() && response.getContent() != null) {
      data.add("content", ContentJson.values(path, response.getContent()));
    }
    return json.add(JsonKeys.DATA, data).build();
  }

  private static JsonObjectBuilder data(int code, String reqPath) {
    JsonObjectBuilder data =
        JsonPayloads.BUILDERS
            .createObjectBuilder()
            .add("code", CoapCodes.code(code))
            .add("codeMsg", CoapCodes.name(code));
    return reqPath == null ? data : data.add("reqPath", reqPath);
  }

  private static void content(JsonObjectBuilder data, String reqPath, LwM2mResponse response) {
    if (response instanceof DiscoverResponse discover && discover.getObjectLinks() != null) {
      data.add("content", ContentJson.links(discover.getObjectLinks()));
    } else if (response instanceof ReadResponse read && read.getContent() != null) {
      // A command DownlinkRequests accepted has a valid path; no path, no full paths to show.
      LwM2mPath path = Paths.parseOrNull(reqPath);
      if (path != null) {
        data.add("content", ContentJson.values(path, read.getContent()));
      }
    }
  }

  /** reqID first, then msgType, then the command's other fields, then data. */
  private static JsonObject envelope(JsonObject echo, String msgType, JsonObjectBuilder data) {
    JsonObjectBuilder json = JsonPayloads.BUILDERS.createObjectBuilder();
    JsonValue reqId = echo.get(JsonKeys.REQ_ID);
    if (reqId != null) {
      json.add(JsonKeys.REQ_ID, reqId);
    }
    json.add(JsonKeys.MSG_TYPE, msgType);
    for (Map.Entry<String, JsonValue> field : echo.entrySet()) {
      if (!field.getKey().equals(JsonKeys.REQ_ID) && !field.getKey().equals(JsonKeys.MSG_TYPE)) {
        json.add(field.getKey(), field.getValue());
      }
    }
    return json.add(JsonKeys.DATA, data).build();
  }

  private static String defaultMessage(String endpoint, Lwm2mFailure failure, String reqPath) {
    return switch (failure) {
      case NOT_REGISTERED -> "endpoint " + endpoint + " is not registered";
      case TIMEOUT -> "endpoint " + endpoint + " did not answer in time";
      case SEND_FAILED -> "the request could not be sent to endpoint " + endpoint;
      case NOT_OBSERVED -> reqPath + " is not observed on endpoint " + endpoint;
    };
  }
}
