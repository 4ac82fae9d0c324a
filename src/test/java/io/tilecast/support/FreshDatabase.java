package io.tilecast.support;

import io.tilecast.database.DatabaseUrl;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points an application context at a database of its own, given the way fly gives it:
 * as {@code DATABASE_URL}. Each context (so each test class) starts from an empty schema.
 */
public class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        DatabaseUrl url = TestDatabase.fresh();
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("freshDatabase", Map.of("tilecast.database.url", url.url())));
    }
}
