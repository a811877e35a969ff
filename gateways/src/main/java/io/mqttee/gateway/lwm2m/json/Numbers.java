// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Numbers that may come as JSON numbers or as numeric strings ({@code 2} or {@code "2"}). */
final class Numbers {

  private static final BigInteger UNSIGNED_MAX =
      BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private Numbers() {}

  /** A signed 64-bit integer; {@code 5.0} is 5, {@code 5.5} is no integer. */
  static long integer(JsonValue value, String label) {
    BigInteger integer = exactInteger(value, label, "an integer");
    if (integer.bitLength() > 63) {
      throw new InvalidField(label + " is out of the range of a 64-bit integer");
    }
    return integer.longValue();
  }

  /** An integer from 0 to 2^64-1. */
  static BigInteger unsigned(JsonValue value, String label) {
    BigInteger integer = exactInteger(value, label, "an unsigned integer");
    if (integer.signum() < 0 || integer.compareTo(UNSIGNED_MAX) > 0) {
      throw new InvalidField(label + " must be an unsigned integer (0 to 2^64-1)");
    }
    return integer;
  }

  /** A finite number. */
  static double decimal(JsonValue value, String label) {
    double decimal = number(value, label, "a number").doubleValue();
    if (!Double.isFinite(decimal)) {
      throw new InvalidField(label + " is out of the range of a 64-bit float");
    }
    return decimal;
  }

  private static BigInteger exactInteger(JsonValue value, String label, String what) {
    BigDecimal number = number(value, label, what).stripTrailingZeros();
    if (number.scale() > 0) {
      throw new InvalidField(label + " must be " + what + ", not " + number);
    }
    // The bound keeps a huge exponent (1e999999999) from building a huge BigInteger.
    if (number.precision() - number.scale() > 20) {
      throw new InvalidField(label + " is out of the range of a 64-bit integer");
    }
    return number.toBigIntegerExact();
  }

  private static BigDecimal number(JsonValue value, String label, String what) {
    if (value instanceof JsonNumber number) {
      return number.bigDecimalValue();
    }
    if (value instanceof JsonString string) {
      try {
        // BigDecimal, not Double.parseDouble: no "NaN", "Infinity", hex or "1.5f" as numbers.
        return new BigDecimal(string.getString());
      } catch (NumberFormatException e) {
        throw new InvalidField(label + " must be " + what + ", not \"" + string.getString() + "\"");
      }
    }
    throw new InvalidField(label + " must be " + what + " (a JSON number or a numeric string)");
  }
}
