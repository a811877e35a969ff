// SPDX-License-Identifier: Apache-2.0
package io.mqttee.example.sensors;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The example's REST endpoints, under {@code /sensors/api}. */
@ApplicationPath("api")
public class SensorsApplication extends Application {}
