package io.tilecast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The image, read without Docker: the Java release it builds and runs on is the one the tests run
 * on, and the JVM's flags are the ones operations.md and benchmarks.md reason about.
 */
class DockerfileTest {

    private static final Pattern IMAGE = Pattern.compile("(?m)^FROM eclipse-temurin:(\\d+)-(jdk|jre)\\b");
    private static final Pattern OPTIONS = Pattern.compile("(?m)^ENV JDK_JAVA_OPTIONS=\"([^\"]*)\"");

    private final String dockerfile = DeployFiles.dockerfile();

    @Test
    void buildsAndRunsOnTheJavaReleaseTheTestsRunOn() {
        Matcher image = IMAGE.matcher(dockerfile);
        List<String> stages = image.results().map(m -> m.group(1) + "-" + m.group(2)).toList();
        int ci = Integer.parseInt(find("/usr/lib/jvm/temurin-(\\d+)-jdk", DeployFiles.read(".ci/run")));
        int compiled = Integer.parseInt(find("<maven.compiler.release>(\\d+)<", DeployFiles.read("pom.xml")));

        assertThat(stages).containsExactly(ci + "-jdk", ci + "-jre");
        assertThat(ci).isGreaterThanOrEqualTo(compiled);
    }

    @Test
    void theJvmIsSizedForTheMachineAndStopsOnOutOfMemory() {
        String options = find(OPTIONS.pattern(), dockerfile);
        assertThat(options.split(" ")).contains("-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError");
        assertThat(megabytes(options, "-Xms")).isEqualTo(megabytes(options, "-Xmx"));

        long bounded = megabytes(options, "-Xmx") + megabytes(options, "-XX:MaxDirectMemorySize=")
                + megabytes(options, "-XX:MaxMetaspaceSize=") + megabytes(options, "-XX:ReservedCodeCacheSize=");
        long machine = megabytes("memory=" + DeployFiles.flyToml().at("/vm/0/memory").asString(), "memory=");
        assertThat(machine).isEqualTo(1024);
        assertThat(bounded).as("heap, direct memory, metaspace and code cache").isLessThanOrEqualTo(machine * 3 / 4);
    }

    @Test
    void startsFromAnAotCacheMadeByATrainingRunAsANonRootUser() {
        String cache = find("-XX:AOTCacheOutput=(\\S+)", dockerfile);
        assertThat(dockerfile).contains("-Dspring.context.exit=onRefresh")
                .contains("java -Djarmode=tools -jar target/tilecast-*.jar extract --layers")
                .containsPattern("(?m)^ENTRYPOINT \\[\"java\", \"-XX:AOTCache=" + Pattern.quote(cache) + "\", \"-jar\"");
        String user = find("(?m)^USER (\\S+)", dockerfile);
        assertThat(user).isNotIn("root", "0");
        assertThat(dockerfile.indexOf("USER " + user)).isGreaterThan(dockerfile.indexOf("AOTCacheOutput"))
                .isLessThan(dockerfile.indexOf("ENTRYPOINT"));
    }

    private static long megabytes(String options, String flag) {
        String value = find(Pattern.quote(flag) + "(\\d+[kmgKMG]?[bB]?)", options).toLowerCase().replace("b", "");
        long number = Long.parseLong(value.replaceAll("[kmg]$", ""));
        return switch (value.charAt(value.length() - 1)) {
            case 'g' -> number * 1024;
            case 'm' -> number;
            case 'k' -> number / 1024;
            default -> number / (1024 * 1024);
        };
    }

    private static String find(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }
}
