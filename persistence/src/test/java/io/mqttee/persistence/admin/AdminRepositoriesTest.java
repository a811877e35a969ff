// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.persistence.H2Database;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class AdminRepositoriesTest {
  private final H2Database db = H2Database.inMemory();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void storesAdministratorsByNameAndChangesTheirPasswords() {
    db.inTransaction(em -> new AdminUserRepository(em).insert(new AdminUser("zoe", "h1", true, 5)));
    db.inTransaction(em -> new AdminUserRepository(em).insert(new AdminUser("al", "h2", false, 6)));
    db.inTransaction(
        em ->
            new AdminUserRepository(em)
                .findForUpdate("zoe")
                .orElseThrow()
                .setPassword("h3", false));

    List<AdminUser> all = db.call(em -> new AdminUserRepository(em).findAll());
    assertEquals(List.of("al", "zoe"), all.stream().map(AdminUser::getUsername).toList());
    AdminUser zoe = all.get(1);
    assertEquals("h3", zoe.getPasswordHash());
    assertFalse(zoe.isMustChangePassword());
    assertEquals(5, zoe.getCreatedAtMillis());
    assertEquals(2L, (long) db.call(em -> new AdminUserRepository(em).count()));
  }

  @Test
  void storesAndDeletesApiKeys() {
    db.inTransaction(
        em -> new ApiKeyRepository(em).insert(new ApiKey("k2", "ci", "hash", "admin", 20, 0)));
    db.inTransaction(
        em -> new ApiKeyRepository(em).insert(new ApiKey("k1", "grafana", "hash", "bob", 10, 99)));

    List<ApiKey> all = db.call(em -> new ApiKeyRepository(em).findAll());
    assertEquals(List.of("k1", "k2"), all.stream().map(ApiKey::getKeyId).toList());
    assertEquals(99, all.get(0).getExpiresAtMillis());
    assertEquals("bob", all.get(0).getCreatedBy());
    assertTrue((boolean) db.call(em -> new ApiKeyRepository(em).delete("k1")));
    assertFalse((boolean) db.call(em -> new ApiKeyRepository(em).delete("k1")));
    assertEquals(1, db.call(em -> new ApiKeyRepository(em).findAll()).size());
  }
}
