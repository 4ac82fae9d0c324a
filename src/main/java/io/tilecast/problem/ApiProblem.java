package io.tilecast.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A refusal the client is told about as an RFC 9457 problem with a stable {@code code} (API.md). */
public final class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Map<String, Object> members = new LinkedHashMap<>();

    public ApiProblem(HttpStatus status, String code, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
    }

    /** Adds a member to the problem body, such as {@code words} for {@code invalid-word}. */
    public ApiProblem with(String member, Object value) {
        members.put(member, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> members() {
        return Map.copyOf(members);
    }
}
