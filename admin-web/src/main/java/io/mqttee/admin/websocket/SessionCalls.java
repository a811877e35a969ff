// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.websocket;

import io.mqttee.broker.connection.ClientWriter;
import io.mqttee.broker.session.SessionService;
import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.ConnectionInfo;
import io.mqttee.protocol.codec.DecodeFailure;
import io.mqttee.protocol.packet.MqttPacket;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One WebSocket connection's calls into the session service, serial as the service requires. The
 * container may report the close on another thread than the messages (a broker thread closing the
 * session, possibly inside another connection's call), or on this connection's own thread inside a
 * call: {@link #closed} never waits; the close is passed on exactly once, last, by whichever thread
 * holds no call in progress.
 */
final class SessionCalls {

  private final SessionService sessions;
  private final ConnectionId id;
  private final ReentrantLock lock = new ReentrantLock();
  private boolean inCall;
  private volatile boolean closeRequested;
  private volatile boolean closed;

  SessionCalls(SessionService sessions, ConnectionId id) {
    this.sessions = sessions;
    this.id = id;
  }

  void opened(ConnectionInfo info, ClientWriter writer) {
    call(() -> sessions.opened(id, info, writer));
  }

  void received(List<MqttPacket> packets) {
    call(() -> sessions.received(id, packets));
  }

  void malformed(DecodeFailure failure) {
    call(() -> sessions.malformed(id, failure));
  }

  void closed() {
    closeRequested = true;
    reportCloseIfRequested();
  }

  private void call(Runnable call) {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      inCall = true;
      try {
        call.run();
      } finally {
        inCall = false;
      }
    } finally {
      lock.unlock();
    }
    reportCloseIfRequested();
  }

  /**
   * A thread that cannot take the lock leaves the report to the holder, which checks on release.
   */
  private void reportCloseIfRequested() {
    while (closeRequested && !closed && lock.tryLock()) {
      try {
        if (inCall) {
          return; // this thread is inside a call; the call reports when it ends
        }
        if (!closed) {
          closed = true;
          sessions.closed(id);
        }
      } finally {
        lock.unlock();
      }
    }
  }
}
