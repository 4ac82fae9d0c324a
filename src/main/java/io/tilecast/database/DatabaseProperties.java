package io.tilecast.database;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the databases are.
 *
 * @param url the primary (writable) database as {@code postgres://user:pass@host:port/db}; fly sets
 *     it as {@code DATABASE_URL}. When empty, {@code spring.r2dbc.*} is used, else an embedded server.
 * @param readUrl the local member for reads ({@code DATABASE_READ_URL}); empty means the primary
 * @param readPoolSize the most connections the local read pool opens
 * @param readWait how long a read waits for a connection of the local pool (or to open one)
 *     before it fails, so that a request is refused rather than left hanging
 */
@ConfigurationProperties("tilecast.database")
public record DatabaseProperties(String url, String readUrl, @DefaultValue("10") int readPoolSize,
                                 @DefaultValue("5s") Duration readWait) {
}
