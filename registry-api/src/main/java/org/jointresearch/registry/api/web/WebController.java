package org.jointresearch.registry.api.web;

import io.micronaut.context.annotation.AliasFor;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of web pages: it answers HTML, reads through the core services on the blocking
 * pool, and stays out of the OpenAPI document, which describes the API alone.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
public @interface WebController {

    /** The path the controller's pages live under, such as {@code /projects}. */
    @AliasFor(annotation = Controller.class, member = "value")
    String value() default "/";
}
