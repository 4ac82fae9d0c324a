package io.tilecast.web;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientException;
import io.tilecast.problem.ApiProblem;
import java.net.ConnectException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every error a request ends in as an RFC 9457 problem ({@code application/problem+json}) with a stable {@code
 * code}: {@link ApiProblem}s as they are, the framework's refusals of bad input as 4xx, and anything unexpected as a
 * logged 500 that shows the client no internals.
 */
@Component
@Order(-2)
public class ProblemHandler implements WebExceptionHandler {

    private static final Log log = LogFactory.getLog(ProblemHandler.class);
    private static final Set<String> STANDARD_MEMBERS = Set.of("type", "title", "status", "detail", "instance", "code");

    private final JsonMapper json;

    ProblemHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        ApiProblem problem = problemFor(error, exchange);
        if (error instanceof ErrorResponse framework) {
            // Such as Allow on a 405 and Accept on a 415.
            framework.getHeaders().forEach((name, values) -> response.getHeaders().put(name, values));
        }
        response.setStatusCode(problem.status());
        if (problem.status() == HttpStatus.SERVICE_UNAVAILABLE
                && !response.getHeaders().containsHeader(HttpHeaders.RETRY_AFTER)) {
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
        }
        if (problem.status() == HttpStatus.UNAUTHORIZED
                && !response.getHeaders().containsHeader(HttpHeaders.WWW_AUTHENTICATE)) {
            // A 401 names the scheme that would do (RFC 9110); Bearer never opens a browser's login dialog.
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().remove("Content-Length");
        byte[] body = json.writeValueAsBytes(body(problem, exchange));
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    private ApiProblem problemFor(Throwable error, ServerWebExchange exchange) {
        if (error instanceof ApiProblem problem) {
            return problem;
        }
        if (tooLarge(error)) {
            return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                    "The request body is larger than this server accepts.");
        }
        if (error instanceof ServerWebInputException || error instanceof DecodingException) {
            return new ApiProblem(HttpStatus.BAD_REQUEST, badRequestCode(exchange), inputDetail(error));
        }
        if (error instanceof ResponseStatusException refusal && refusal.getStatusCode().is4xxClientError()) {
            return refusal(refusal, exchange);
        }
        if (refusedByBcrypt(error)) {
            // Passwords checks first; should a password still reach BCrypt, it is the client's input.
            return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-password",
                    "A password has 8 to 128 characters and at most 72 bytes of UTF-8.");
        }
        if (databaseUnavailable(error)) {
            log.warn("Refused " + exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath().value()
                    + ": the database is unavailable (" + error.getMessage() + ")");
            return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
                    "The database cannot be reached just now; nothing was changed. Try again shortly.");
        }
        log.error("Unexpected error answering " + exchange.getRequest().getMethod() + " "
                + exchange.getRequest().getPath().value(), error);
        return new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on the server; it has been logged.");
    }

    private static ApiProblem refusal(ResponseStatusException refusal, ServerWebExchange exchange) {
        HttpStatusCode status = refusal.getStatusCode();
        String where = exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath().value();
        return switch (status.value()) {
            case 404 -> new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "Nothing is served at " + where + ".");
            case 405 -> new ApiProblem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                    "The method is not allowed for " + where + "; see the Allow header.");
            case 406 -> new ApiProblem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
                    "None of the media types in Accept can be produced for " + where + ".");
            case 415 -> new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "The request's Content-Type is not accepted by " + where + "; see the Accept header.");
            default -> {
                HttpStatus known = HttpStatus.resolve(status.value());
                HttpStatus answered = known != null ? known : HttpStatus.BAD_REQUEST;
                yield new ApiProblem(answered, kebab(answered.getReasonPhrase()),
                        refusal.getReason() != null ? refusal.getReason() : answered.getReasonPhrase());
            }
        };
    }

    private static boolean databaseUnavailable(Throwable error) {
        return causedBy(error, DataAccessResourceFailureException.class, TransientDataAccessException.class,
                R2dbcNonTransientResourceException.class, R2dbcTransientException.class, ConnectException.class);
    }

    private static boolean refusedByBcrypt(Throwable error) {
        StackTraceElement[] where = error.getStackTrace();
        return error instanceof IllegalArgumentException && where.length > 0
                && where[0].getClassName().startsWith("org.springframework.security.crypto.bcrypt.");
    }

    private static boolean tooLarge(Throwable error) {
        return causedBy(error, ContentTooLargeException.class, PayloadTooLargeException.class,
                DataBufferLimitException.class);
    }

    private static boolean causedBy(Throwable error, Class<?>... kinds) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            for (Class<?> kind : kinds) {
                if (kind.isInstance(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String badRequestCode(ServerWebExchange exchange) {
        if (exchange.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod method) {
            BadRequestCode code = method.getMethodAnnotation(BadRequestCode.class);
            if (code == null) {
                code = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), BadRequestCode.class);
            }
            if (code != null) {
                return code.value();
            }
        }
        return "bad-request";
    }

    private static String inputDetail(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DatabindException mapping) {
                return "The request body does not have the expected shape at " + jsonPath(mapping) + ".";
            }
            if (t instanceof JacksonException parsing) {
                return "The request body is not valid JSON: " + parsing.getOriginalMessage();
            }
            if (t instanceof DecodingException decoding && decoding.getMessage() != null
                    && decoding.getMessage().startsWith("No request body")) {
                return "The request needs a JSON body.";
            }
        }
        return error instanceof ResponseStatusException rse && rse.getReason() != null
                ? rse.getReason() + "." : "The request could not be read.";
    }

    private static String jsonPath(DatabindException mapping) {
        StringBuilder path = new StringBuilder("$");
        for (JacksonException.Reference reference : mapping.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append('.').append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private Map<String, Object> body(ApiProblem problem, ServerWebExchange exchange) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", problem.status().getReasonPhrase());
        body.put("status", problem.status().value());
        body.put("detail", problem.detail());
        body.put("instance", exchange.getRequest().getPath().value());
        body.put("code", problem.code());
        problem.members().forEach((name, value) -> {
            if (!STANDARD_MEMBERS.contains(name)) {
                body.put(name, value);
            }
        });
        return body;
    }

    private static String kebab(String reasonPhrase) {
        return reasonPhrase.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
