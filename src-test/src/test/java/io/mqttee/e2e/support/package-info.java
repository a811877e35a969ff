// SPDX-License-Identifier: Apache-2.0
/** Test clients and the deployed broker's coordinates, shared by the end-to-end tests. */
package io.mqttee.e2e.support;
