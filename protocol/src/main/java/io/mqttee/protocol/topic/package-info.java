// SPDX-License-Identifier: Apache-2.0
/** Topic name and topic filter rules: validation, wildcard matching, shared-subscription syntax. */
package io.mqttee.protocol.topic;
