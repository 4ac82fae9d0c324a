package io.tilecast.database;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.time.Duration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.r2dbc.core.DatabaseClient;

/** The nearest PostgreSQL member (this region's read replica on fly), for reads that may lag a little. */
public final class LocalDatabase implements DisposableBean {

    private final ConnectionPool pool;
    private final DatabaseClient client;
    private final String description;

    LocalDatabase(String r2dbcUrl, String user, String password, int maxSize, Duration wait, String description) {
        ConnectionFactoryOptions.Builder options = ConnectionFactoryOptions.parse(r2dbcUrl).mutate();
        if (!user.isEmpty()) {
            options.option(ConnectionFactoryOptions.USER, user);
        }
        if (!password.isEmpty()) {
            options.option(ConnectionFactoryOptions.PASSWORD, password);
        }
        this.pool = new ConnectionPool(ConnectionPoolConfiguration.builder(ConnectionFactories.get(options.build()))
                .name("local")
                .initialSize(1)
                .maxSize(maxSize)
                .maxIdleTime(Duration.ofMinutes(10))
                .maxAcquireTime(wait)
                .maxCreateConnectionTime(wait)
                .build());
        this.client = DatabaseClient.create(pool);
        this.description = description;
    }

    public DatabaseClient client() {
        return client;
    }

    /** Where reads go, without credentials. */
    public String description() {
        return description;
    }

    @Override
    public void destroy() {
        pool.dispose();
    }
}
