// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.security;

import io.mqttee.broker.admin.ConflictException;
import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.broker.admin.NotFoundException;
import io.mqttee.broker.auth.PasswordHash;
import io.mqttee.persistence.admin.AdminUser;
import io.mqttee.persistence.admin.AdminUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The administrators of the console and the REST API. When there is none (the first start), {@code
 * admin} with the password {@code public} (or {@code -Dmqttee.admin.initial-password}) is created,
 * and must choose a new password at the first login.
 */
@ApplicationScoped
@Transactional
public class AdminAccounts {
  static final String INITIAL_USERNAME = "admin";
  static final String INITIAL_PASSWORD_PROPERTY = "mqttee.admin.initial-password";
  private static final Logger LOG = System.getLogger(AdminAccounts.class.getName());

  @PersistenceContext(unitName = "mqttee")
  EntityManager em;

  /** A hash no password matches, so that an unknown name costs as much as a wrong password. */
  private final String unknownUserHash = PasswordHash.of("unknown user".toCharArray());

  private AdminUserRepository repository() {
    return new AdminUserRepository(em);
  }

  /** The account, if the name and password are right. */
  public Optional<AdminAccount> verify(String username, char[] password) {
    createInitialIfNone();
    Optional<AdminUser> user = repository().find(username);
    String stored = user.map(AdminUser::getPasswordHash).orElse(unknownUserHash);
    boolean matches = PasswordHash.verify(password, stored);
    return matches ? user.map(AdminAccounts::view) : Optional.empty();
  }

  public Optional<AdminAccount> find(String username) {
    return repository().find(username).map(AdminAccounts::view);
  }

  /** Every administrator, by name. */
  public List<AdminAccount> list() {
    createInitialIfNone();
    return repository().findAll().stream().map(AdminAccounts::view).toList();
  }

  /** A new administrator, who must change the password at the first login. */
  public AdminAccount create(String username, char[] password) {
    AdminNames.checkUsername(username);
    AdminNames.checkNewPassword(password);
    if (repository().find(username).isPresent()) {
      throw new ConflictException("administrator " + username + " exists");
    }
    AdminUser user = new AdminUser(username, PasswordHash.of(password), true, now());
    repository().insert(user);
    LOG.log(Level.INFO, "administrator {0} created", username);
    return view(user);
  }

  /** The administrator's own change: clears the must-change flag. */
  public void changePassword(String username, char[] oldPassword, char[] newPassword) {
    AdminUser user = lockedUser(username);
    if (oldPassword == null || !PasswordHash.verify(oldPassword, user.getPasswordHash())) {
      throw new InvalidInputException("the old password is wrong");
    }
    AdminNames.checkNewPassword(newPassword);
    if (Arrays.equals(oldPassword, newPassword)) {
      throw new InvalidInputException("the new password must differ from the old one");
    }
    user.setPassword(PasswordHash.of(newPassword), false);
    LOG.log(Level.INFO, "administrator {0} changed the password", username);
  }

  /** Another administrator's reset: the owner must change it at the next login. */
  public void resetPassword(String username, char[] newPassword) {
    AdminUser user = lockedUser(username);
    AdminNames.checkNewPassword(newPassword);
    user.setPassword(PasswordHash.of(newPassword), true);
    LOG.log(Level.INFO, "password of administrator {0} reset", username);
  }

  public void delete(String username) {
    AdminUser user = lockedUser(username);
    if (repository().count() <= 1) {
      throw new InvalidInputException("the last administrator cannot be deleted");
    }
    repository().delete(user);
    LOG.log(Level.INFO, "administrator {0} deleted", username);
  }

  /** Creates the initial administrator when there is none; does nothing otherwise. */
  public void createInitialIfNone() {
    if (repository().count() > 0) {
      return;
    }
    String password = System.getProperty(INITIAL_PASSWORD_PROPERTY, "public");
    repository()
        .insert(
            new AdminUser(INITIAL_USERNAME, PasswordHash.of(password.toCharArray()), true, now()));
    LOG.log(
        Level.WARNING,
        "no administrator found: created \"{0}\" with the initial password ({1}), which must be"
            + " changed at the first login",
        INITIAL_USERNAME,
        System.getProperty(INITIAL_PASSWORD_PROPERTY) == null
            ? "\"public\""
            : "-D" + INITIAL_PASSWORD_PROPERTY);
  }

  private AdminUser lockedUser(String username) {
    return repository()
        .findForUpdate(username)
        .orElseThrow(() -> new NotFoundException("no administrator " + username));
  }

  private static AdminAccount view(AdminUser user) {
    return new AdminAccount(
        user.getUsername(), user.isMustChangePassword(), user.getCreatedAtMillis());
  }

  private static long now() {
    return System.currentTimeMillis();
  }
}
