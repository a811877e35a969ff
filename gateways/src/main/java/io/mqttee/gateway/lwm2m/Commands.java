// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m;

import io.mqttee.connector.api.Lwm2mServer;
import io.mqttee.gateway.lwm2m.json.Command;
import io.mqttee.gateway.lwm2m.json.CommandError;
import io.mqttee.gateway.lwm2m.json.CommandParser;
import io.mqttee.gateway.lwm2m.json.DownlinkRequests;
import io.mqttee.gateway.lwm2m.json.DownlinkResult;
import io.mqttee.gateway.lwm2m.json.ParseResult;
import io.mqttee.gateway.lwm2m.json.ResponseJson;
import jakarta.json.JsonObject;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Turns a command published on a device's downlink topic into a request to the device; what cannot
 * be sent is answered at once with an error. The device's answer comes back to {@link
 * DeviceBridge}.
 */
final class Commands {

  private final Lwm2mServer server;
  private final long timeoutMillis;
  private final AtomicLong requestIds = new AtomicLong();

  Commands(Lwm2mServer server, long timeoutMillis) {
    this.server = server;
    this.timeoutMillis = timeoutMillis;
  }

  /**
   * Sends the command in {@code payload} to the device, on its lane.
   *
   * @param answer publishes an immediate answer (malformed or invalid command) on the uplink
   */
  void handle(Device device, byte[] payload, Consumer<JsonObject> answer) {
    String endpoint = device.registration().endpoint();
    ParseResult parsed = CommandParser.parse(payload);
    if (parsed instanceof CommandError error) {
      answer.accept(ResponseJson.error(error));
      return;
    }
    Command command = (Command) parsed;
    DownlinkResult result = DownlinkRequests.translate(command);
    long requestId = requestIds.incrementAndGet();
    if (result instanceof CommandError invalid) {
      answer.accept(ResponseJson.error(invalid));
    } else if (result instanceof DownlinkResult.Send request) {
      device.waitFor(requestId, command);
      server.send(endpoint, requestId, request.request(), timeoutMillis);
    } else if (result instanceof DownlinkResult.CancelObservation cancel) {
      device.waitFor(requestId, command);
      server.cancelObservation(endpoint, requestId, cancel.path(), timeoutMillis);
    }
  }
}
