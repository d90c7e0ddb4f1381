package org.jointresearch.registry.core.common;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;

import org.postgresql.util.PSQLException;

import java.sql.SQLException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns the database's own refusals into the registry's answers. The services check rules first;
 * the constraints still decide when two writers race, and then the caller gets a 409 or 412, not a 500.
 */
public final class Constraints {

    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String CHECK_VIOLATION = "23514";
    /** Text PostgreSQL cannot store, such as the character U+0000. */
    private static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";
    /** A date or time PostgreSQL cannot store, such as the year 9999999. */
    private static final String DATETIME_FIELD_OVERFLOW = "22008";

    private Constraints() {
    }

    /**
     * Runs a write of one record.
     *
     * @param uniqueFields the record's unique constraints by name, each mapped to the field it guards
     */
    public static <T> T write(String entity, Object id, Map<String, String> uniqueFields, Supplier<T> write) {
        return run(entity, id, uniqueFields, false, write);
    }

    /** Runs the deletion of one record, refusing it while something still refers to the record. */
    public static void delete(String entity, Object id, Runnable delete) {
        run(entity, id, Map.of(), true, () -> {
            delete.run();
            return null;
        });
    }

    private static <T> T run(String entity, Object id, Map<String, String> uniqueFields, boolean deleting,
                             Supplier<T> write) {
        try {
            return write.get();
        } catch (OptimisticLockException e) {
            throw new VersionConflictException(entity, id);
        } catch (DataAccessException e) {
            throw translate(e, entity, id, uniqueFields, deleting);
        }
    }

    private static RuntimeException translate(DataAccessException e, String entity, Object id,
                                              Map<String, String> uniqueFields, boolean deleting) {
        if (!(e.getCause() instanceof SQLException sql) || sql.getSQLState() == null) {
            return e;
        }
        String constraint = constraintName(sql);
        return switch (sql.getSQLState()) {
            // Deleting, the record is still referenced; writing, it names a record deleted meanwhile.
            case FOREIGN_KEY_VIOLATION -> deleting
                    ? new StillReferencedException(entity, id)
                    : new RuleViolationException(entity, "refers to a record that no longer exists");
            case UNIQUE_VIOLATION -> new DuplicateException(uniqueFields.getOrDefault(constraint, entity),
                    "another " + entity + " already has this " + uniqueFields.getOrDefault(constraint, "value"));
            case CHECK_VIOLATION -> new RuleViolationException(entity, "breaks the rule " + constraint);
            case DATETIME_FIELD_OVERFLOW -> new RuleViolationException(entity, "holds a date out of range");
            case CHARACTER_NOT_IN_REPERTOIRE -> new RuleViolationException(entity,
                    "contains a character that cannot be stored, such as U+0000");
            default -> e;
        };
    }

    private static String constraintName(SQLException sql) {
        if (sql instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            return String.valueOf(psql.getServerErrorMessage().getConstraint());
        }
        return "";
    }
}
