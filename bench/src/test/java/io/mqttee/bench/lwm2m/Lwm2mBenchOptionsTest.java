// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.lwm2m;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class Lwm2mBenchOptionsTest {

  @Test
  void defaultsToAHundredDevicesOnTheStandardPortsReadingTheManufacturer() {
    Lwm2mBenchOptions options = Lwm2mBenchOptions.parse();
    assertEquals(100, options.clients());
    assertEquals(1883, options.port());
    assertEquals(5683, options.lwm2mPort());
    assertEquals("/3/0/0", options.readPath());
    assertEquals(64, options.window());
    assertEquals(Duration.ofSeconds(10), options.duration());
  }

  @Test
  void takesItsSettingsFromTheCommandLine() {
    Lwm2mBenchOptions options =
        Lwm2mBenchOptions.parse(
            "--clients=500", "--lwm2m-port", "15683", "--window", "8", "--path=/3/0/9");
    assertEquals(500, options.clients());
    assertEquals(15683, options.lwm2mPort());
    assertEquals(8, options.window());
    assertEquals("/3/0/9", options.readPath());
  }

  @Test
  void refusesAnotherMachineAPathThatIsNoLwm2mPathAndTooManyDevices() {
    assertThrows(
        IllegalArgumentException.class, () -> Lwm2mBenchOptions.parse("--host", "192.0.2.1"));
    assertThrows(IllegalArgumentException.class, () -> Lwm2mBenchOptions.parse("--path=/a/b"));
    assertThrows(IllegalArgumentException.class, () -> Lwm2mBenchOptions.parse("--clients=0"));
    assertThrows(IllegalArgumentException.class, () -> Lwm2mBenchOptions.parse("--qos=1"));
  }
}
