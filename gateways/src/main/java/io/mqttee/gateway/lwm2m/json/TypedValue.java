// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import org.eclipse.leshan.core.model.ResourceModel.Type;

/** A resource value of a command, as Leshan's nodes take it (Long, Double, Date, byte[], ...). */
record TypedValue(Type type, Object value) {}
