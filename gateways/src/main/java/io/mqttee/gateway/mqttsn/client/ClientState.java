// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.mqttsn.client;

/** Where a client is in its life (MQTT-SN 1.2 section 6.14, figure 4, and the will exchange). */
public enum ClientState {
  /** No CONNECT yet. */
  NEW,
  /** CONNECT with Will set: WILLTOPICREQ sent, waiting for WILLTOPIC. */
  WILL_TOPIC,
  /** WILLMSGREQ sent, waiting for WILLMSG. */
  WILL_MESSAGE,
  /** The broker has the CONNECT; its CONNACK has not come yet. */
  CONNECTING,
  ACTIVE,
  /** DISCONNECT with a duration: messages for it are buffered. */
  ASLEEP,
  /** A PINGREQ woke it: buffered messages go out, then PINGRESP, then it is asleep again. */
  AWAKE,
  /** Disconnected or lost; the gateway forgets it. */
  GONE;

  /** Whether the client has an accepted connection to the broker. */
  boolean connected() {
    return this == ACTIVE || this == ASLEEP || this == AWAKE;
  }
}
