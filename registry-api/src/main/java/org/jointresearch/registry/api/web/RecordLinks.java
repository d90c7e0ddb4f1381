package org.jointresearch.registry.api.web;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.jointresearch.registry.core.agreement.Agreements;
import org.jointresearch.registry.core.area.CollaborationAreas;
import org.jointresearch.registry.core.centre.Centres;
import org.jointresearch.registry.core.discipline.Disciplines;
import org.jointresearch.registry.core.institution.Institutions;
import org.jointresearch.registry.core.person.People;
import org.jointresearch.registry.core.team.Teams;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Turns the identifiers and codes a record holds into the names and links its page shows, through the core services. */
@Singleton
public class RecordLinks {

    private final Institutions institutions;
    private final People people;
    private final Agreements agreements;
    private final Centres centres;
    private final Teams teams;
    private final Disciplines disciplines;
    private final CollaborationAreas areas;

    RecordLinks(Institutions institutions, People people, Agreements agreements, Centres centres, Teams teams,
                Disciplines disciplines, CollaborationAreas areas) {
        this.institutions = institutions;
        this.people = people;
        this.agreements = agreements;
        this.centres = centres;
        this.teams = teams;
        this.disciplines = disciplines;
        this.areas = areas;
    }

    public Ref institution(UUID id) {
        return Ref.of(institutions.get(id));
    }

    public List<Ref> institutions(List<UUID> ids) {
        return all(ids, this::institution);
    }

    public @Nullable Ref person(@Nullable UUID id) {
        return id == null ? null : Ref.of(people.get(id));
    }

    public List<Ref> people(List<UUID> ids) {
        return all(ids, this::person);
    }

    public @Nullable Ref agreement(@Nullable UUID id) {
        return id == null ? null : Ref.of(agreements.get(id));
    }

    public @Nullable Ref centre(@Nullable UUID id) {
        return id == null ? null : Ref.of(centres.get(id));
    }

    public @Nullable Ref team(@Nullable UUID id) {
        return id == null ? null : Ref.of(teams.get(id));
    }

    public List<Ref> disciplines(List<String> codes) {
        return all(codes, code -> Ref.of(disciplines.get(code)));
    }

    public List<Ref> areas(List<String> codes) {
        return all(codes, code -> Ref.of(areas.get(code)));
    }

    private static <K> List<Ref> all(List<K> keys, Function<K, Ref> toRef) {
        return keys.stream().map(toRef).toList();
    }
}
