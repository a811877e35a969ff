// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.config;

import io.mqttee.connector.api.TransportLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Broker settings. Each is a JVM system property (set them on the server, for example with {@code
 * asadmin create-system-properties}) with the default shown; read once at start-up.
 */
public class BrokerConfig {
  /**
   * The Topic Alias Maximum the broker announces to MQTT 5 clients; the resource adapter's decoder
   * reads the same property to accept that many inbound aliases.
   */
  private final double keepAliveFactor = dbl("mqttee.keepalive.factor", 1.5);

  private final int maxQueuedMessages = integer("mqttee.session.max-queued-messages", 1000);
  private final int maxInflightMessages = integer("mqttee.session.max-inflight-messages", 128);
  private final long retainedExpirySeconds = lng("mqttee.retained.expiry-seconds", 0);
  private final int sysIntervalSeconds = integer("mqttee.sys.interval-seconds", 10);
  private final boolean allowAnonymous = bool("mqttee.auth.allow-anonymous", true);
  private final boolean certificateAuth = bool("mqttee.auth.client-certificate", false);
  private final String aclFile = System.getProperty("mqttee.acl.file", "").strip();
  private final String aclDefault = System.getProperty("mqttee.acl.default", "allow");
  private final int storeMaxPendingEntries = integer("mqttee.store.max-pending", 100_000);
  private final int maxClientIdLength = integer("mqttee.client-id.max-length", 65535);
  private final int connectTimeoutSeconds = integer("mqttee.connect-timeout-seconds", 10);
  private final Map<String, String> users = users(System.getProperty("mqttee.auth.users", ""));
  private final int maxKeepAliveSeconds = integer("mqttee.keepalive.max-seconds", 60);
  private final int topicAliasMaximum = TransportLimits.topicAliasMaximum();
  private final int receiveMaximum = integer("mqttee.receive-maximum", 128);
  private final int maxPacketSize = TransportLimits.maxPacketSize();
  private final String responseInformation = System.getProperty("mqttee.response-information", "");

  /** A silent client is closed after this many times its keep alive (MQTT-3.1.2-24: 1.5). */
  public double keepAliveFactor() {
    return keepAliveFactor;
  }

  /** Bound of a session's queue of QoS 1/2 messages waiting to be sent; beyond it they drop. */
  public int maxQueuedMessages() {
    return maxQueuedMessages;
  }

  /** QoS 1/2 messages sent to a client and not yet acknowledged, at most. */
  public int maxInflightMessages() {
    return maxInflightMessages;
  }

  /** Retained messages expire after this many seconds; 0 keeps them until replaced or cleared. */
  public long retainedExpirySeconds() {
    return retainedExpirySeconds;
  }

  /** Period of the $SYS/broker/... publications; 0 turns them off. */
  public int sysIntervalSeconds() {
    return sysIntervalSeconds;
  }

  /**
   * Whether clients without a user name may connect ({@code mqttee.auth.allow-anonymous}): the
   * default of the runtime switch {@code allow_anonymous}, which the console and the API change and
   * the database keeps; once it is stored, this property no longer matters.
   */
  public boolean allowAnonymous() {
    return allowAnonymous;
  }

  /** Store writes waiting for their commit, at most; beyond it the packet path waits. */
  public int storeMaxPendingEntries() {
    return storeMaxPendingEntries;
  }

  /** The file {@code mqttee.acl.file} names, "" for none. */
  public String aclFile() {
    return aclFile;
  }

  /**
   * The topic ACL rules of {@code mqttee.acl.file}, read now; empty when it is not set. When set,
   * its rules replace the rules in the database at every start, so the file stays the one place
   * they are written. A file that cannot be read or parsed stops the broker from starting rather
   * than leaving topics open.
   */
  public Optional<String> aclRules() {
    if (aclFile.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(Path.of(aclFile), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the topic ACL " + aclFile, e);
    }
  }

  /**
   * What happens to a PUBLISH or SUBSCRIBE no topic ACL rule applies to ({@code
   * mqttee.acl.default}, {@code allow} or {@code deny}): the default of the runtime setting {@code
   * acl_default}, which the console and the API change and the database keeps.
   */
  public boolean aclAllowsByDefault() {
    return !aclDefault.strip().equalsIgnoreCase("deny");
  }

  /** Whether a TLS client certificate the listener verified authenticates its client. */
  public boolean certificateAuth() {
    return certificateAuth;
  }

  public int maxClientIdLength() {
    return maxClientIdLength;
  }

  /**
   * A connection that sends no CONNECT within this many seconds is closed. The same property sets
   * the resource adapter's socket-level timer; this check covers transports that have none.
   */
  public int connectTimeoutSeconds() {
    return connectTimeoutSeconds;
  }

  /**
   * The longest keep alive an MQTT 5 client gets: a larger one, or 0, is replaced by this value in
   * the CONNACK's Server Keep Alive (MQTT-3.2.2-21); 0 keeps every client's own keep alive.
   */
  public int maxKeepAliveSeconds() {
    return maxKeepAliveSeconds;
  }

  /** Topic aliases an MQTT 5 client may use towards the broker (CONNACK Topic Alias Maximum). */
  public int topicAliasMaximum() {
    return topicAliasMaximum;
  }

  /** Unacknowledged QoS 1/2 PUBLISH packets an MQTT 5 client may send (CONNACK Receive Maximum). */
  public int receiveMaximum() {
    return receiveMaximum;
  }

  /** The largest packet the broker accepts, as the resource adapter enforces it. */
  public int maxPacketSize() {
    return maxPacketSize;
  }

  /** Response Information for clients that request it; empty: none is sent. */
  public String responseInformation() {
    return responseInformation;
  }

  /**
   * User names and passwords, from {@code mqttee.auth.users=user:password,user2:pw2}: at start each
   * user is created in the database, or gets this password. Users are otherwise managed in the
   * console or the API.
   */
  public Map<String, String> users() {
    return users;
  }

  static Map<String, String> users(String spec) {
    Map<String, String> parsed = new LinkedHashMap<>();
    for (String entry : spec.split(",")) {
      int colon = entry.indexOf(':');
      if (colon > 0) {
        parsed.put(entry.substring(0, colon).trim(), entry.substring(colon + 1));
      }
    }
    return Map.copyOf(parsed);
  }

  private static int integer(String key, int fallback) {
    return Integer.parseInt(System.getProperty(key, Integer.toString(fallback)));
  }

  private static long lng(String key, long fallback) {
    return Long.parseLong(System.getProperty(key, Long.toString(fallback)));
  }

  private static double dbl(String key, double fallback) {
    return Double.parseDouble(System.getProperty(key, Double.toString(fallback)));
  }

  private static boolean bool(String key, boolean fallback) {
    return Boolean.parseBoolean(System.getProperty(key, Boolean.toString(fallback)));
  }
}
