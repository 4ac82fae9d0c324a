package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI description served at {@code /openapi.yaml} is OpenAPI 3.1, names exactly the routes
 * the server has under {@code /api} (no more, no fewer), and every schema and response it refers to is defined.
 */
@IntegrationTest
class OpenApiDescriptionTest {

    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final String COMPONENTS = "#/components/";
    private static final String COMPONENT = "#/components/(schemas|responses)/[A-Za-z0-9]+";

    @Autowired
    WebTestClient http;

    /** The controllers' mappings (the actuator has a handler mapping of the same type). */
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void isServedAtTheRootAsOpenApi31ForContractV1() {
        Map<String, Object> document = document();

        assertThat(document.get("openapi")).asString().startsWith("3.1");
        assertThat(map(document.get("info"))).containsEntry("title", "Tilecast API").containsEntry("version", "1");
    }

    @Test
    void describesExactlyTheRoutesTheServerHas() {
        Set<String> described = new TreeSet<>();
        map(document().get("paths")).forEach((path, item) -> map(item).keySet().stream()
                .filter(OPERATIONS::contains)
                .forEach(method -> described.add(method.toUpperCase() + " " + path)));

        Set<String> served = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (PathPattern pattern : info.getPatternsCondition().getPatterns()) {
                if (pattern.getPatternString().startsWith("/api/")) {
                    info.getMethodsCondition().getMethods()
                            .forEach(method -> served.add(method.name() + " " + pattern.getPatternString()));
                }
            }
        }

        assertThat(served).isNotEmpty();
        assertThat(described).containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    void everyReferenceNamesADefinedSchemaOrResponse() {
        Map<String, Object> document = document();
        Map<String, Object> components = map(document.get("components"));
        List<String> references = new ArrayList<>();
        collectReferences(document, references);

        assertThat(references).isNotEmpty().allSatisfy(reference -> {
            assertThat(reference).matches(COMPONENT);
            String[] parts = reference.substring(COMPONENTS.length()).split("/");
            assertThat(map(components.get(parts[0]))).containsKey(parts[1]);
        });
    }

    private Map<String, Object> document() {
        // Larger than the 64 KB the client buffers for an API answer.
        String text = http.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(1024 * 1024)).build()
                .get().uri("/openapi.yaml").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/yaml")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(text).isNotBlank();
        return map(new Yaml().load(text));
    }

    /** Every {@code $ref}, and every schema a discriminator maps a value to, anywhere in the tree. */
    private static void collectReferences(Object node, List<String> references) {
        if (node instanceof Map<?, ?> members) {
            members.forEach((name, value) -> {
                if ("$ref".equals(name)) {
                    references.add(String.valueOf(value));
                } else if ("discriminator".equals(name) && map(value).get("mapping") instanceof Map<?, ?> mapping) {
                    mapping.values().forEach(target -> references.add(String.valueOf(target)));
                } else {
                    collectReferences(value, references);
                }
            });
        } else if (node instanceof List<?> items) {
            items.forEach(item -> collectReferences(item, references));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }
}
