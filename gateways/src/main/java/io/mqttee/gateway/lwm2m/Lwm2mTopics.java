// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m;

import io.mqttee.protocol.topic.TopicFilters;
import io.mqttee.protocol.topic.TopicNames;
import java.util.Arrays;

/**
 * The gateway's topics: a mountpoint with the endpoint placeholder ({@code {ep}}, EMQX 4's {@code
 * %e} or EMQX 5's {@code ${endpoint_name}}) as one whole topic level, then a suffix per direction.
 *
 * @param mountpoint e.g. {@code lwm2m/{ep}/}
 * @param command the suffix of the commands' filter, e.g. {@code dn/#}
 * @param response the suffix of answers and registration events, e.g. {@code up/resp}
 * @param notification the suffix of notifications, e.g. {@code up/notify}
 */
public record Lwm2mTopics(String mountpoint, String command, String response, String notification) {

  public static final String DEFAULT_MOUNTPOINT = "lwm2m/{ep}/";
  private static final String PLACEHOLDER = "{ep}";

  public Lwm2mTopics {
    mountpoint = mountpoint.replace("%e", PLACEHOLDER).replace("${endpoint_name}", PLACEHOLDER);
    if (!mountpoint.endsWith("/")) {
      mountpoint = mountpoint + "/";
    }
    String[] levels = mountpoint.split("/", -1);
    long placeholders = Arrays.stream(levels).filter(PLACEHOLDER::equals).count();
    if (placeholders != 1
        || mountpoint.indexOf(PLACEHOLDER) != mountpoint.lastIndexOf(PLACEHOLDER)) {
      throw new IllegalArgumentException(
          "mqttee.lwm2m.mountpoint must hold {ep} (or %e, ${endpoint_name}) once, as a whole"
              + " topic level: "
              + mountpoint);
    }
    if (!TopicFilters.isValid(mountpoint.replace(PLACEHOLDER, "+") + command)) {
      throw new IllegalArgumentException("mqttee.lwm2m.topic.command is not a topic filter");
    }
    String example = mountpoint.replace(PLACEHOLDER, "ep");
    if (!TopicNames.isValid(example + response)) {
      throw new IllegalArgumentException(
          "mqttee.lwm2m.topic.response is not a topic name (no wildcards): " + response);
    }
    if (!TopicNames.isValid(example + notification)) {
      throw new IllegalArgumentException(
          "mqttee.lwm2m.topic.notify is not a topic name (no wildcards): " + notification);
    }
  }

  /** The filter a device's connection subscribes to. */
  public String commands(String endpoint) {
    return of(endpoint) + command;
  }

  /** The filter that takes the commands of every endpoint, registered or not. */
  public String allCommands() {
    return mountpoint.replace(PLACEHOLDER, "+") + command;
  }

  public String responses(String endpoint) {
    return of(endpoint) + response;
  }

  public String notifications(String endpoint) {
    return of(endpoint) + notification;
  }

  /** The endpoint name in a command topic, or null when the topic is not one. */
  public String endpointOf(String topic) {
    String[] pattern = mountpoint.split("/", -1);
    String[] levels = topic.split("/", -1);
    if (levels.length < pattern.length) {
      return null;
    }
    String endpoint = null;
    for (int i = 0; i < pattern.length - 1; i++) {
      if (pattern[i].equals(PLACEHOLDER)) {
        endpoint = levels[i];
      } else if (!pattern[i].equals(levels[i])) {
        return null;
      }
    }
    return endpoint == null || endpoint.isEmpty() ? null : endpoint;
  }

  /** Whether an endpoint name can stand as one topic level: no '/', no wildcard, not empty. */
  public static boolean isTopicLevel(String endpoint) {
    return !endpoint.isEmpty()
        && endpoint.chars().noneMatch(c -> c == '/' || c == '+' || c == '#' || c < 0x20);
  }

  private String of(String endpoint) {
    return mountpoint.replace(PLACEHOLDER, endpoint);
  }
}
