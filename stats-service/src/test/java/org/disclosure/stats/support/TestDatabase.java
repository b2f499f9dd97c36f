package org.disclosure.stats.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Plain JDBC on the test's database, for fixtures that the service's API cannot make (bulk rows, stale job rows). */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static void execute(String sql) throws SQLException {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
