// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.security;

import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.broker.admin.NotFoundException;
import io.mqttee.persistence.admin.ApiKey;
import io.mqttee.persistence.admin.ApiKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;

/**
 * API keys: programs authenticate with {@code keyId:secret} as HTTP Basic user and password, as in
 * EMQX 5. The secret is shown once and stored as a hash.
 */
@ApplicationScoped
@Transactional
public class ApiKeys {
  private static final Logger LOG = System.getLogger(ApiKeys.class.getName());

  @PersistenceContext(unitName = "mqttee")
  EntityManager em;

  private final SecretHash hashes = new SecretHash();

  private ApiKeyRepository repository() {
    return new ApiKeyRepository(em);
  }

  /**
   * @param expiresAtMillis epoch milliseconds, 0 for never
   */
  public NewApiKey create(String name, long expiresAtMillis, String createdBy) {
    if (name == null || name.isBlank() || name.length() > ApiKey.NAME_LENGTH) {
      throw new InvalidInputException(
          "name must be 1 to " + ApiKey.NAME_LENGTH + " characters long");
    }
    long now = System.currentTimeMillis();
    if (expiresAtMillis < 0 || (expiresAtMillis != 0 && expiresAtMillis <= now)) {
      throw new InvalidInputException("the expiry must be in the future");
    }
    String keyId = SecretHash.randomToken(12);
    String secret = SecretHash.randomToken(32);
    ApiKey key = new ApiKey(keyId, name, hashes.hash(secret), createdBy, now, expiresAtMillis);
    repository().insert(key);
    LOG.log(Level.INFO, "API key {0} ({1}) created by {2}", keyId, name, createdBy);
    return new NewApiKey(view(key), secret);
  }

  /** Every key, oldest first. */
  public List<ApiKeyView> list() {
    return repository().findAll().stream().map(ApiKeys::view).toList();
  }

  public void delete(String keyId) {
    if (!repository().delete(keyId)) {
      throw new NotFoundException("no API key " + keyId);
    }
    LOG.log(Level.INFO, "API key {0} deleted", keyId);
  }

  /** The key, if it exists, has not expired, and {@code secret} is its secret. */
  public Optional<ApiKeyView> verify(String keyId, String secret) {
    if (keyId == null || keyId.length() > ApiKey.KEY_ID_LENGTH) {
      return Optional.empty();
    }
    return repository()
        .find(keyId)
        .filter(key -> hashes.verify(secret, key.getSecretHash()))
        .map(ApiKeys::view)
        .filter(key -> !key.expiredAt(System.currentTimeMillis()));
  }

  private static ApiKeyView view(ApiKey key) {
    return new ApiKeyView(
        key.getKeyId(),
        key.getName(),
        key.getCreatedBy(),
        key.getCreatedAtMillis(),
        key.getExpiresAtMillis());
  }
}
