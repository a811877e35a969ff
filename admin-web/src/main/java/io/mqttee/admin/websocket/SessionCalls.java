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

  /** The session service's calls for one connection; a seam for tests. */
  interface Target {
    void opened(ConnectionInfo info, ClientWriter writer);

    void received(List<MqttPacket> packets);

    void malformed(DecodeFailure failure);

    void closed();
  }

  private final Target target;
  private final ReentrantLock lock = new ReentrantLock();
  private boolean inCall;
  private volatile boolean closeRequested;
  private volatile boolean closed;

  SessionCalls(Target target) {
    this.target = target;
  }

  /** Calls into {@code sessions} for connection {@code id}. */
  static SessionCalls of(SessionService sessions, ConnectionId id) {
    return new SessionCalls(
        new Target() {
          @Override
          public void opened(ConnectionInfo info, ClientWriter writer) {
            sessions.opened(id, info, writer);
          }

          @Override
          public void received(List<MqttPacket> packets) {
            sessions.received(id, packets);
          }

          @Override
          public void malformed(DecodeFailure failure) {
            sessions.malformed(id, failure);
          }

          @Override
          public void closed() {
            sessions.closed(id);
          }
        });
  }

  void opened(ConnectionInfo info, ClientWriter writer) {
    call(() -> target.opened(info, writer));
  }

  void received(List<MqttPacket> packets) {
    call(() -> target.received(packets));
  }

  void malformed(DecodeFailure failure) {
    call(() -> target.malformed(failure));
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
          target.closed();
        }
      } finally {
        lock.unlock();
      }
    }
  }
}
