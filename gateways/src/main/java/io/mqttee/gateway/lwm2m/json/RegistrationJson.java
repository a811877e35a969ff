// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import io.mqttee.connector.api.Lwm2mRegistration;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.TreeMap;

/**
 * The registration events published on {@code up/resp}: {@code {"msgType": "register", "data":
 * {"ep": "dev1", "lt": 300, "lwm2m": "1.1", "b": "U", "alternatePath": "/", "objectList": ["/1/0",
 * "/3/0"]}}}, the same for {@code update}, and {@code deregister}.
 */
public final class RegistrationJson {

  private RegistrationJson() {}

  /** A device registered. */
  public static JsonObject registered(Lwm2mRegistration registration) {
    return event("register", registration);
  }

  /** A device updated its registration: the merged registration, as for a register. */
  public static JsonObject updated(Lwm2mRegistration registration) {
    return event("update", registration);
  }

  /**
   * A registration ended: {@code {"ep": "dev1", "reason": "deregistered"}}, or {@code "expired"}
   * when its lifetime ran out.
   */
  public static JsonObject deregistered(Lwm2mRegistration registration, boolean expired) {
    JsonObjectBuilder data =
        JsonPayloads.BUILDERS
            .createObjectBuilder()
            .add("ep", registration.endpoint())
            .add("reason", expired ? "expired" : "deregistered");
    return message("deregister", data);
  }

  private static JsonObject event(String msgType, Lwm2mRegistration registration) {
    JsonObjectBuilder data =
        JsonPayloads.BUILDERS
            .createObjectBuilder()
            .add("ep", registration.endpoint())
            .add("lt", registration.lifetime());
    addIfPresent(data, "lwm2m", registration.lwm2mVersion());
    addIfPresent(data, "b", registration.binding());
    addIfPresent(data, "sms", registration.smsNumber());
    // Sorted for a stable payload; the fields above win over a query parameter of the same name.
    for (Map.Entry<String, String> attribute :
        new TreeMap<>(registration.attributes()).entrySet()) {
      if (!isNamed(attribute.getKey())) {
        data.add(attribute.getKey(), attribute.getValue());
      }
    }
    addIfPresent(data, "alternatePath", registration.alternatePath());
    JsonArrayBuilder objects = JsonPayloads.BUILDERS.createArrayBuilder();
    registration.objectLinks().forEach(objects::add);
    return message(msgType, data.add("objectList", objects));
  }

  private static boolean isNamed(String key) {
    return switch (key) {
      case "ep", "lt", "lwm2m", "b", "sms", "alternatePath", "objectList" -> true;
      default -> false;
    };
  }

  private static void addIfPresent(JsonObjectBuilder data, String name, String value) {
    if (value != null) {
      data.add(name, value);
    }
  }

  private static JsonObject message(String msgType, JsonObjectBuilder data) {
    return JsonPayloads.BUILDERS
        .createObjectBuilder()
        .add(JsonKeys.MSG_TYPE, msgType)
        .add(JsonKeys.DATA, data)
        .build();
  }
}
