// SPDX-License-Identifier: Apache-2.0
/** Headless Chromium, driven by Selenium, and the product pages it opens in browser tests. */
package io.mqttee.e2e.browser;
