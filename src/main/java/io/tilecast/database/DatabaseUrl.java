package io.tilecast.database;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A PostgreSQL location written as {@code postgres://user:password@host:port/database?sslmode=...}, the form fly.io and
 * most hosts hand out, turned into the URLs R2DBC and JDBC expect.
 */
public record DatabaseUrl(String host, int port, String database, String user, String password,
                          String sslMode) {

    private static final int DEFAULT_PORT = 5432;

    public static DatabaseUrl parse(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("DATABASE_URL is not a URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme();
        if (!"postgres".equals(scheme) && !"postgresql".equals(scheme)) {
            throw new IllegalArgumentException(
                    "DATABASE_URL must start with postgres:// or postgresql://, not " + scheme + "://");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("DATABASE_URL names no host");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = path.startsWith("/") ? decode(path.substring(1)) : decode(path);
        if (database.isEmpty()) {
            database = user != null ? user : "postgres";
        }
        String sslMode = query(uri).get("sslmode");
        return new DatabaseUrl(uri.getHost(), uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort(), database,
                user, password, sslMode);
    }

    /** The same database as seen on another port (fly: 5432 is the leader, 5433 the local member). */
    public DatabaseUrl withPort(int otherPort) {
        return new DatabaseUrl(host, otherPort, database, user, password, sslMode);
    }

    /** Back in the form {@link #parse} reads, credentials included: for handing on, never for logs. */
    public String url() {
        String credentials = user == null ? "" : encode(user) + (password == null ? "" : ":" + encode(password)) + "@";
        return "postgres://" + credentials + hostAndPort() + "/" + database + (sslMode == null ? "" : "?sslmode=" + sslMode);
    }

    public String r2dbcUrl() {
        return "r2dbc:postgresql://" + hostAndPort() + "/" + database
                + (sslMode == null ? "" : "?sslMode=" + sslMode);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + hostAndPort() + "/" + database
                + (sslMode == null ? "" : "?sslmode=" + sslMode);
    }

    private String hostAndPort() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return h + ":" + port;
    }

    private static Map<String, String> query(URI uri) {
        if (uri.getRawQuery() == null || uri.getRawQuery().isEmpty()) {
            return Map.of();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(decode(kv[0]).toLowerCase(), kv.length > 1 ? decode(kv[1]) : "");
        }
        return params;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Never prints the password: this string ends up in logs. */
    @Override
    public String toString() {
        return "postgres://" + (user == null ? "" : user + "@") + hostAndPort() + "/" + database;
    }
}
