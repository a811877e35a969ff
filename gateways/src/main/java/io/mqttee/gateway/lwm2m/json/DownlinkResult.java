// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import java.util.Objects;
import org.eclipse.leshan.core.request.DownlinkRequest;

/** What {@link DownlinkRequests#translate} makes of a command. */
public sealed interface DownlinkResult
    permits DownlinkResult.Send, DownlinkResult.CancelObservation, CommandError {

  /** A request to send to the device. */
  record Send(DownlinkRequest<?> request) implements DownlinkResult {
    public Send {
      Objects.requireNonNull(request, "request");
    }
  }

  /**
   * A {@code cancel-observe}: the server cancels the observation of {@code path} itself.
   *
   * @param path the path, normalized ({@code "/3/0/13"})
   */
  record CancelObservation(String path) implements DownlinkResult {
    public CancelObservation {
      Objects.requireNonNull(path, "path");
    }
  }
}
