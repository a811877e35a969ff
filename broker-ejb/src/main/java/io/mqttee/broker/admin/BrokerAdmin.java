// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

/** Everything an administrator reads or changes, by area. Thread-safe. */
public interface BrokerAdmin {

  BrokerInfo info();

  ClientAdmin clients();

  RetainedAdmin retained();

  AccessAdmin access();

  ListenerAdmin listeners();

  MetricsAdmin metrics();
}
