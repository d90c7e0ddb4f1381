package org.jointresearch.registry.core.identifier;

import jakarta.validation.Constraint;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** The annotated string, when present, is an ORCID iD with a correct check character. */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = {})
public @interface ValidOrcid {
    String message() default "must be an ORCID iD such as 0000-0002-1825-0097 (valid check character)";
}
