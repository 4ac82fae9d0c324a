package io.tilecast.routing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/** Where this process runs, as fly.io describes it. */
@ConfigurationProperties("tilecast.fly")
public record FlyMachine(String region, String machineId, String primaryRegion, String appName) {

    public FlyMachine {
        region = StringUtils.hasText(region) ? region : "local";
        machineId = StringUtils.hasText(machineId) ? machineId : hostName();
        primaryRegion = StringUtils.hasText(primaryRegion) ? primaryRegion : region;
        appName = StringUtils.hasText(appName) ? appName : null;
    }

    /** Whether this process runs on fly.io, behind the proxy that alone sets {@code Fly-Client-IP}. */
    public boolean onFly() {
        return appName != null;
    }

    public boolean inPrimaryRegion() {
        return region.equals(primaryRegion);
    }

    /** How responses name this process: {@code region/machine}. */
    public String servedBy() {
        return region + "/" + machineId;
    }

    private static String hostName() {
        String fromEnv = System.getenv("HOSTNAME");
        if (StringUtils.hasText(fromEnv)) {
            return fromEnv;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
