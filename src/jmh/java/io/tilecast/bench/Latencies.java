package io.tilecast.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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

    /** The journal's batches as its meters saw them: how many, how full, how long each took to commit. */
    static String journalBatches(MeterRegistry meters) {
        Timer latency = meters.get("tilecast.journal.batch.latency").timer();
        StringBuilder percentiles = new StringBuilder();
        for (ValueAtPercentile p : latency.takeSnapshot().percentileValues()) {
            percentiles.append(String.format(" p%.0f %.1f ms", p.percentile() * 100, p.value(TimeUnit.MILLISECONDS)));
        }
        return String.format("%d batches, mean %.0f entries; batch latency%s, max %.1f ms", latency.count(),
                meters.get("tilecast.journal.batch.size").summary().mean(), percentiles,
                latency.max(TimeUnit.MILLISECONDS));
    }

    static String ms(long nanos) {
        return String.format("%.2f", nanos / 1e6);
    }

    /** CPU time of this JVM and time its collectors took, to set beside a round's wall time. */
    record JvmTime(long cpuNanos, long gcMillis, long gcCount) {

        static JvmTime now() {
            long gcMillis = 0;
            long gcCount = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                gcMillis += Math.max(0, gc.getCollectionTime());
                gcCount += Math.max(0, gc.getCollectionCount());
            }
            long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            return new JvmTime(cpu, gcMillis, gcCount);
        }

        JvmTime minus(JvmTime before) {
            return new JvmTime(cpuNanos - before.cpuNanos, gcMillis - before.gcMillis, gcCount - before.gcCount);
        }

        String describe(double wallSeconds) {
            return String.format("CPU %.1f s (%.2f cores), %d collections taking %d ms", cpuNanos / 1e9,
                    cpuNanos / 1e9 / wallSeconds, gcCount, gcMillis);
        }
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
