package org.jointresearch.registry.core.change;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Writes the audit entry and the outbox row of every change, inside the transaction of the change
 * itself, so the history and the search index never miss one.
 */
@Singleton
public class ChangeRecorder {

    /** Bookkeeping fields that change on every write and say nothing about the change. */
    private static final Set<String> IGNORED = Set.of("id", "version", "createdAt", "updatedAt");

    private final ChangeLogRepository changeLog;
    private final OutboxRepository outbox;
    private final CurrentActor actor;
    private final JsonMapper json;

    ChangeRecorder(ChangeLogRepository changeLog, OutboxRepository outbox, CurrentActor actor, JsonMapper json) {
        this.changeLog = changeLog;
        this.outbox = outbox;
        this.actor = actor;
        this.json = json;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void created(String entityType, Object id, long version, Object after) {
        record(entityType, id, version, ChangeAction.CREATE, diff(Map.of(), fields(after)));
    }

    /** As {@link #created} for each of many records, in two statements for them all. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public <T> void createdAll(String entityType, List<T> records, Function<T, Object> id, ToLongFunction<T> version) {
        var now = Instant.now();
        changeLog.saveAll(records.stream().map(record -> entry(entityType, id.apply(record),
                version.applyAsLong(record), ChangeAction.CREATE, diff(Map.of(), fields(record)), now)).toList());
        outbox.saveAll(records.stream().map(record -> pending(entityType, id.apply(record),
                version.applyAsLong(record), now)).toList());
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void updated(String entityType, Object id, long version, Object before, Object after) {
        record(entityType, id, version, ChangeAction.UPDATE, diff(fields(before), fields(after)));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void deleted(String entityType, Object id, long version, Object before) {
        record(entityType, id, version, ChangeAction.DELETE, diff(fields(before), Map.of()));
    }

    private void record(String entityType, Object id, long version, ChangeAction action, Map<String, Object> changes) {
        var now = Instant.now();
        changeLog.save(entry(entityType, id, version, action, changes, now));
        outbox.save(pending(entityType, id, version, now));
    }

    private ChangeEntry entry(String entityType, Object id, long version, ChangeAction action,
                              Map<String, Object> changes, Instant now) {
        return new ChangeEntry(null, entityType, id.toString(), version, action, actor.name(), now, changes);
    }

    private static OutboxEntry pending(String entityType, Object id, long version, Instant now) {
        return new OutboxEntry(null, entityType, id.toString(), version, now, 0, null, false);
    }

    private Map<String, Object> fields(Object entity) {
        try {
            return json.readValue(json.writeValueAsBytes(entity), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot describe " + entity.getClass().getSimpleName() + " for the audit trail", e);
        }
    }

    private static Map<String, Object> diff(Map<String, Object> before, Map<String, Object> after) {
        var changes = new LinkedHashMap<String, Object>();
        var names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            Object old = before.get(name);
            Object now = after.get(name);
            if (!IGNORED.contains(name) && !Objects.equals(old, now)) {
                var change = new LinkedHashMap<String, Object>();
                change.put("before", old);
                change.put("after", now);
                changes.put(name, change);
            }
        }
        return changes;
    }
}
