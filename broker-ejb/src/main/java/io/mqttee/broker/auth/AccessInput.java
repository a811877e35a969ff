// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import io.mqttee.broker.admin.BanDraft;
import io.mqttee.broker.admin.BanView;
import io.mqttee.broker.admin.InvalidInputException;

/** Checks user names, passwords and bans an administrator gives, and says what is wrong. */
final class AccessInput {
  static final int MAX_NAME_LENGTH = 256;
  static final int MAX_PASSWORD_LENGTH = 1024;
  static final int MAX_REASON_LENGTH = 1024;

  private AccessInput() {}

  static String username(String username) {
    if (username == null || username.isEmpty()) {
      throw new InvalidInputException("the user name is empty");
    }
    if (username.length() > MAX_NAME_LENGTH) {
      throw new InvalidInputException(
          "the user name is longer than " + MAX_NAME_LENGTH + " characters");
    }
    return username;
  }

  static char[] password(char[] password) {
    if (password == null || password.length == 0) {
      throw new InvalidInputException("the password is empty");
    }
    if (password.length > MAX_PASSWORD_LENGTH) {
      throw new InvalidInputException(
          "the password is longer than " + MAX_PASSWORD_LENGTH + " characters");
    }
    return password;
  }

  /** The ban as it is stored: an IP address in its one spelling. */
  static BanDraft ban(BanDraft ban, long nowMillis) {
    if (ban == null || ban.kind() == null) {
      throw new InvalidInputException("a ban needs a kind: clientid, username or ipaddress");
    }
    String value = banValue(ban.kind(), ban.value());
    if (ban.reason() != null && ban.reason().length() > MAX_REASON_LENGTH) {
      throw new InvalidInputException(
          "the reason is longer than " + MAX_REASON_LENGTH + " characters");
    }
    if (ban.untilMillis() < 0 || (ban.untilMillis() != 0 && ban.untilMillis() <= nowMillis)) {
      throw new InvalidInputException("a ban must end in the future, or never (0)");
    }
    return new BanDraft(ban.kind(), value, ban.reason(), ban.untilMillis());
  }

  /** The value as bans are keyed: an IP address in Java's text form. */
  static String banValue(BanView.Kind kind, String value) {
    if (kind == null) {
      throw new InvalidInputException("a ban needs a kind: clientid, username or ipaddress");
    }
    if (value == null || value.isEmpty()) {
      throw new InvalidInputException("a ban needs the value it bans");
    }
    if (value.length() > MAX_NAME_LENGTH) {
      throw new InvalidInputException(
          "the banned value is longer than " + MAX_NAME_LENGTH + " characters");
    }
    if (kind != BanView.Kind.IPADDRESS) {
      return value;
    }
    String address = IpRange.normalize(value);
    if (address == null) {
      throw new InvalidInputException("not an IP address: " + value);
    }
    return address;
  }
}
