// SPDX-License-Identifier: Apache-2.0
/**
 * The application bench/run-enterprise.sh deploys beside the broker: it counts what its beans
 * receive and publishes through the application connection factory on request.
 */
package io.mqttee.bench.app;
