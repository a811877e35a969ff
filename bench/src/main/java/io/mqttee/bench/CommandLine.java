// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A command line of {@code --name value} or {@code --name=value} pairs and {@code --flag}s without
 * a value, read with checked, bounded getters: the load generators' shared parsing.
 */
public final class CommandLine {

  private final Map<String, String> values;

  private CommandLine(Map<String, String> values) {
    this.values = values;
  }

  /**
   * Parses {@code args}.
   *
   * @param names the options that take a value
   * @param flags the options without a value
   * @throws IllegalArgumentException for an unknown option, or a value missing or misplaced
   */
  public static CommandLine parse(Set<String> names, Set<String> flags, String... args) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("expected --name, got " + arg);
      }
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
      if (flags.contains(name)) {
        if (eq >= 0) {
          throw new IllegalArgumentException("--" + name + " takes no value");
        }
        values.put(name, "true");
        continue;
      }
      if (!names.contains(name)) {
        throw new IllegalArgumentException("unknown option --" + name);
      }
      if (eq >= 0) {
        values.put(name, arg.substring(eq + 1));
      } else if (i + 1 < args.length) {
        values.put(name, args[++i]);
      } else {
        throw new IllegalArgumentException("--" + name + " needs a value");
      }
    }
    return new CommandLine(values);
  }

  /** Whether the option or flag was given. */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** The option's value as given, or {@code fallback}. */
  public String text(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  /** {@code --host}: only loopback, so a generator cannot be aimed at someone else's server. */
  public InetAddress loopbackHost() {
    String host = values.getOrDefault("host", "127.0.0.1");
    try {
      InetAddress address = InetAddress.getByName(host);
      if (!address.isLoopbackAddress()) {
        throw new IllegalArgumentException("--host must be a loopback address, not " + host);
      }
      return address;
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown host " + host, e);
    }
  }

  /** Seconds, fractions allowed, from 0 to {@code max}. */
  public double seconds(String name, double fallback, double max) {
    String v = values.get(name);
    double s = v == null ? fallback : Double.parseDouble(v);
    if (s < 0 || s > max) {
      throw new IllegalArgumentException("--" + name + " must be 0 to " + (long) max + " seconds");
    }
    return s;
  }

  public int integer(String name, int fallback, int min, int max) {
    String v = values.get(name);
    int n = v == null ? fallback : Integer.parseInt(v);
    if (n < min || n > max) {
      throw new IllegalArgumentException("--" + name + " must be " + min + " to " + max);
    }
    return n;
  }

  /** A number that must not be negative. */
  public long longValue(String name, long fallback) {
    String v = values.get(name);
    long n = v == null ? fallback : Long.parseLong(v);
    if (n < 0) {
      throw new IllegalArgumentException("--" + name + " must not be negative");
    }
    return n;
  }
}
