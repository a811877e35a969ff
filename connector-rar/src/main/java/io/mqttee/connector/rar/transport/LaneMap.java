// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import io.mqttee.connector.api.MqttInboundListener;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.EventExecutorGroup;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Pairs each event loop of the group with the listener of its lane. */
final class LaneMap {

  private final Map<EventExecutor, MqttInboundListener> byLoop = new IdentityHashMap<>();

  LaneMap(EventExecutorGroup group, List<MqttInboundListener> lanes) {
    int i = 0;
    for (EventExecutor loop : group) {
      if (i == lanes.size()) {
        throw new IllegalStateException("more event loops than lanes: " + lanes.size());
      }
      byLoop.put(loop, lanes.get(i++));
    }
    if (i != lanes.size()) {
      throw new IllegalStateException(i + " event loops for " + lanes.size() + " lanes");
    }
  }

  MqttInboundListener listenerFor(EventLoop loop) {
    MqttInboundListener lane = byLoop.get(loop);
    if (lane == null) {
      throw new IllegalStateException("no lane for event loop " + loop);
    }
    return lane;
  }
}
