// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

/**
 * A message came for a session that another node took over a moment before: it belongs to that node
 * now, and the caller relays it there.
 */
public final class SessionMovedAway extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SessionMovedAway(String clientId) {
    super(clientId + " moved to another node", null, false, false);
  }
}
