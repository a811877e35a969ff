// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.mqttsn.client;

import io.mqttee.protocol.mqttsn.SnMessageType;
import io.mqttee.protocol.mqttsn.message.SnMessage;
import io.mqttee.protocol.mqttsn.message.SnPublish;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gateway's messages a client has not acknowledged yet: PUBLISH QoS 1 and 2 (until PUBACK or
 * PUBREC), PUBREL (until PUBCOMP) and REGISTER (until REGACK). MQTT-SN 1.2 section 6.13: each is
 * sent again after Tretry, at most Nretry times, then the client is lost.
 */
final class Inflight {

  private final Map<Integer, Entry> entries = new LinkedHashMap<>();
  private final long retryMillis;
  private final int retries;

  private static final class Entry {
    SnMessage message;
    long sentAtMillis;
    int attempts;

    Entry(SnMessage message, long sentAtMillis) {
      this.message = message;
      this.sentAtMillis = sentAtMillis;
    }
  }

  Inflight(long retryMillis, int retries) {
    this.retryMillis = retryMillis;
    this.retries = retries;
  }

  /** The message was sent now and waits for the answer that {@code answerType} names. */
  void sent(SnMessageType answerType, int msgId, SnMessage message, long nowMillis) {
    entries.put(key(answerType, msgId), new Entry(message, nowMillis));
  }

  /** The answer arrived; the message it acknowledges, or null when none waited for it. */
  SnMessage acknowledged(SnMessageType answerType, int msgId) {
    Entry entry = entries.remove(key(answerType, msgId));
    return entry == null ? null : entry.message;
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  int size() {
    return entries.size();
  }

  /**
   * What is due again at {@code nowMillis}, marked as sent now (a PUBLISH with DUP set); null when
   * a message was already sent Nretry more times: the client is lost.
   */
  List<SnMessage> due(long nowMillis) {
    List<SnMessage> again = new ArrayList<>();
    for (Entry entry : entries.values()) {
      if (nowMillis - entry.sentAtMillis < retryMillis) {
        continue;
      }
      if (entry.attempts >= retries) {
        return null;
      }
      again.add(resend(entry, nowMillis));
    }
    return again;
  }

  /** Everything, sent again now: a sleeping client woke up. */
  List<SnMessage> all(long nowMillis) {
    List<SnMessage> again = new ArrayList<>();
    for (Entry entry : entries.values()) {
      again.add(resend(entry, nowMillis));
    }
    return again;
  }

  private static SnMessage resend(Entry entry, long nowMillis) {
    entry.attempts++;
    entry.sentAtMillis = nowMillis;
    if (entry.message instanceof SnPublish p && !p.dup()) {
      // MQTT-SN 1.2 section 5.3.4: DUP marks a PUBLISH sent again
      entry.message = new SnPublish(true, p.qos(), p.retain(), p.topic(), p.msgId(), p.data());
    }
    return entry.message;
  }

  private static int key(SnMessageType answerType, int msgId) {
    return answerType.code() << 16 | msgId;
  }
}
