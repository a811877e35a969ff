// SPDX-License-Identifier: Apache-2.0
/**
 * A small application that {@code ApplicationBeansIT} deploys beside the broker: beans that answer
 * what they receive on {@code probe/replies/...}, so that tests outside the server see what a bean
 * got, and a servlet that publishes outside any transaction.
 */
package io.mqttee.e2e.probe;
