// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.admin.BanView;
import io.mqttee.broker.auth.BanEnforcer;
import io.mqttee.broker.auth.Bans;
import io.mqttee.broker.auth.ClientIdentity;
import io.mqttee.broker.connection.ConnectionRegistry;
import io.mqttee.protocol.packet.ReasonCodes;
import java.util.Locale;

/**
 * Disconnects the connected clients a new ban covers: an MQTT 5 client gets DISCONNECT 0x98
 * (administrative action) first. The will is published, as for any close by the broker.
 */
public final class BannedConnections implements BanEnforcer {
  private final ConnectionRegistry connections;
  private final ConnectionCloser closer;

  public BannedConnections(ConnectionRegistry connections, ConnectionCloser closer) {
    this.connections = connections;
    this.closer = closer;
  }

  @Override
  public void disconnectCovered(BanView ban) {
    connections.forEach(
        connection -> {
          ClientIdentity client = connection.identity();
          if (client != null && Bans.covers(ban, client)) {
            closer.abort(
                connection,
                ReasonCodes.ADMINISTRATIVE_ACTION,
                "banned " + ban.kind().name().toLowerCase(Locale.ROOT) + " " + ban.value(),
                "MQTT 5 section 4.13");
          }
        });
  }
}
