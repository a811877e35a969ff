// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.leshan.client.resource.BaseInstanceEnabler;
import org.eclipse.leshan.client.servers.ServerIdentity;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.model.ResourceModel.Type;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.response.ExecuteResponse;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.core.response.WriteResponse;

/**
 * The device's Device object instance (/3/0) with values the test sets and reads: the writable
 * resources keep what the server writes, {@link #batteryLevel(long)} changes an observable value,
 * and every Execute is recorded with its arguments.
 */
public final class Lwm2mDeviceObject extends BaseInstanceEnabler {

  public static final String MANUFACTURER = "MQTTee";
  public static final String MODEL = "lwm2m-e2e";
  public static final Map<Integer, Long> POWER_SOURCES = Map.of(0, 1L, 1, 5L);
  public static final Map<Integer, Long> VOLTAGES = Map.of(0, 3800L, 1, 5000L);
  public static final long START_TIME = 1_700_000_000L;

  /** Resources that exist in this instance: what Discover lists. */
  public static final List<Integer> RESOURCES = List.of(0, 1, 2, 3, 4, 6, 7, 9, 11, 13, 14, 15, 16);

  /** An Execute the device received. */
  public record Execution(int resourceId, String arguments) {}

  private final String serialNumber;
  private final BlockingQueue<Execution> executions = new LinkedBlockingQueue<>();
  private volatile long batteryLevel = 87;
  private volatile long currentTime = START_TIME;
  private volatile String utcOffset = "+01:00";
  private volatile String timezone = "Europe/Paris";

  /** For Leshan's object initializer, which wants a way to make instances; never registered. */
  public Lwm2mDeviceObject() {
    this("none");
  }

  public Lwm2mDeviceObject(String serialNumber) {
    super(0);
    this.serialNumber = serialNumber;
  }

  public String serialNumber() {
    return serialNumber;
  }

  public String utcOffset() {
    return utcOffset;
  }

  public String timezone() {
    return timezone;
  }

  /** Current Time (/3/0/13) in seconds, as the server last wrote it. */
  public long currentTime() {
    return currentTime;
  }

  /** Sets Battery Level (/3/0/9) and tells observers it changed. */
  public void batteryLevel(long percent) {
    batteryLevel = percent;
    fireResourceChange(9);
  }

  /** The next Execute the device received, or null when none came within {@code timeout}. */
  public Execution nextExecution(Duration timeout) throws InterruptedException {
    return executions.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public ReadResponse read(ServerIdentity identity, int resourceId) {
    return switch (resourceId) {
      case 0 -> ReadResponse.success(resourceId, MANUFACTURER);
      case 1 -> ReadResponse.success(resourceId, MODEL);
      case 2 -> ReadResponse.success(resourceId, serialNumber);
      case 3 -> ReadResponse.success(resourceId, "1.0.0");
      case 6 -> ReadResponse.success(resourceId, POWER_SOURCES, Type.INTEGER);
      case 7 -> ReadResponse.success(resourceId, VOLTAGES, Type.INTEGER);
      case 9 -> ReadResponse.success(resourceId, batteryLevel);
      case 11 -> ReadResponse.success(resourceId, Map.of(0, 0L), Type.INTEGER);
      case 13 -> ReadResponse.success(resourceId, new Date(currentTime * 1000));
      case 14 -> ReadResponse.success(resourceId, utcOffset);
      case 15 -> ReadResponse.success(resourceId, timezone);
      case 16 -> ReadResponse.success(resourceId, "U");
      default -> super.read(identity, resourceId);
    };
  }

  @Override
  public WriteResponse write(
      ServerIdentity identity, boolean replace, int resourceId, LwM2mResource value) {
    switch (resourceId) {
      case 13 -> currentTime = ((Date) value.getValue()).getTime() / 1000;
      case 14 -> utcOffset = (String) value.getValue();
      case 15 -> timezone = (String) value.getValue();
      default -> {
        return super.write(identity, replace, resourceId, value);
      }
    }
    fireResourceChange(resourceId);
    return WriteResponse.success();
  }

  @Override
  public ExecuteResponse execute(ServerIdentity identity, int resourceId, String arguments) {
    if (resourceId != 4) {
      return super.execute(identity, resourceId, arguments);
    }
    executions.add(new Execution(resourceId, arguments));
    return ExecuteResponse.success();
  }

  @Override
  public List<Integer> getAvailableResourceIds(ObjectModel model) {
    return RESOURCES;
  }
}
