package io.tilecast.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;

/** How the benchmarks print what they measured. */
final class Latencies {

    private Latencies() {
    }

    /** p50, p90, p99, p99.9 and max of a histogram recorded in nanoseconds, in milliseconds. */
    static String summary(Histogram nanos) {
        return String.format("p50 %s p90 %s p99 %s p99.9 %s max %s ms", ms(nanos.getValueAtPercentile(50)),
                ms(nanos.getValueAtPercentile(90)), ms(nanos.getValueAtPercentile(99)),
                ms(nanos.getValueAtPercentile(99.9)), ms(nanos.getMaxValue()));
    }

    static String ms(long nanos) {
        return String.format("%.2f", nanos / 1e6);
    }

    /** The machine's load average over the last minute, from /proc/loadavg. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
