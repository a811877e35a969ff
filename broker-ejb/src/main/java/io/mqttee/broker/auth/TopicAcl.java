// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

/** Which topics a client may publish to and subscribe to. Thread-safe. */
public interface TopicAcl {

  /** Whether {@code client} may publish to {@code topic}. */
  boolean mayPublish(ClientIdentity client, String topic);

  /** Whether {@code client} may subscribe to the (non-shared) {@code filter}. */
  boolean maySubscribe(ClientIdentity client, String filter);
}
