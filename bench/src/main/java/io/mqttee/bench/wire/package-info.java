// SPDX-License-Identifier: Apache-2.0
/** Client-side wire work: pre-encoded packets, frame scanning and the connect handshake. */
package io.mqttee.bench.wire;
