package org.jointresearch.registry.bench.world;

import org.jointresearch.registry.bench.world.Lexicon.Country;
import org.jointresearch.registry.bench.world.Lexicon.Faculty;
import org.jointresearch.registry.bench.world.Lexicon.TopPattern;
import org.jointresearch.registry.bench.world.Names.Place;
import org.jointresearch.registry.core.importer.ImportDocument.InstitutionEntry;
import org.jointresearch.registry.core.institution.InstitutionKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds the institutions: top-level universities with their schools, research institutes and the hospitals
 * affiliated to their medical schools, and standalone institutes, hospitals and companies. Parents come
 * before their children in the list, so any split of it into documents keeps them in import order.
 */
final class InstitutionTree {

    /** The groups of posts in the [positions] of institutions.txt, by the sort of institution that offers them. */
    private static final String ACADEMIC = "academic";
    private static final String CLINICAL = "clinical";
    private static final String RESEARCH = "research";
    private static final String COMPANY = "company";

    private static final double UNIVERSITY_SHARE = 0.62;
    /** The first tops are universities in fixed places, so that even the smallest world has the core of a partnership. */
    private static final List<String> FIRST_COUNTRIES = List.of("CN", "HK", "CN", "GB");
    private static final int NAME_ATTEMPTS = 500;

    private final Lexicon lexicon;
    private final Names names;
    private final SplittableRandom random;
    private final List<WorldInstitution> institutions = new ArrayList<>();
    private final Set<String> takenNames = new HashSet<>();
    private final Set<String> takenDomains = new HashSet<>();

    private InstitutionTree(Lexicon lexicon, long seed) {
        this.lexicon = lexicon;
        this.names = new Names(lexicon);
        this.random = Seeds.random(seed, "institutions");
    }

    static List<WorldInstitution> generate(Lexicon lexicon, long seed, int topCount) {
        var tree = new InstitutionTree(lexicon, seed);
        for (int top = 0; top < topCount; top++) {
            tree.addTop(top);
        }
        return List.copyOf(tree.institutions);
    }

    private void addTop(int ordinal) {
        var country = ordinal < FIRST_COUNTRIES.size() ? country(FIRST_COUNTRIES.get(ordinal))
                : lexicon.countries.get(lexicon.countryShares.next(random));
        boolean university = ordinal < FIRST_COUNTRIES.size() || random.nextDouble() < UNIVERSITY_SHARE;
        var pattern = pattern(university ? lexicon.universities : lexicon.otherTops, country.style());
        Place place = null;
        String name = null;
        for (int attempt = 0; attempt < NAME_ATTEMPTS && name == null; attempt++) {
            place = names.place(country.style(), random);
            var candidate = fill(pattern.en(), place);
            if (takenNames.add(candidate.toLowerCase(Locale.ROOT))) {
                name = candidate;
            }
        }
        if (name == null) {
            throw new IllegalStateException("the place names of " + country.code()
                    + " are used up: a world this large needs more of them in world/places.txt");
        }
        var acronym = fill(pattern.acronym(), place);
        var domain = domain(acronym, country, pattern.kind());
        var city = country.city() != null ? country.city() : place.en();
        var top = add(pattern.kind(), -1, country, name, fill(pattern.zh(), place), acronym, city, domain,
                "https://www." + domain, List.of(acronym), pattern.codes(), staffOf(pattern.kind()), true);
        if (university) {
            addSchools(top, pattern, ordinal == 0, city);
        }
    }

    private void addSchools(WorldInstitution university, TopPattern pattern, boolean withMedicine, String city) {
        var chosen = new ArrayList<Faculty>();
        int wanted = 3 + random.nextInt(5);
        var others = lexicon.faculties.stream().filter(faculty -> !faculty.medical()).toList();
        while (chosen.size() < wanted) {
            var faculty = Names.pick(others, random);
            if (!chosen.contains(faculty)) {
                chosen.add(faculty);
            }
        }
        for (var faculty : lexicon.faculties) {
            boolean required = pattern.faculties().contains(faculty.id())
                    || faculty.medical() && (withMedicine || random.nextDouble() < 0.55);
            if (required && !chosen.contains(faculty)) {
                chosen.add(faculty);
            }
        }
        for (var faculty : lexicon.faculties) {
            if (!chosen.contains(faculty)) {
                continue;
            }
            var kind = faculty.medical() ? InstitutionKind.MEDICAL_SCHOOL : InstitutionKind.UNIVERSITY;
            var school = add(kind, university.index(), university.country(), unitName(university, faculty.en()),
                    university.nameZh() + faculty.zh(), null, city, university.domain(),
                    "https://" + faculty.subdomain() + "." + university.domain(), null, faculty.codes(), ACADEMIC,
                    faculty.medical());
            if (faculty.medical()) {
                int hospitals = pattern.faculties().contains(faculty.id()) ? 2 + random.nextInt(3) : 1 + random.nextInt(3);
                for (int i = 0; i < hospitals; i++) {
                    addHospital(university, school, i, city);
                }
            }
        }
        int institutes = random.nextDouble() < 0.5 ? 0 : random.nextDouble() < 0.7 ? 1 : 2;
        var patterns = new ArrayList<>(lexicon.universityInstitutes);
        for (int i = 0; i < institutes; i++) {
            var institute = patterns.remove(random.nextInt(patterns.size()));
            add(InstitutionKind.RESEARCH_INSTITUTE, university.index(), university.country(),
                    unitName(university, institute.en()), university.nameZh() + institute.zh(), null, city,
                    university.domain(), "https://" + institute.subdomain() + "." + university.domain(), null,
                    institute.codes(), RESEARCH, false);
        }
    }

    private void addHospital(WorldInstitution university, WorldInstitution school, int ordinal, String city) {
        var number = lexicon.ordinals.get(ordinal);
        var pattern = lexicon.affiliatedHospital;
        Map<String, String> values = Map.of("o", number.en(), "oz", number.zh(), "oa", number.en().substring(0, 1),
                "m", school.name(), "mz", school.nameZh(), "ua", university.acronym());
        var acronym = Templates.fill(pattern.acronym(), values::get);
        var domain = domain(acronym, university.country(), InstitutionKind.HOSPITAL);
        add(InstitutionKind.HOSPITAL, school.index(), university.country(), Templates.fill(pattern.en(), values::get),
                Templates.fill(pattern.zh(), values::get), acronym, city, domain, "https://www." + domain,
                List.of(acronym), lexicon.hospitalCodes, CLINICAL, true);
    }

    private WorldInstitution add(InstitutionKind kind, int parent, Country country, String name, String nameZh,
                                 String acronym, String city, String domain, String website, List<String> aliases,
                                 List<String> codes, String staff, boolean signs) {
        if (parent >= 0 && !takenNames.add(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException("two institutions would be called " + name);
        }
        int index = institutions.size();
        var key = "inst-" + index;
        int top = parent < 0 ? index : institutions.get(parent).top();
        var entry = new InstitutionEntry(key, name, nameZh, aliases, kind,
                parent < 0 ? null : institutions.get(parent).key(), null, city, country.code(), website);
        var institution = new WorldInstitution(index, key, kind, parent, top, country, name, nameZh,
                acronym == null ? institutions.get(top).acronym() : acronym, domain, codes, staff, signs, entry);
        institutions.add(institution);
        return institution;
    }

    /** "Qinghe University School of Medicine", but "School of Medicine, University of Ashford". */
    private static String unitName(WorldInstitution university, String unit) {
        return university.name().startsWith("University of") ? unit + ", " + university.name()
                : university.name() + " " + unit;
    }

    private TopPattern pattern(List<TopPattern> patterns, String style) {
        var fitting = patterns.stream().filter(pattern -> pattern.styles().contains(style)).toList();
        return fitting.get(WeightedChoice.of(fitting.stream().mapToDouble(TopPattern::share).toArray()).next(random));
    }

    private String domain(String acronym, Country country, InstitutionKind kind) {
        var suffix = switch (kind) {
            case HOSPITAL -> country.hospitalDomain();
            case COMPANY -> country.companyDomain();
            default -> country.academicDomain();
        };
        var name = Names.mailboxOf(acronym);
        var domain = name + "." + suffix;
        for (int number = 2; !takenDomains.add(domain); number++) {
            domain = name + number + "." + suffix;
        }
        return domain;
    }

    private Country country(String code) {
        return lexicon.countries.stream().filter(country -> country.code().equals(code)).findFirst().orElseThrow();
    }

    private static String fill(String pattern, Place place) {
        return Templates.fill(pattern, name -> switch (name) {
            case "p" -> place.en();
            case "z" -> place.zh();
            case "a" -> place.initials();
            default -> null;
        });
    }

    private static String staffOf(InstitutionKind kind) {
        return switch (kind) {
            case HOSPITAL -> CLINICAL;
            case RESEARCH_INSTITUTE -> RESEARCH;
            case COMPANY -> COMPANY;
            default -> ACADEMIC;
        };
    }
}
