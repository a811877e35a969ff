// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import io.mqttee.e2e.support.Database;

/** The crash rounds with the broker's default store, the embedded H2 database. */
class CrashSafetyOnH2IT extends CrashSafetyIT {

  @Override
  Database database() {
    return Database.H2;
  }
}
