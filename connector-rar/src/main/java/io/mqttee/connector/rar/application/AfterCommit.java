// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.application;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Holds a publish made inside a JTA transaction until the transaction commits, through a
 * transaction synchronization. A synchronization and not an XAResource: the broker takes no part in
 * the outcome and has nothing to prepare, so the message is simply routed after the commit, or
 * dropped on rollback. The price, written down in the README: a server crash between the commit and
 * the routing loses the message, as with any after-commit notification.
 */
final class AfterCommit {

  private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";
  private static volatile TransactionSynchronizationRegistry registry;

  private AfterCommit() {}

  /**
   * Defers {@code publish} to the commit of the caller's transaction.
   *
   * @return false when the caller has no transaction: publish now
   */
  static boolean defer(Runnable publish) {
    TransactionSynchronizationRegistry transactions = registry();
    if (transactions == null) {
      return false;
    }
    int status = transactions.getTransactionStatus();
    if (status == Status.STATUS_NO_TRANSACTION) {
      return false;
    }
    if (status == Status.STATUS_MARKED_ROLLBACK) {
      return true;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // nothing to vote on
          }

          @Override
          public void afterCompletion(int outcome) {
            if (outcome == Status.STATUS_COMMITTED) {
              publish.run();
            }
          }
        });
    return true;
  }

  private static TransactionSynchronizationRegistry registry() {
    TransactionSynchronizationRegistry known = registry;
    if (known == null) {
      try {
        known = InitialContext.doLookup(REGISTRY);
        registry = known;
      } catch (NamingException e) {
        return null;
      }
    }
    return known;
  }
}
