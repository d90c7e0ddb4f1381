package org.jointresearch.registry.api.web.form;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import org.jointresearch.registry.api.web.Language;
import org.jointresearch.registry.api.web.Option;
import org.jointresearch.registry.core.agreement.AgreementFilter;
import org.jointresearch.registry.core.agreement.Agreements;
import org.jointresearch.registry.core.area.CollaborationAreas;
import org.jointresearch.registry.core.centre.CentreFilter;
import org.jointresearch.registry.core.centre.Centres;
import org.jointresearch.registry.core.discipline.Disciplines;
import org.jointresearch.registry.core.institution.InstitutionFilter;
import org.jointresearch.registry.core.institution.Institutions;
import org.jointresearch.registry.core.person.People;
import org.jointresearch.registry.core.person.PersonFilter;
import org.jointresearch.registry.core.team.TeamFilter;
import org.jointresearch.registry.core.team.Teams;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The records a form lets the reader choose from, read through the core services and named in the
 * reader's language, in the order of that language. Every record of a kind is offered, up to
 * {@value #MOST} of them: past that a list to pick from stops being usable anyway.
 */
@Singleton
public class Choices {

    static final int MOST = 5000;
    private static final Pageable ALL = Pageable.from(0, MOST);

    private final Institutions institutions;
    private final People people;
    private final Agreements agreements;
    private final Centres centres;
    private final Teams teams;
    private final Disciplines disciplines;
    private final CollaborationAreas areas;

    Choices(Institutions institutions, People people, Agreements agreements, Centres centres, Teams teams,
            Disciplines disciplines, CollaborationAreas areas) {
        this.institutions = institutions;
        this.people = people;
        this.agreements = agreements;
        this.centres = centres;
        this.teams = teams;
        this.disciplines = disciplines;
        this.areas = areas;
    }

    public List<Option> institutions(Language language) {
        return sorted(language, institutions.list(InstitutionFilter.none(), ALL),
                i -> option(language, i.id().toString(), i.name(), i.nameZh()));
    }

    public List<Option> people(Language language) {
        return sorted(language, people.list(PersonFilter.none(), ALL),
                p -> option(language, p.id().toString(), p.person().name(), p.person().nameZh()));
    }

    public List<Option> agreements(Language language) {
        return sorted(language, agreements.list(AgreementFilter.none(), ALL),
                a -> new Option(a.id().toString(), a.agreement().title()));
    }

    public List<Option> centres(Language language) {
        return sorted(language, centres.list(new CentreFilter(null, null, null, null), ALL),
                c -> option(language, c.centre().id().toString(), c.centre().name(), c.centre().nameZh()));
    }

    public List<Option> teams(Language language) {
        return sorted(language, teams.list(new TeamFilter(null, null), ALL),
                t -> new Option(t.team().id().toString(), t.team().name()));
    }

    /** The whole discipline tree, in tree order: a code's depth is its number of dots. */
    public List<Option> disciplines(Language language) {
        return disciplines.list(null, ALL).getContent().stream()
                .map(d -> option(language, d.code(), d.name(), d.nameZh())).toList();
    }

    public List<Option> areas(Language language) {
        return areas.list(ALL).getContent().stream()
                .map(a -> option(language, a.code(), a.name(), a.nameZh())).toList();
    }

    /** Every ISO 3166 country, by its name in the reader's language. */
    public List<Option> countries(Language language) {
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Option(code, Locale.of("", code).getDisplayCountry(language.locale())))
                .sorted(Comparator.comparing(Option::text, Collator.getInstance(language.locale())))
                .toList();
    }

    private static <T> List<Option> sorted(Language language, Page<T> page, Function<T, Option> toOption) {
        return page.getContent().stream().map(toOption)
                .sorted(Comparator.comparing(Option::text, Collator.getInstance(language.locale()))).toList();
    }

    /** A record's name for a list: the reader's script first, the other in brackets. */
    private static Option option(Language language, String value, String name, @Nullable String nameZh) {
        if (nameZh == null || nameZh.isBlank()) {
            return new Option(value, name);
        }
        return new Option(value, language == Language.ZH ? nameZh + " (" + name + ")" : name + " (" + nameZh + ")");
    }
}
