// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** One IP address or a CIDR block ({@code 10.0.0.0/8}, {@code fd00::/8}). Immutable. */
final class IpRange {
  private final byte[] network;
  private final int prefixBits;

  private IpRange(byte[] network, int prefixBits) {
    this.network = network;
    this.prefixBits = prefixBits;
  }

  /** The range {@code text} names; fails for anything but an address literal with or without /n. */
  static IpRange parse(String text) {
    int slash = text.indexOf('/');
    byte[] address = literal(slash < 0 ? text : text.substring(0, slash));
    if (address == null) {
      throw new IllegalArgumentException("not an IP address or CIDR block: " + text);
    }
    int bits = address.length * 8;
    if (slash >= 0) {
      try {
        bits = Integer.parseInt(text.substring(slash + 1));
      } catch (NumberFormatException e) {
        bits = -1;
      }
      if (bits < 0 || bits > address.length * 8) {
        throw new IllegalArgumentException("not a prefix length for this address: " + text);
      }
    }
    return new IpRange(address, bits);
  }

  /** The address in Java's text form, so that one address has one spelling; null if not one. */
  static String normalize(String text) {
    byte[] address = literal(text);
    if (address == null) {
      return null;
    }
    try {
      return InetAddress.getByAddress(address).getHostAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }

  boolean contains(String ipAddress) {
    byte[] address = ipAddress == null ? null : literal(ipAddress);
    if (address == null || address.length != network.length) {
      return false;
    }
    int full = prefixBits / 8;
    for (int i = 0; i < full; i++) {
      if (address[i] != network[i]) {
        return false;
      }
    }
    int rest = prefixBits % 8;
    if (rest == 0) {
      return true;
    }
    int mask = 0xFF << (8 - rest);
    return (address[full] & mask) == (network[full] & mask);
  }

  /**
   * The bytes of an address literal, or null. Never a name lookup: IPv4 is parsed here, because
   * {@link InetAddress#getByName} asks DNS for anything it cannot parse; text with a colon it only
   * ever parses as IPv6.
   */
  private static byte[] literal(String text) {
    if (text.indexOf(':') < 0) {
      return ipv4(text);
    }
    if (!text.chars().allMatch(ch -> Character.digit(ch, 16) >= 0 || ch == ':' || ch == '.')) {
      return null;
    }
    try {
      return InetAddress.getByName(text).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private static byte[] ipv4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    byte[] address = new byte[4];
    for (int i = 0; i < 4; i++) {
      String part = parts[i];
      if (part.isEmpty()
          || part.length() > 3
          || !part.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
        return null;
      }
      int value = Integer.parseInt(part);
      if (value > 255) {
        return null;
      }
      address[i] = (byte) value;
    }
    return address;
  }
}
