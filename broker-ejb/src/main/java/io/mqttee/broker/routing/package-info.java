// SPDX-License-Identifier: Apache-2.0
/** Topic-tree routing: which sessions a PUBLISH goes to. */
package io.mqttee.broker.routing;
