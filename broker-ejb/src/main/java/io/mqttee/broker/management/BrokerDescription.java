// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.management;

import io.mqttee.broker.admin.BrokerInfo;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/** What and where this broker is: node name, version, application server. */
public final class BrokerDescription {
  /** Names this node in routes and the console; the host name when unset. */
  public static final String NODE_NAME_PROPERTY = "mqttee.node.name";

  private BrokerDescription() {}

  public static BrokerInfo describe(long startedAtMillis, long nowMillis) {
    return new BrokerInfo(
        nodeName(), version(), startedAtMillis, (nowMillis - startedAtMillis) / 1000, server());
  }

  /** {@value #NODE_NAME_PROPERTY}, else the host name, resolved once. */
  public static String nodeName() {
    String configured = System.getProperty(NODE_NAME_PROPERTY, "").trim();
    return configured.isEmpty() ? HostName.NAME : configured;
  }

  /** The broker jar's Implementation-Version; "dev" when run from classes, as in unit tests. */
  public static String version() {
    String v = BrokerDescription.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  /** The application server, from the system properties it sets. */
  public static String server() {
    String product = System.getProperty("product.name");
    if (product != null && !product.isBlank()) {
      return product;
    }
    String glassFishRoot = System.getProperty("com.sun.aas.installRoot");
    if (glassFishRoot != null) {
      return glassFishRoot.toLowerCase(Locale.ROOT).contains("payara")
          ? "Payara Server"
          : "GlassFish";
    }
    if (System.getProperty("jboss.home.dir") != null) {
      return "WildFly";
    }
    return "unknown";
  }

  /** Resolved on first use: the lookup may ask DNS. */
  private static final class HostName {
    static final String NAME = resolve();

    private static String resolve() {
      try {
        return InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException e) {
        return "localhost";
      }
    }
  }
}
