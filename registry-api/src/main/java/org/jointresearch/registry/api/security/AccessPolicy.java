package org.jointresearch.registry.api.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import org.jointresearch.registry.core.account.Role;
import org.jointresearch.registry.core.account.UserAccount;
import org.jointresearch.registry.core.account.UserAccounts;
import org.jointresearch.registry.core.project.Projects;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The registry's whole access policy: which caller may call which route, and whose e-mail address a
 * caller may read. Routes are named by method and template as the router knows them; the first row of
 * {@link #TABLE} that matches decides, and anything no earlier row lets through is for administrators.
 * The web forms are rows of the same table, so a page offers a link only to those the route would admit.
 */
@Singleton
public class AccessPolicy {

    /** What a caller must be to be let through. Administrators always are. */
    enum Access {
        ANYONE, RESEARCHER, PROJECT_STEWARD, THE_PERSON, RECORD_OWNER, ADMIN;

        /** Whether deciding needs the database: who steers a project, whose person an account is. */
        boolean needsRecords() {
            return this == PROJECT_STEWARD || this == THE_PERSON || this == RECORD_OWNER;
        }
    }

    private static final Set<HttpMethod> ALL = EnumSet.allOf(HttpMethod.class);
    private static final Set<HttpMethod> READS = EnumSet.of(HttpMethod.GET, HttpMethod.HEAD);
    private static final Set<HttpMethod> EDITS = EnumSet.of(HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final Pattern QUERY_VARIABLES = Pattern.compile("\\{[?&][^}]*}");
    /** A web form: shown with GET, sent with POST to the same address. */
    private static final Set<HttpMethod> FORM = EnumSet.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST);

    private static final List<Row> TABLE = List.of(
            new Row(ALL, "/api/v1/admin/**", Access.ADMIN),
            new Row(ALL, "/api/v1/users/**", Access.ADMIN),
            new Row(EnumSet.of(HttpMethod.POST), "/api/v1/auth/login", Access.ANYONE),
            new Row(FORM, "/login", Access.ANYONE),
            new Row(EnumSet.of(HttpMethod.POST), "/logout", Access.ANYONE),
            new Row(FORM, "/projects/new", Access.RESEARCHER),
            new Row(FORM, "/projects/{id}/edit", Access.PROJECT_STEWARD),
            new Row(FORM, "/institutions/new", Access.ADMIN),
            new Row(FORM, "/agreements/new", Access.ADMIN),
            new Row(FORM, "/centres/new", Access.ADMIN),
            new Row(READS, "/api/v1/{resource}/{id}/history", Access.RECORD_OWNER),
            new Row(READS, "/**", Access.ANYONE),
            new Row(EnumSet.of(HttpMethod.POST), "/api/v1/projects", Access.RESEARCHER),
            new Row(EDITS, "/api/v1/projects/{id}", Access.PROJECT_STEWARD),
            new Row(EnumSet.of(HttpMethod.PUT, HttpMethod.PATCH), "/api/v1/people/{id}", Access.THE_PERSON),
            new Row(ALL, "/**", Access.ADMIN));

    private final UserAccounts accounts;
    private final Projects projects;
    private final SecurityService security;

    AccessPolicy(UserAccounts accounts, Projects projects, SecurityService security) {
        this.accounts = accounts;
        this.projects = projects;
        this.security = security;
    }

    /** What calling a route takes; {@code template} may carry the router's query variables. */
    static Access required(HttpMethod method, String template) {
        var path = QUERY_VARIABLES.matcher(template).replaceAll("");
        return TABLE.stream().filter(row -> row.matches(method, path)).findFirst().orElseThrow().access();
    }

    /** Whether the caller may have what {@code access} guards; may read the database. */
    boolean permits(Access access, @Nullable Authentication caller, Map<String, Object> pathVariables) {
        if (access == Access.ANYONE || caller != null && caller.getRoles().contains(Role.ADMIN.name())) {
            return true;
        }
        if (caller == null || !caller.getRoles().contains(Role.RESEARCHER.name())) {
            return false;
        }
        var id = String.valueOf(pathVariables.get("id"));
        return switch (access) {
            case RESEARCHER -> true;
            case PROJECT_STEWARD -> steers(caller, id);
            case THE_PERSON -> isPerson(caller, id);
            case RECORD_OWNER -> switch (String.valueOf(pathVariables.get("resource"))) {
                case "projects" -> steers(caller, id);
                case "people" -> isPerson(caller, id);
                default -> false;
            };
            default -> false;
        };
    }

    /**
     * Whether the current caller may call a route, such as {@code GET /projects/{id}/edit} with its
     * {@code id}: what pages ask before they offer a link or a button. May read the database.
     */
    public boolean mayCall(HttpMethod method, String template, Map<String, Object> pathVariables) {
        return permits(required(method, template), security.getAuthentication().orElse(null), pathVariables);
    }

    /** Whose e-mail addresses the current caller may read: all for administrators, else their own at most. */
    public Predicate<UUID> readableEmails() {
        var caller = security.getAuthentication().orElse(null);
        if (caller != null && caller.getRoles().contains(Role.ADMIN.name())) {
            return person -> true;
        }
        var own = personOf(caller);
        return person -> own.isPresent() && own.get().equals(person);
    }

    private boolean steers(Authentication caller, String projectId) {
        var project = uuid(projectId);
        return project.isPresent() && personOf(caller).filter(person -> projects.isSteeredBy(project.get(), person))
                .isPresent();
    }

    private boolean isPerson(Authentication caller, String personId) {
        return personOf(caller).equals(uuid(personId));
    }

    private Optional<UUID> personOf(@Nullable Authentication caller) {
        return caller == null ? Optional.empty()
                : accounts.findByUsername(caller.getName()).map(UserAccount::personId);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A row of the table: the methods and the route template (ending in {@code /**} for a subtree) it covers. */
    private record Row(Set<HttpMethod> methods, String template, Access access) {

        boolean matches(HttpMethod method, String path) {
            if (!methods.contains(method)) {
                return false;
            }
            if (!template.endsWith("/**")) {
                return template.equals(path);
            }
            var prefix = template.substring(0, template.length() - 3);
            return path.equals(prefix) || path.startsWith(prefix + "/");
        }
    }
}
