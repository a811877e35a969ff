// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.security;

import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.persistence.admin.AdminUser;

/** The rules for administrator names and passwords. */
final class AdminNames {
  static final int MIN_PASSWORD_LENGTH = 8;
  static final int MAX_PASSWORD_LENGTH = 1024;

  private AdminNames() {}

  /** A name that fits its column and HTTP Basic (which ends the name at the first colon). */
  static String checkUsername(String username) {
    if (username == null || username.isBlank()) {
      throw new InvalidInputException("username must not be empty");
    }
    if (username.length() > AdminUser.USERNAME_LENGTH) {
      throw new InvalidInputException(
          "username must be at most " + AdminUser.USERNAME_LENGTH + " characters");
    }
    if (username.indexOf(':') >= 0 || username.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidInputException("username must not contain ':' or control characters");
    }
    return username;
  }

  static char[] checkNewPassword(char[] password) {
    if (password == null || password.length < MIN_PASSWORD_LENGTH) {
      throw new InvalidInputException(
          "password must be at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    if (password.length > MAX_PASSWORD_LENGTH) {
      throw new InvalidInputException(
          "password must be at most " + MAX_PASSWORD_LENGTH + " characters");
    }
    return password;
  }
}
