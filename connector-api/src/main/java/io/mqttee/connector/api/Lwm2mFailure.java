// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.api;

/** Why a request sent through {@link Lwm2mServer} got no response from the device. */
public enum Lwm2mFailure {
  /** No registration of that endpoint: nothing was sent. */
  NOT_REGISTERED,
  /** The device did not answer within the request's timeout. */
  TIMEOUT,
  /** The request could not be encoded or sent (the message says why), or the server stopped. */
  SEND_FAILED,
  /** A cancel-observe for a path the server does not observe on that device. */
  NOT_OBSERVED
}
