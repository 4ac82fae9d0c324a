package io.tilecast.routing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Where this process runs, as fly.io describes it. Without a fly environment the process is a
 * one-node cluster in region {@code local}.
 *
 * @param region this machine's region ({@code FLY_REGION})
 * @param machineId this machine's id ({@code FLY_MACHINE_ID}); defaults to the host name
 * @param primaryRegion the region of the writable database ({@code PRIMARY_REGION}); defaults to
 *     this machine's region
 * @param appName the fly app ({@code FLY_APP_NAME}); none when not running on fly.io
 */
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
