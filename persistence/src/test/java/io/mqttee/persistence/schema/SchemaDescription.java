// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The MQTTee tables of a database as JDBC metadata tells them: columns with position, type, size
 * and nullability, and the columns of each index. Index names are left out: the database makes them
 * up.
 */
final class SchemaDescription {
  private SchemaDescription() {}

  static List<String> of(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      List<String> lines = new ArrayList<>();
      for (String table : tables(c, meta)) {
        lines.addAll(columns(c, meta, table));
        lines.addAll(indexes(c, meta, table));
      }
      return lines;
    }
  }

  static List<String> tables(Connection c, DatabaseMetaData meta) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs =
        meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        if (name.toLowerCase(Locale.ROOT).startsWith("mqttee_")
            && !name.equalsIgnoreCase(SchemaMigrations.HISTORY_TABLE)) {
          tables.add(name);
        }
      }
    }
    tables.sort(null);
    return tables;
  }

  private static List<String> columns(Connection c, DatabaseMetaData meta, String table)
      throws SQLException {
    List<String> lines = new ArrayList<>();
    try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), table, "%")) {
      while (rs.next()) {
        lines.add(
            String.join(
                " ",
                table + "." + rs.getString("COLUMN_NAME"),
                "#" + rs.getInt("ORDINAL_POSITION"),
                rs.getString("TYPE_NAME") + "(" + rs.getLong("COLUMN_SIZE") + ")",
                rs.getString("IS_NULLABLE").equals("YES") ? "null" : "not null"));
      }
    }
    lines.sort(null);
    return lines;
  }

  private static List<String> indexes(Connection c, DatabaseMetaData meta, String table)
      throws SQLException {
    Map<String, TreeMap<Integer, String>> columnsByIndex = new TreeMap<>();
    Map<String, Boolean> unique = new TreeMap<>();
    try (ResultSet rs = meta.getIndexInfo(c.getCatalog(), c.getSchema(), table, false, false)) {
      while (rs.next()) {
        String index = rs.getString("INDEX_NAME");
        if (index == null) {
          continue;
        }
        columnsByIndex
            .computeIfAbsent(index, i -> new TreeMap<>())
            .put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
        unique.put(index, !rs.getBoolean("NON_UNIQUE"));
      }
    }
    List<String> lines = new ArrayList<>();
    columnsByIndex.forEach(
        (index, columns) ->
            lines.add(
                table
                    + (unique.get(index) ? " unique index " : " index ")
                    + String.join(", ", columns.values())));
    try (ResultSet rs = meta.getPrimaryKeys(c.getCatalog(), c.getSchema(), table)) {
      TreeMap<Integer, String> key = new TreeMap<>();
      while (rs.next()) {
        key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
      }
      lines.add(table + " primary key " + String.join(", ", key.values()));
    }
    lines.sort(null);
    return lines;
  }
}
