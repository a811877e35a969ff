// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.datagram;

/**
 * How a datagram listener starts.
 *
 * @param kind which listener
 * @param address where it binds and broadcasts; a port of 0 or less disables it, and it starts
 *     later on its kind's standard port
 * @param maxDatagramSize the receive buffer per datagram; a longer datagram is cut to it (UDP
 *     itself carries at most 65,507 bytes over IPv4, so the default of 65,535 cuts nothing)
 */
public record DatagramSettings(DatagramKind kind, DatagramAddress address, int maxDatagramSize) {

  public static final int DEFAULT_MAX_DATAGRAM_SIZE = 65_535;

  public DatagramSettings {
    if (maxDatagramSize < 1 || maxDatagramSize > DEFAULT_MAX_DATAGRAM_SIZE) {
      throw new IllegalArgumentException(
          "the maximum datagram size must be 1 to 65535 bytes, not " + maxDatagramSize);
    }
  }

  /** Whether the configuration disables the listener. */
  public boolean disabled() {
    return address.port() <= 0;
  }

  /** Where the listener binds when started: a disabled one on its kind's standard port. */
  public DatagramAddress startAddress() {
    return disabled()
        ? new DatagramAddress(address.host(), kind.standardPort(), address.broadcast())
        : address;
  }
}
