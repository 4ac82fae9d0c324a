package io.tilecast.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, against a real PostgreSQL database of its own, closed
 * after the class so that no test sees another's data. Responses may take long on a loaded
 * machine; the client waits up to 30 s rather than failing a correct answer. It believes
 * {@code Fly-Client-IP} as on fly.io, so that tests can send requests from addresses of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"tilecast.bots.think-time=0s",
        "tilecast.fly.app-name=tilecast-test"})
@AutoConfigureWebTestClient(timeout = "30s")
@ContextConfiguration(initializers = FreshDatabase.class)
@DirtiesContext
@Import(ContextHttpClient.class)
public @interface IntegrationTest {
}
