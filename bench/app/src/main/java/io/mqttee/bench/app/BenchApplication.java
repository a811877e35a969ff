// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The endpoints under {@code /bench-app/api}. */
@ApplicationPath("api")
public class BenchApplication extends Application {}
