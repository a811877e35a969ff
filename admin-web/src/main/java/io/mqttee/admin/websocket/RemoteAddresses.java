// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.websocket;

import jakarta.websocket.Session;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * The peer of a WebSocket session, which the Jakarta WebSocket API does not expose: Undertow
 * (WildFly) puts it in the user properties, Tyrus (Payara) answers {@code getRemoteAddr()} with the
 * IP address only (the port is then 0).
 */
final class RemoteAddresses {

  private static final String UNDERTOW_KEY = "jakarta.websocket.endpoint.remoteAddress";

  private RemoteAddresses() {}

  /** The peer, or null when the container does not tell. */
  static InetSocketAddress of(Session session) {
    Object known = session.getUserProperties().get(UNDERTOW_KEY);
    if (known instanceof InetSocketAddress address) {
      return address;
    }
    try {
      Method getter = session.getClass().getMethod("getRemoteAddr");
      Object ip = getter.invoke(session);
      // a literal IP address: no name lookup happens
      return ip instanceof String text
          ? new InetSocketAddress(InetAddress.getByName(text), 0)
          : null;
    } catch (ReflectiveOperationException | UnknownHostException | RuntimeException e) {
      return null;
    }
  }
}
