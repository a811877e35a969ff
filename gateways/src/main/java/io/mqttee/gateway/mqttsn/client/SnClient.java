// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.mqttsn.client;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.protocol.mqttsn.ReturnCodes;
import io.mqttee.protocol.mqttsn.message.SnConnAck;
import io.mqttee.protocol.mqttsn.message.SnConnect;
import io.mqttee.protocol.mqttsn.message.SnDisconnect;
import io.mqttee.protocol.mqttsn.message.SnMessage;
import io.mqttee.protocol.mqttsn.message.SnPingReq;
import io.mqttee.protocol.mqttsn.message.SnPingResp;
import io.mqttee.protocol.mqttsn.message.SnPubAck;
import io.mqttee.protocol.mqttsn.message.SnPubComp;
import io.mqttee.protocol.mqttsn.message.SnPubRec;
import io.mqttee.protocol.mqttsn.message.SnPubRel;
import io.mqttee.protocol.mqttsn.message.SnPublish;
import io.mqttee.protocol.mqttsn.message.SnRegAck;
import io.mqttee.protocol.mqttsn.message.SnRegister;
import io.mqttee.protocol.mqttsn.message.SnSubscribe;
import io.mqttee.protocol.mqttsn.message.SnUnsubscribe;
import io.mqttee.protocol.mqttsn.message.SnWillMsg;
import io.mqttee.protocol.mqttsn.message.SnWillMsgUpd;
import io.mqttee.protocol.mqttsn.message.SnWillTopic;
import io.mqttee.protocol.mqttsn.message.SnWillTopicUpd;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.PingResp;
import io.mqttee.protocol.packet.PubRel;
import io.mqttee.protocol.packet.ReasonCodes;

/**
 * One MQTT-SN client, as the gateway keeps it: a state machine that takes the client's messages,
 * the broker's packets for it and the clock's ticks, and returns {@link Actions}. It does no I/O
 * and reads no clock. Not thread-safe: the gateway calls it on the client's lane only.
 */
public final class SnClient {

  private final ClientSettings settings;
  private final SnConnection session;
  private ClientState state = ClientState.NEW;
  private long lastHeardMillis;
  private long sleepMillis;
  private long sleepDeadlineMillis;

  public SnClient(ClientSettings settings) {
    this.settings = settings;
    this.session = new SnConnection(settings);
  }

  public ClientState state() {
    return state;
  }

  /** The broker connection the client has now, or null. */
  public ConnectionId connection() {
    return session.connection();
  }

  public String clientId() {
    return session.clientId();
  }

  /** Messages kept for the client while it sleeps. */
  public int bufferedCount() {
    return session.downlink() == null ? 0 : session.downlink().bufferedCount();
  }

  /** One message from the client. */
  public Actions handle(SnMessage message, long nowMillis) {
    Actions out = new Actions();
    lastHeardMillis = nowMillis;
    switch (message.type()) {
      case CONNECT:
        connect((SnConnect) message, nowMillis, out);
        break;
      case WILLTOPIC:
        state = session.willTopic((SnWillTopic) message, state, out);
        break;
      case WILLMSG:
        state = session.willMessage((SnWillMsg) message, state, out);
        break;
      case PINGREQ:
        ping((SnPingReq) message, nowMillis, out);
        break;
      case DISCONNECT:
        disconnect((SnDisconnect) message, nowMillis, out);
        break;
      default:
        if (state.connected()) {
          connected(message, nowMillis, out);
        } else {
          out.drop(message.type() + " before the client is connected");
        }
    }
    return out;
  }

  private void connected(SnMessage message, long nowMillis, Actions out) {
    Downlink downlink = session.downlink();
    Uplink uplink = session.uplink();
    switch (message.type()) {
      case REGISTER -> uplink.register((SnRegister) message, out);
      case PUBLISH -> uplink.publish((SnPublish) message, out);
      case SUBSCRIBE -> uplink.subscribe((SnSubscribe) message, out);
      case UNSUBSCRIBE -> uplink.unsubscribe((SnUnsubscribe) message, out);
      case PUBACK -> downlink.pubAck((SnPubAck) message, out);
      case PUBREC -> downlink.pubRec((SnPubRec) message, out);
      case PUBCOMP -> downlink.pubComp((SnPubComp) message, out);
      case PUBREL -> out.toBroker(connection(), new PubRel(((SnPubRel) message).msgId()));
      case REGACK -> {
        downlink.regAck((SnRegAck) message, nowMillis, out);
        finishWakeWhenDone(out);
      }
      case WILLTOPICUPD -> session.willTopicUpdate((SnWillTopicUpd) message, out);
      case WILLMSGUPD -> session.willMessageUpdate((SnWillMsgUpd) message, out);
      default -> out.drop("unexpected " + message.type() + " from a client");
    }
  }

  private void connect(SnConnect connect, long nowMillis, Actions out) {
    if ((state == ClientState.ASLEEP || state == ClientState.AWAKE)
        && !connect.will()
        && connect.clientId().equals(session.clientId())) {
      // MQTT-SN 1.2 section 6.14: a sleeping client returns to active with CONNECT
      state = ClientState.ACTIVE;
      session.keepAlive(connect.duration());
      out.toClient(new SnConnAck(ReturnCodes.ACCEPTED));
      session.downlink().wake(nowMillis, out);
      return;
    }
    session.end(out, "a new CONNECT from the client");
    state = session.start(connect, out);
  }

  /** Section 6.14: a sleeping client's PINGREQ with its client id wakes it. */
  private void ping(SnPingReq ping, long nowMillis, Actions out) {
    boolean sleeping = state == ClientState.ASLEEP || state == ClientState.AWAKE;
    if (sleeping && (!ping.hasClientId() || ping.clientId().equals(session.clientId()))) {
      state = ClientState.AWAKE;
      sleepDeadlineMillis = nowMillis + graceOf(sleepMillis);
      session.downlink().wake(nowMillis, out);
      finishWakeWhenDone(out);
      return;
    }
    out.toClient(new SnPingResp()); // section 6.15: the gateway answers keep-alive pings itself
  }

  /** Once nothing waits for a REGACK: PINGRESP, and the client sleeps again. */
  private void finishWakeWhenDone(Actions out) {
    if (state == ClientState.AWAKE && !session.downlink().registrationsPending()) {
      out.toClient(new SnPingResp());
      state = ClientState.ASLEEP;
    }
  }

  private void disconnect(SnDisconnect disconnect, long nowMillis, Actions out) {
    if (disconnect.hasDuration() && disconnect.duration() > 0 && state.connected()) {
      // section 6.14: DISCONNECT with a duration puts the client to sleep; acknowledged by
      // DISCONNECT
      state = ClientState.ASLEEP;
      sleepMillis = disconnect.duration() * 1000L;
      sleepDeadlineMillis = nowMillis + graceOf(sleepMillis);
      out.toClient(SnDisconnect.PLAIN);
      return;
    }
    if (session.connection() != null) {
      out.toBroker(session.connection(), Disconnect.NORMAL); // the will is discarded
      out.close(session.connection(), false, "DISCONNECT");
    }
    out.toClient(SnDisconnect.PLAIN);
    gone(out);
  }

  /** One packet the broker sent to connection {@code from}. */
  public Actions fromBroker(ConnectionId from, MqttPacket packet, long nowMillis) {
    Actions out = new Actions();
    if (!from.equals(session.connection()) || state == ClientState.GONE) {
      return out; // for a connection the client no longer has
    }
    if (packet instanceof ConnAck ack) {
      connAck(ack, nowMillis, out);
    } else if (packet instanceof PingResp) {
      return out; // the gateway answers PINGREQ itself
    } else if (state == ClientState.ASLEEP) {
      session.downlink().buffer(packet, out);
    } else if (state.connected()) {
      session.downlink().deliver(packet, nowMillis, out);
    }
    return out;
  }

  private void connAck(ConnAck ack, long nowMillis, Actions out) {
    if (state != ClientState.CONNECTING) {
      return;
    }
    if (ack.reasonCode() == ReasonCodes.SUCCESS) {
      state = ClientState.ACTIVE;
      lastHeardMillis = nowMillis;
      out.toClient(new SnConnAck(ReturnCodes.ACCEPTED));
    } else {
      // the broker closes the connection next; MQTT-SN has no codes for its reasons
      boolean busy = ack.reasonCode() == ReasonCodes.V3_SERVER_UNAVAILABLE;
      out.toClient(
          new SnConnAck(
              busy ? ReturnCodes.REJECTED_CONGESTION : ReturnCodes.REJECTED_NOT_SUPPORTED));
    }
  }

  /** The broker closed connection {@code from} (a refused CONNECT, a ban, a take-over). */
  public Actions closedByBroker(ConnectionId from, String reason) {
    Actions out = new Actions();
    if (!from.equals(session.connection()) || state == ClientState.GONE) {
      return out;
    }
    if (state.connected()) {
      out.toClient(SnDisconnect.PLAIN);
    }
    out.close(from, false, reason);
    gone(out);
    return out;
  }

  /** The clock: keep alive, sleep duration, retransmission and a will exchange left half-way. */
  public Actions tick(long nowMillis) {
    Actions out = new Actions();
    switch (state) {
      case WILL_TOPIC, WILL_MESSAGE -> {
        if (nowMillis - lastHeardMillis > settings.retryMillis() * (settings.retries() + 1)) {
          out.drop("will exchange abandoned");
          gone(out);
        }
      }
      case ACTIVE -> {
        int keepAlive = session.keepAliveSeconds();
        // MQTT-SN 1.2 section 6.15, as MQTT-3.1.2-24: lost after 1.5 times the keep alive
        if (keepAlive > 0 && nowMillis - lastHeardMillis > keepAlive * 1500L) {
          lost(out, "keep alive of " + keepAlive + " s expired");
        } else if (!session.downlink().retransmit(nowMillis, out)) {
          lost(out, "no acknowledgement after " + settings.retries() + " retransmissions");
        }
      }
      case ASLEEP, AWAKE -> {
        if (nowMillis > sleepDeadlineMillis) {
          lost(out, "did not wake within its sleep duration");
        } else if (state == ClientState.AWAKE && !session.downlink().retransmit(nowMillis, out)) {
          lost(out, "no acknowledgement after " + settings.retries() + " retransmissions");
        }
      }
      default -> {}
    }
    return out;
  }

  /** The client is gone without a DISCONNECT: the broker publishes its will. */
  private void lost(Actions out, String reason) {
    out.close(session.connection(), true, reason);
    gone(out);
  }

  private void gone(Actions out) {
    state = ClientState.GONE;
    out.forget();
  }

  /** A sleeping client is lost when 1.5 times its sleep duration passed, as for keep alive. */
  private static long graceOf(long durationMillis) {
    return durationMillis * 3 / 2;
  }
}
