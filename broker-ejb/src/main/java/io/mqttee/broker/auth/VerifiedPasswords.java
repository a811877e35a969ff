// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The passwords that recently passed the PBKDF2 check, so that a reconnect costs microseconds.
 *
 * <p>Why: a CONNECT is authenticated on the network lane that reads it, and every other connection
 * of that lane waits meanwhile. One PBKDF2 check costs tens of milliseconds, so a fleet of devices
 * reconnecting after a restart or a network blip would stall the lanes for seconds. A successful
 * check is remembered as an HMAC-SHA256 of the password under a key drawn at random for this
 * process and never stored: the cache holds nothing a memory dump could reverse faster than the
 * stored hash itself, and nothing survives a restart. An entry counts only for the stored hash it
 * was checked against, so a changed password or a deleted and recreated user misses even if a check
 * on another thread raced with the change. Bounded: beyond {@code capacity} names some entry is
 * dropped, which only costs that user one slow check.
 */
final class VerifiedPasswords {
  private record Verified(String storedHash, byte[] mac) {}

  private final Map<String, Verified> verified = new ConcurrentHashMap<>();
  private final int capacity;
  private final SecretKeySpec key;
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  VerifiedPasswords(int capacity) {
    this.capacity = capacity;
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    this.key = new SecretKeySpec(random, "HmacSHA256");
  }

  /** Whether {@code password} passed the check against {@code storedHash} before. */
  boolean contains(String username, String storedHash, byte[] password) {
    Verified entry = verified.get(username);
    return entry != null
        && entry.storedHash().equals(storedHash)
        && MessageDigest.isEqual(entry.mac(), mac(password));
  }

  void add(String username, String storedHash, byte[] password) {
    if (verified.size() >= capacity && !verified.containsKey(username)) {
      Iterator<String> any = verified.keySet().iterator();
      if (any.hasNext()) {
        verified.remove(any.next());
      }
    }
    verified.put(username, new Verified(storedHash, mac(password)));
  }

  void forget(String username) {
    verified.remove(username);
  }

  int size() {
    return verified.size();
  }

  private byte[] mac(byte[] password) {
    return macs.get().doFinal(password);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
    }
  }
}
