package io.tilecast.play;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How game hosts behave.
 *
 * @param resumeBuffer  events each game keeps so a reconnecting client resumes without a snapshot
 * @param watcherBuffer events buffered for one watcher, beyond its backlog, before it is cut off as
 *                      too slow
 * @param heartbeat     how often an idle stream gets a {@code : ping} comment (fly closes idle
 *                      connections after 60 s)
 * @param leaseTtl      how long a host's claim on a game lasts without renewal
 */
@ConfigurationProperties("tilecast.play")
public record PlaySettings(@DefaultValue("256") int resumeBuffer, @DefaultValue("256") int watcherBuffer,
                           @DefaultValue("15s") Duration heartbeat, @DefaultValue("30s") Duration leaseTtl) {
}
