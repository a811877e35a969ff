// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.codec;

/** What {@link SnDecoder} made of one datagram: a message ({@link SnDecoded}) or why not. */
public sealed interface SnDecodeResult permits SnDecoded, SnDecodeFailure {}
