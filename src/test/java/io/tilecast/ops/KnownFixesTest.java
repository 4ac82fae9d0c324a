package io.tilecast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.util.Version;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.SpringVersion;

/**
 * The libraries on the classpath are at least the releases with the published fixes named in
 * issue 22 (Spring Framework 7.0.9, Netty 4.2.16): a dependency update that brings an older one
 * back fails the build. The full check of what is newer is {@code scripts/dependency-report}.
 */
class KnownFixesTest {

    @Test
    void springFrameworkHasTheFixesOf709() {
        assertThat(compare(SpringVersion.getVersion(), "7.0.9")).as(SpringVersion.getVersion()).isNotNegative();
    }

    @Test
    void everyNettyModuleHasTheFixesOf4216() {
        Map<String, Version> modules = Version.identify();
        assertThat(modules).containsKey("netty-codec-http");
        modules.forEach((module, version) -> assertThat(compare(version.artifactVersion(), "4.2.16"))
                .as(module + " " + version.artifactVersion()).isNotNegative());
    }

    /** Compares dotted release numbers, ignoring a qualifier such as {@code .Final}. */
    private static int compare(String version, String floor) {
        int[] have = numbers(version);
        int[] want = numbers(floor);
        return Arrays.compare(Arrays.copyOf(have, want.length), want);
    }

    private static int[] numbers(String version) {
        return Arrays.stream(version.split("[.-]")).takeWhile(part -> part.matches("\\d+"))
                .mapToInt(Integer::parseInt).toArray();
    }
}
