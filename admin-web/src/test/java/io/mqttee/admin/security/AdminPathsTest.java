// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class AdminPathsTest {

  @Test
  void anAdministratorWhoMustChangeThePasswordMayOnlyChangeTheirOwn() {
    assertTrue(AdminPaths.isOwnPasswordChange("PUT", "/api/v1/admins/admin/password", "admin"));
    assertTrue(AdminPaths.isOwnPasswordChange("PUT", "/api/v1/admins/a%20b/password", "a b"));
    assertFalse(AdminPaths.isOwnPasswordChange("GET", "/api/v1/admins/admin/password", "admin"));
    assertFalse(AdminPaths.isOwnPasswordChange("PUT", "/api/v1/admins/bob/password", "admin"));
    assertFalse(AdminPaths.isOwnPasswordChange("PUT", "/api/v1/admins/admin", "admin"));
    assertFalse(AdminPaths.isOwnPasswordChange("PUT", "/api/v1/admins/x/admin/password", "admin"));
    assertFalse(AdminPaths.isOwnPasswordChange("PUT", "/api/v1/admins//password", ""));
    assertFalse(AdminPaths.isOwnPasswordChange("PUT", "/api/v1/admins/%zz/password", "%zz"));
  }

  @Test
  void beforeThePasswordChangeOnlyTheConsolesChangeLoginAndLogoutPagesOpen() {
    assertTrue(AdminPaths.allowedBeforePasswordChange("/console/change-password.xhtml"));
    assertTrue(AdminPaths.allowedBeforePasswordChange("/console/login.xhtml"));
    assertTrue(AdminPaths.allowedBeforePasswordChange("/console/logout"));
    assertTrue(AdminPaths.allowedBeforePasswordChange("/jakarta.faces.resource/x.css.xhtml"));
    assertFalse(AdminPaths.allowedBeforePasswordChange("/console/index.xhtml"));
    assertFalse(AdminPaths.allowedBeforePasswordChange("/console/"));
    assertFalse(AdminPaths.allowedBeforePasswordChange("/console"));
  }
}
