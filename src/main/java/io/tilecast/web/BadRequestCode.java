package io.tilecast.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the problem {@code code} for a request body (or parameter) that cannot be read on this route, in place of the
 * general {@code bad-request}: for example {@code @BadRequestCode("bad-move")} on the moves endpoint.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface BadRequestCode {

    String value();
}
