// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.datasource;

import io.mqttee.persistence.DatabaseVendor;
import java.io.PrintWriter;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store's datasource, for {@code @DataSourceDefinition(className = ...)}: the server sets the
 * URL, user and password the annotation gives, and the JVM system properties {@value
 * #URL_PROPERTY}, {@value #USER_PROPERTY} and {@value #PASSWORD_PROPERTY} override them where set.
 * Connections come from H2's or PostgreSQL's own datasource, chosen by the URL, which is resolved
 * at the first connection.
 */
public class ConfiguredDataSource implements DataSource {
  public static final String URL_PROPERTY = "mqttee.db.url";
  public static final String USER_PROPERTY = "mqttee.db.user";
  public static final String PASSWORD_PROPERTY = "mqttee.db.password";

  private static final Logger LOG = System.getLogger(ConfiguredDataSource.class.getName());

  private String url;
  private String user;
  private String password;
  private PrintWriter logWriter;
  private int loginTimeoutSeconds;
  private DataSource delegate;

  public ConfiguredDataSource() {}

  /** The default URL, used unless {@value #URL_PROPERTY} is set. */
  public synchronized void setUrl(String url) {
    this.url = url;
    delegate = null;
  }

  public synchronized String getUrl() {
    return url;
  }

  /** The same as {@link #setUrl}, for servers that set the property {@code URL}. */
  public void setURL(String url) {
    setUrl(url);
  }

  public String getURL() {
    return getUrl();
  }

  /** The default user, used unless {@value #USER_PROPERTY} is set. */
  public synchronized void setUser(String user) {
    this.user = user;
    delegate = null;
  }

  public synchronized String getUser() {
    return user;
  }

  /** The default password, used unless {@value #PASSWORD_PROPERTY} is set. */
  public synchronized void setPassword(String password) {
    this.password = password;
    delegate = null;
  }

  /**
   * The URL connections go to: {@value #URL_PROPERTY} if set, else the one set on this object. An
   * H2 URL gets {@code WRITE_DELAY=0} and {@code DB_CLOSE_ON_EXIT=FALSE} unless it sets them
   * itself, and a relative H2 path is resolved against the server's data directory where the server
   * names one (WildFly).
   */
  public synchronized String resolvedUrl() {
    String chosen = System.getProperty(URL_PROPERTY, url);
    if (chosen != null && DatabaseVendor.ofUrl(chosen).orElse(null) == DatabaseVendor.H2) {
      return H2Url.withStoreSettings(H2Url.resolvedAgainst(chosen, ServerDataDirectory.find()));
    }
    return chosen;
  }

  /** True if a commit must be followed by {@link CommitSync#afterCommit} to be durable. */
  public boolean needsSyncAfterCommit() {
    String target = resolvedUrl();
    return DatabaseVendor.ofUrl(target).orElse(null) == DatabaseVendor.H2
        && !H2Url.isInMemory(target);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate().getConnection();
  }

  /**
   * Connects as {@code username}, unless the system properties name another user: servers pass the
   * user and password of the {@code @DataSourceDefinition} here, and those are defaults too.
   */
  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return delegate()
        .getConnection(
            System.getProperty(USER_PROPERTY, username),
            System.getProperty(PASSWORD_PROPERTY, password));
  }

  @Override
  public synchronized PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public synchronized void setLogWriter(PrintWriter out) throws SQLException {
    logWriter = out;
    if (delegate != null) {
      delegate.setLogWriter(out);
    }
  }

  @Override
  public synchronized int getLoginTimeout() {
    return loginTimeoutSeconds;
  }

  @Override
  public synchronized void setLoginTimeout(int seconds) throws SQLException {
    loginTimeoutSeconds = seconds;
    if (delegate != null) {
      delegate.setLoginTimeout(seconds);
    }
  }

  @Override
  public java.util.logging.Logger getParentLogger() {
    return java.util.logging.Logger.getLogger(ConfiguredDataSource.class.getPackageName());
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return iface.isInstance(this) ? iface.cast(this) : delegate().unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || delegate().isWrapperFor(iface);
  }

  private synchronized DataSource delegate() throws SQLException {
    if (delegate == null) {
      String target = resolvedUrl();
      String effectiveUser = System.getProperty(USER_PROPERTY, user);
      String effectivePassword = System.getProperty(PASSWORD_PROPERTY, password);
      DataSource created = create(target, effectiveUser, effectivePassword);
      created.setLogWriter(logWriter);
      created.setLoginTimeout(loginTimeoutSeconds);
      LOG.log(Level.INFO, "store database {0} as user {1}", withoutPassword(target), effectiveUser);
      delegate = created;
    }
    return delegate;
  }

  private static DataSource create(String url, String user, String password) throws SQLException {
    DatabaseVendor vendor =
        DatabaseVendor.ofUrl(url)
            .orElseThrow(
                () ->
                    new SQLException(
                        "unsupported database URL "
                            + (url == null ? "(none)" : withoutPassword(url))
                            + ": set "
                            + URL_PROPERTY
                            + " to a jdbc:h2: or jdbc:postgresql: URL"));
    return switch (vendor) {
      case H2 -> h2(url, user, password);
      case POSTGRESQL -> postgresql(url, user, password);
    };
  }

  private static DataSource h2(String url, String user, String password) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    h2.setUser(user == null ? "" : user);
    h2.setPassword(password == null ? "" : password);
    return h2;
  }

  private static DataSource postgresql(String url, String user, String password)
      throws SQLException {
    PGSimpleDataSource postgresql = new PGSimpleDataSource();
    try {
      postgresql.setURL(url);
    } catch (IllegalArgumentException e) {
      throw new SQLException("invalid PostgreSQL URL " + withoutPassword(url), e);
    }
    if (user != null) {
      postgresql.setUser(user);
    }
    if (password != null) {
      postgresql.setPassword(password);
    }
    return postgresql;
  }

  /** The URL as it may be logged: a password given in it is masked. */
  static String withoutPassword(String url) {
    return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
  }
}
