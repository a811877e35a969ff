// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** COMPILE-ONLY STUB, replaced by the security API's implementation. */
@ApplicationScoped
public class ApiKeys {

  public NewApiKey create(String name, long expiresAtMillis, String createdBy) {
    throw new UnsupportedOperationException("stub");
  }

  public List<ApiKeyView> list() {
    throw new UnsupportedOperationException("stub");
  }

  public void delete(String keyId) {
    throw new UnsupportedOperationException("stub");
  }
}
