package org.example.observable.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** What the database holds, read with plain JDBC (autocommit), so tests see only committed rows. */
public final class DatabaseRows {

    private DatabaseRows() {
    }

    public static long count(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        return Long.parseLong(strings(dataSource, sql, parameters).get(0));
    }

    /** The first column of every row, as text. */
    public static List<String> strings(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        }
    }
}
