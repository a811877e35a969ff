// SPDX-License-Identifier: Apache-2.0
/** The publisher and subscriber event loops, flow control and one measured run. */
package io.mqttee.bench.load;
