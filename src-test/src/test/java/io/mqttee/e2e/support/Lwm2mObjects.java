// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import io.mqttee.e2e.support.Lwm2mDevice.WrittenAttributes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import org.eclipse.leshan.client.resource.BaseInstanceEnablerFactory;
import org.eclipse.leshan.client.resource.LwM2mInstanceEnabler;
import org.eclipse.leshan.client.resource.LwM2mInstanceEnablerFactory;
import org.eclipse.leshan.client.resource.LwM2mObjectEnabler;
import org.eclipse.leshan.client.resource.ObjectEnabler;
import org.eclipse.leshan.client.resource.ObjectsInitializer;
import org.eclipse.leshan.client.servers.ServerIdentity;
import org.eclipse.leshan.core.model.InvalidDDFFileException;
import org.eclipse.leshan.core.model.InvalidModelException;
import org.eclipse.leshan.core.model.ObjectLoader;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.model.StaticModel;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.WriteAttributesRequest;
import org.eclipse.leshan.core.response.WriteAttributesResponse;

/**
 * Creates a test device's object enablers. Leshan's client (2.0.0-M5) answers every
 * Write-Attributes with 5.00 "not implemented"; these enablers accept it and record the attributes,
 * so a test sees exactly what the server sent.
 */
final class Lwm2mObjects extends ObjectsInitializer {

  private final BlockingQueue<WrittenAttributes> written;

  Lwm2mObjects(List<ObjectModel> models, BlockingQueue<WrittenAttributes> written) {
    super(new StaticModel(models));
    this.written = written;
  }

  /**
   * The OMA core objects Leshan ships, plus the object definitions of {@code ddfResources},
   * validated as the gateway validates the files of its xml_dir.
   */
  static List<ObjectModel> models(List<String> ddfResources) {
    List<ObjectModel> models = new ArrayList<>(ObjectLoader.loadDefault());
    for (String resource : ddfResources) {
      try (InputStream in = Lwm2mObjects.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalArgumentException("no test resource " + resource);
        }
        models.addAll(ObjectLoader.loadDdfFile(in, resource, true));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InvalidDDFFileException | InvalidModelException e) {
        throw new IllegalArgumentException(resource + " is not a valid object definition", e);
      }
    }
    return models;
  }

  @Override
  protected LwM2mObjectEnabler createNodeEnabler(ObjectModel objectModel) {
    Map<Integer, LwM2mInstanceEnabler> instances = new HashMap<>();
    for (LwM2mInstanceEnabler instance : createInstances(objectModel)) {
      if (instance.getId() == null) {
        instance.setId(BaseInstanceEnablerFactory.generateNewInstanceId(instances.keySet()));
      }
      instance.setModel(objectModel);
      instances.put(instance.getId(), instance);
    }
    return new RecordingEnabler(
        objectModel,
        instances,
        getFactoryFor(objectModel),
        getContentFormat(objectModel.id),
        written);
  }

  /** Leshan's object enabler, but Write-Attributes succeeds and is recorded. */
  private static final class RecordingEnabler extends ObjectEnabler {
    private final BlockingQueue<WrittenAttributes> written;

    RecordingEnabler(
        ObjectModel model,
        Map<Integer, LwM2mInstanceEnabler> instances,
        LwM2mInstanceEnablerFactory factory,
        ContentFormat format,
        BlockingQueue<WrittenAttributes> written) {
      super(model.id, model, instances, factory, format);
      this.written = written;
    }

    @Override
    public synchronized WriteAttributesResponse writeAttributes(
        ServerIdentity identity, WriteAttributesRequest request) {
      written.add(
          new WrittenAttributes(
              request.getPath().toString(), Map.copyOf(request.getAttributes().getMap())));
      return WriteAttributesResponse.success();
    }
  }
}
