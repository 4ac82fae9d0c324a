package io.tilecast.database;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the databases are. */
@ConfigurationProperties("tilecast.database")
public record DatabaseProperties(String url, String readUrl, @DefaultValue("10") int readPoolSize,
                                 @DefaultValue("5s") Duration readWait) {
}
