package io.tilecast.routing;

import java.util.Set;

/** What one renewal of a machine's leases found: the games whose lease it kept, and those another machine took. */
public record Renewal(Set<String> kept, Set<String> lost) {
}
