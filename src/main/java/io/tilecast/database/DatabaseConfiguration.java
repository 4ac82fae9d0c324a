package io.tilecast.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/** The second pool. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    LocalDatabase localDatabase(DatabaseProperties properties, Environment env) {
        if (StringUtils.hasText(properties.readUrl())) {
            DatabaseUrl url = DatabaseUrl.parse(properties.readUrl());
            return new LocalDatabase(url.r2dbcUrl(), nullToEmpty(url.user()), nullToEmpty(url.password()),
                    properties.readPoolSize(), properties.readWait(), url.toString());
        }
        String primary = env.getRequiredProperty("spring.r2dbc.url");
        return new LocalDatabase(primary, env.getProperty("spring.r2dbc.username", ""),
                env.getProperty("spring.r2dbc.password", ""), properties.readPoolSize(), properties.readWait(), "the primary");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
