// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.inbound;

/**
 * The activation spec of the broker's message-driven bean. It has no properties: the adapter's
 * config properties say where to listen, and one bean receives every connection.
 */
public class MqttActivationSpec extends AdapterActivationSpec {

  @Override
  public void validate() {
    // Nothing to check: there are no properties.
  }
}
