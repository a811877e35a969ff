// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.inbound;

import io.mqttee.connector.rar.datagram.DatagramKind;
import jakarta.resource.spi.InvalidPropertyException;

/**
 * The activation spec of a gateway's message-driven bean that receives datagrams ({@code
 * DatagramInboundListener}). Its one property names the listener the bean serves; the adapter's
 * settings say where that listener binds.
 */
public class DatagramActivationSpec extends AdapterActivationSpec {

  private String listener = DatagramKind.MQTT_SN.listenerName();

  /** The datagram listener the bean receives from: "mqtt-sn" (the default). */
  public String getListener() {
    return listener;
  }

  public void setListener(String listener) {
    this.listener = listener;
  }

  /** The listener's kind, once {@link #validate()} has passed. */
  public DatagramKind kind() {
    return DatagramKind.named(listener).orElseThrow();
  }

  @Override
  public void validate() throws InvalidPropertyException {
    if (DatagramKind.named(listener).isEmpty()) {
      throw new InvalidPropertyException(
          "listener must name a datagram listener of the adapter (mqtt-sn), not " + listener);
    }
  }
}
