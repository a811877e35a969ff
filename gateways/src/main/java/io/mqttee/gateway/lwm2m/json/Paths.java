// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import java.util.regex.Pattern;
import org.eclipse.leshan.core.node.LwM2mNodeException;
import org.eclipse.leshan.core.node.LwM2mPath;

/**
 * LWM2M paths in commands: {@code "/3/0/14"} or {@code "3/0/14"}; relative {@code "/14"}, {@code
 * "14"}.
 */
final class Paths {

  // At most five digits per id: Leshan checks the ranges, the pattern keeps ints from overflowing.
  private static final Pattern ABSOLUTE = Pattern.compile("/?\\d{1,5}(/\\d{1,5}){0,3}");
  private static final Pattern RELATIVE = Pattern.compile("/?\\d{1,5}(/\\d{1,5}){0,2}");

  private Paths() {}

  /** An object, instance, resource or resource instance path (never the root). */
  static LwM2mPath absolute(String path, String label) {
    if (!ABSOLUTE.matcher(path).matches()) {
      throw new InvalidField(label + " \"" + path + "\" is not an LWM2M path like /3/0/14");
    }
    return parse(path, label);
  }

  /** {@code relative} under {@code base}: {@code /3/0} and {@code "/14"} give {@code /3/0/14}. */
  static LwM2mPath child(LwM2mPath base, String relative, String label) {
    if (!RELATIVE.matcher(relative).matches()) {
      throw new InvalidField(label + " \"" + relative + "\" is not a relative path like /14");
    }
    String full = base + "/" + (relative.startsWith("/") ? relative.substring(1) : relative);
    if (full.chars().filter(c -> c == '/').count() > LwM2mPath.RESOURCE_INSTANCE_DEPTH - 1) {
      throw new InvalidField(label + " \"" + relative + "\" goes deeper than a resource instance");
    }
    return parse(full, label);
  }

  /** The path as answers show it, {@code "/3/0/14"}; {@code path} as sent when it is none. */
  static String display(String path) {
    LwM2mPath parsed = parseOrNull(path);
    return parsed == null ? path : parsed.toString();
  }

  /** The path, or null when {@code path} is null or no valid path. */
  static LwM2mPath parseOrNull(String path) {
    if (path == null || !ABSOLUTE.matcher(path).matches()) {
      return null;
    }
    try {
      return new LwM2mPath(path);
    } catch (IllegalArgumentException | LwM2mNodeException e) {
      return null;
    }
  }

  private static LwM2mPath parse(String path, String label) {
    try {
      return new LwM2mPath(path);
    } catch (IllegalArgumentException | LwM2mNodeException e) {
      throw new InvalidField(label + " \"" + path + "\": " + e.getMessage());
    }
  }
}
