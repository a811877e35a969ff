// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** COMPILE-ONLY STUB, replaced by the security API's implementation. */
@ApplicationScoped
public class AdminAccounts {

  public Optional<AdminAccount> verify(String username, char[] password) {
    throw new UnsupportedOperationException("stub");
  }

  public Optional<AdminAccount> find(String username) {
    throw new UnsupportedOperationException("stub");
  }

  public List<AdminAccount> list() {
    throw new UnsupportedOperationException("stub");
  }

  public AdminAccount create(String username, char[] password) {
    throw new UnsupportedOperationException("stub");
  }

  public void changePassword(String username, char[] oldPassword, char[] newPassword) {
    throw new UnsupportedOperationException("stub");
  }

  public void resetPassword(String username, char[] newPassword) {
    throw new UnsupportedOperationException("stub");
  }

  public void delete(String username) {
    throw new UnsupportedOperationException("stub");
  }
}
