// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.protocol.packet.Publish;

/** A QoS 1/2 message sent to the client and not yet acknowledged. Guarded by its outbox. */
final class InflightMessage {
  private final long sequence;
  private final Publish publish;
  private boolean released;

  InflightMessage(long sequence, Publish publish, boolean released) {
    this.sequence = sequence;
    this.publish = publish;
    this.released = released;
  }

  long sequence() {
    return sequence;
  }

  Publish publish() {
    return publish;
  }

  /** PUBREC arrived and PUBREL went out: only PUBCOMP remains (MQTT-4.3.3). */
  boolean released() {
    return released;
  }

  void release() {
    released = true;
  }
}
