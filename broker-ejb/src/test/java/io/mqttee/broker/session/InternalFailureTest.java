// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.session.Harness.connectPacket;
import static io.mqttee.broker.session.Harness.retainedPublish;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.assembly.BrokerCore;
import io.mqttee.broker.auth.AccessGate;
import io.mqttee.broker.retained.RetainedMessages;
import io.mqttee.broker.routing.TopicTreeRouter;
import io.mqttee.broker.store.DiscardingMessageStore;
import io.mqttee.broker.sys.BrokerMetrics;
import io.mqttee.connector.api.ConnectionId;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A bug in a handler closes that one connection; it never reaches the transport's thread. */
@Tag("unit")
class InternalFailureTest {

  private static final class FailingRetained implements RetainedMessages {
    @Override
    public boolean apply(Publish retainedPublish) {
      throw new IllegalStateException("retained store broken");
    }

    @Override
    public void forEachMatching(String topicFilter, Consumer<Publish> target) {}

    @Override
    public int count() {
      return 0;
    }
  }

  @Test
  void closesTheConnectionWhenAHandlerFails() {
    RecordingWriter writer = new RecordingWriter();
    BrokerCore core =
        new BrokerCore(
            new TestConfig(),
            new BrokerMetrics(),
            new TopicTreeRouter(),
            new FailingRetained(),
            new DiscardingMessageStore(),
            new AccessGate(System::currentTimeMillis),
            System::currentTimeMillis);
    ConnectionId id = ConnectionId.next();
    SessionService sessions = core.sessions();
    sessions.opened(id, Harness.INFO, writer);
    sessions.received(id, List.of(connectPacket("c", true, 0, null)));
    assertDoesNotThrow(
        () -> sessions.received(id, List.of(retainedPublish("r", QoS.AT_MOST_ONCE, 0, "x"))));
    assertTrue(writer.isClosed(id));
    assertDoesNotThrow(() -> sessions.closed(id));
  }
}
