// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

import java.util.List;

/** Everything an administrator reads or changes, by area. Thread-safe. */
public interface BrokerAdmin {

  BrokerInfo info();

  /** The nodes of the cluster this broker is in, this one first; only this one when alone. */
  List<NodeView> nodes();

  ClientAdmin clients();

  RetainedAdmin retained();

  AccessAdmin access();

  ListenerAdmin listeners();

  MetricsAdmin metrics();
}
