// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.leshan.client.resource.SimpleInstanceEnabler;
import org.eclipse.leshan.core.node.ObjectLink;

/**
 * Object 32769, "Test Sensor", defined by the test resource {@code /lwm2m/32769.xml} and by no
 * server: one resource of each LWM2M data type, with the values its instance 0 holds and the JSON
 * values the gateway should publish for them.
 */
public final class Lwm2mTestSensor {

  public static final int OBJECT_ID = 32769;
  public static final String DDF_RESOURCE = "/lwm2m/32769.xml";
  private static final byte[] RAW = {0x00, 0x7F, (byte) 0x80, (byte) 0xFF};
  private static final long SAMPLED_AT = 1_700_000_000L;

  private Lwm2mTestSensor() {}

  /** Instance 0 with a value in every resource. */
  public static SimpleInstanceEnabler instance() {
    Map<Integer, Object> values = new HashMap<>();
    values.put(0, "greenhouse");
    values.put(1, true);
    values.put(2, 21.5);
    values.put(3, 42L);
    values.put(4, RAW.clone());
    values.put(5, new ObjectLink(3, 0));
    values.put(6, new Date(SAMPLED_AT * 1000));
    values.put(7, Map.of(0, 10L, 1, 30L));
    return new SimpleInstanceEnabler(0, values);
  }

  /**
   * The values of instance 0 as {@link Lwm2mJson#values} reads them from the gateway's JSON: Opaque
   * as base64, Objlnk as "3:0", Time as seconds, one path per resource instance.
   */
  public static Map<String, Object> expectedValues() {
    String root = "/" + OBJECT_ID + "/0/";
    Map<String, Object> expected = new HashMap<>();
    expected.put(root + "0", "greenhouse");
    expected.put(root + "1", true);
    expected.put(root + "2", 21.5);
    expected.put(root + "3", 42L);
    expected.put(root + "4", Base64.getEncoder().encodeToString(RAW));
    expected.put(root + "5", "3:0");
    expected.put(root + "6", SAMPLED_AT);
    expected.put(root + "7/0", 10L);
    expected.put(root + "7/1", 30L);
    return expected;
  }
}
