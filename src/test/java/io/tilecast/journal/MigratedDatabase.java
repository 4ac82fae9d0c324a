package io.tilecast.journal;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.tilecast.database.DatabaseUrl;
import io.tilecast.support.RestartablePostgres;
import io.tilecast.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * A database with Tilecast's schema, for journals built by hand rather than by the application:
 * an R2DBC pool for the journal, and plain JDBC for the test to look at what it wrote.
 */
record MigratedDatabase(DatabaseUrl url) {

    static MigratedDatabase fresh() {
        return migrate(TestDatabase.fresh());
    }

    static MigratedDatabase migrate(DatabaseUrl url) {
        Flyway.configure().dataSource(url.jdbcUrl(), url.user(), url.password())
                .locations("classpath:db/migration").load().migrate();
        return new MigratedDatabase(url);
    }

    /** A pool shaped like the application's primary pool. */
    ConnectionPool pool() {
        ConnectionFactoryOptions.Builder options = ConnectionFactoryOptions.parse(url.r2dbcUrl()).mutate()
                .option(ConnectionFactoryOptions.USER, url.user());
        if (url.password() != null && !url.password().isEmpty()) {
            options.option(ConnectionFactoryOptions.PASSWORD, url.password());
        }
        return new ConnectionPool(ConnectionPoolConfiguration.builder(ConnectionFactories.get(options.build()))
                .initialSize(1).maxSize(4).build());
    }

    long count(String sql) {
        return RestartablePostgres.count(url, sql);
    }

    void execute(String sql) {
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
