package org.jointresearch.registry.core.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** One reason a request was refused, naming the field (JSON path, e.g. {@code parties[1]}) it concerns. */
public record FieldError(String field, String message) {

    private static final Set<ElementKind> OUTSIDE_THE_BODY =
            Set.of(ElementKind.METHOD, ElementKind.PARAMETER, ElementKind.CONSTRUCTOR, ElementKind.RETURN_VALUE);

    /**
     * The refusal of a bean-validation constraint, named by its path below the validated argument:
     * the field as the caller sent it ({@code affiliations[0].institutionId}), not as the method saw it.
     */
    public static FieldError of(ConstraintViolation<?> violation) {
        var field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (OUTSIDE_THE_BODY.contains(node.getKind())) {
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return new FieldError(field.isEmpty() ? "body" : field.toString(), violation.getMessage());
    }

    /** The refusals of bean-validation constraints, seen from a document that holds the record at {@code prefix}. */
    public static List<FieldError> within(String prefix, Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(violation -> of(violation).within(prefix))
                .sorted(Comparator.comparing(FieldError::field)).toList();
    }

    /** The same refusal, seen from a document that holds the record at {@code prefix}. */
    public FieldError within(String prefix) {
        return new FieldError(prefix + "." + field, message);
    }
}
