// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import io.mqttee.broker.admin.BanView;

/** Disconnects the connected clients a new ban covers. Safe to call from any thread. */
@FunctionalInterface
public interface BanEnforcer {

  /** Before any client connects: nobody to disconnect. */
  BanEnforcer NONE = ban -> {};

  void disconnectCovered(BanView ban);
}
