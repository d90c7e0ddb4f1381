package org.jointresearch.registry.bench.world;

import org.jointresearch.registry.core.institution.InstitutionKind;
import org.jointresearch.registry.core.programme.ProgrammeKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** Everything the world is written with, read from the resources under {@code world/}: the same for every seed. */
final class Lexicon {

    /** How steeply the use of a vocabulary's terms falls from its first entries to its last. */
    static final double TERM_SKEW = 0.75;
    /** How steeply the use of disciplines falls from the first of {@code disciplines.txt} to the last. */
    static final double DISCIPLINE_SKEW = 0.75;
    private static final double SURNAME_SKEW = 1.0;

    /** An English term and, where the vocabulary gives one, the same term in Chinese. */
    record Term(String en, String zh) {
    }

    /** The terms one family of disciplines writes with, most used first. */
    record TopicVocabulary(String name, List<Term> themes, SkewedList<Term> subjects, SkewedList<String> methods,
                           SkewedList<String> settings, SkewedList<String> aims) {
    }

    /** A discipline code as projects use it: the vocabulary its texts come from and the codes it goes with. */
    record DisciplineUse(String code, TopicVocabulary vocabulary, List<String> related) {

        /** This code and up to {@code extra} different related ones. */
        List<String> withRelated(int extra, SplittableRandom random) {
            var codes = new ArrayList<String>(1 + extra);
            codes.add(code);
            for (int i = 0; i < extra && !related.isEmpty(); i++) {
                var other = related.get(random.nextInt(related.size()));
                if (!codes.contains(other)) {
                    codes.add(other);
                }
            }
            return List.copyOf(codes);
        }
    }

    record Funder(String name, String currency, int fromThousands, int toThousands) {
    }

    record Country(String code, double share, String style, String city, String academicDomain,
                   String hospitalDomain, String companyDomain, List<Funder> funders) {
    }

    /** How a sort of top-level institution is named; {@code faculties} are those a university always has. */
    record TopPattern(InstitutionKind kind, String en, String zh, String acronym, double share, Set<String> styles,
                      List<String> codes, List<String> faculties) {
    }

    record Faculty(String id, String en, String zh, String subdomain, List<String> codes) {

        boolean medical() {
            return id.equals("medicine");
        }
    }

    record UnitPattern(String en, String zh, String subdomain, List<String> codes) {
    }

    record NamePattern(String en, String zh, String acronym) {
    }

    record Position(String group, String title, int seniority, String honorific, double share) {
    }

    record LeaderPost(InstitutionKind kind, String title, String honorific) {
    }

    record Area(String code, String phrase) {
    }

    record ProgrammeStyle(ProgrammeKind kind, String label, String description) {
    }

    /** Both halves of invented place names, in one place style. */
    record PlaceParts(List<Term> first, List<Term> second) {
    }

    private static final class Loaded {
        private static final Lexicon INSTANCE = new Lexicon();
    }

    final Map<String, TopicVocabulary> vocabularies = new LinkedHashMap<>();
    final List<DisciplineUse> disciplines = new ArrayList<>();
    private final Map<String, DisciplineUse> disciplinesByCode = new LinkedHashMap<>();
    final WeightedChoice disciplinePopularity;
    final List<Country> countries = new ArrayList<>();
    final WeightedChoice countryShares;
    final List<Funder> anyoneFunders = new ArrayList<>();
    final List<TopPattern> universities = new ArrayList<>();
    final List<TopPattern> otherTops = new ArrayList<>();
    final List<Faculty> faculties;
    final List<UnitPattern> universityInstitutes;
    final NamePattern affiliatedHospital;
    final List<Term> ordinals;
    final List<String> hospitalCodes;
    final List<Position> positions;
    final List<String> jointPositions;
    final List<String> pastPositions;
    final List<LeaderPost> leaders;
    final Map<String, PlaceParts> places = new LinkedHashMap<>();
    final SkewedList<Term> chineseSurnames;
    final List<Term> chineseGiven;
    final SkewedList<Term> cantoneseSurnames;
    final List<Term> cantoneseGiven;
    final List<String> englishGiven;
    final List<String> westernGiven;
    final List<String> westernFamily;
    final List<String> titles;
    final List<String> summaryOpenings;
    final List<String> summaryMiddles;
    final List<String> summaryClosings;
    final List<String> expertise;
    final List<String> centreDescriptions;
    final List<String> teamNames;
    final List<String> agreementSummaries;
    final Map<String, String> agreementTitles = new LinkedHashMap<>();
    final List<Area> areas;
    final List<ProgrammeStyle> programmes;
    final Set<String> functionWords;

    static Lexicon get() {
        return Loaded.INSTANCE;
    }

    private Lexicon() {
        var disciplineText = SectionedText.read("world/disciplines.txt");
        for (var row : disciplineText.rows("disciplines")) {
            var vocabulary = vocabularies.computeIfAbsent(row.get(1), Lexicon::vocabulary);
            var discipline = new DisciplineUse(row.get(0), vocabulary, split(row.get(2)));
            disciplines.add(discipline);
            disciplinesByCode.put(discipline.code(), discipline);
        }
        disciplinePopularity = WeightedChoice.zipf(disciplines.size(), DISCIPLINE_SKEW);

        var countryText = SectionedText.read("world/countries.txt");
        var funders = countryText.rows("funders");
        for (var row : funders) {
            if (row.get(0).equals("*")) {
                anyoneFunders.add(funder(row));
            }
        }
        for (var row : countryText.rows("countries")) {
            var own = funders.stream().filter(funder -> funder.get(0).equals(row.get(0))).map(Lexicon::funder)
                    .toList();
            countries.add(new Country(row.get(0), Double.parseDouble(row.get(1)), row.get(2),
                    row.get(3).isEmpty() ? null : row.get(3), row.get(4), row.get(5), row.get(6), own));
        }
        countryShares = WeightedChoice.of(countries.stream().mapToDouble(Country::share).toArray());

        var institutions = SectionedText.read("world/institutions.txt");
        for (var row : institutions.rows("universities")) {
            universities.add(new TopPattern(InstitutionKind.UNIVERSITY, row.get(0), row.get(1), row.get(2),
                    Double.parseDouble(row.get(3)), Set.copyOf(split(row.get(4))), List.of(), split(row.get(5))));
        }
        for (var row : institutions.rows("others")) {
            otherTops.add(new TopPattern(InstitutionKind.valueOf(row.get(0)), row.get(1), row.get(2), row.get(3),
                    Double.parseDouble(row.get(4)), Set.copyOf(split(row.get(5))), split(row.get(6)), List.of()));
        }
        faculties = institutions.rows("faculties").stream()
                .map(row -> new Faculty(row.get(0), row.get(1), row.get(2), row.get(3), split(row.get(4)))).toList();
        universityInstitutes = institutions.rows("university-institutes").stream()
                .map(row -> new UnitPattern(row.get(0), row.get(1), row.get(2), split(row.get(3)))).toList();
        var hospital = institutions.rows("affiliated-hospitals").getFirst();
        affiliatedHospital = new NamePattern(hospital.get(0), hospital.get(1), hospital.get(2));
        ordinals = terms(institutions.rows("ordinals"));
        hospitalCodes = institutions.words("hospital-codes");
        positions = institutions.rows("positions").stream().map(row -> new Position(row.get(0), row.get(1),
                Integer.parseInt(row.get(2)), blankToNull(row.get(3)), Double.parseDouble(row.get(4)))).toList();
        jointPositions = institutions.lines("joint-positions");
        pastPositions = institutions.lines("past-positions");
        leaders = institutions.rows("leaders").stream().map(row -> new LeaderPost(InstitutionKind.valueOf(row.get(0)),
                row.get(1), row.size() > 2 ? blankToNull(row.get(2)) : null)).toList();

        var placeText = SectionedText.read("world/places.txt");
        for (var style : List.of("cn", "hk", "west")) {
            places.put(style, new PlaceParts(terms(placeText.rows(style + "-first")),
                    terms(placeText.rows(style + "-second"))));
        }

        var names = SectionedText.read("world/names.txt");
        chineseSurnames = new SkewedList<>(terms(names.rows("cn-surnames")), SURNAME_SKEW);
        chineseGiven = terms(names.rows("cn-given"));
        cantoneseSurnames = new SkewedList<>(terms(names.rows("hk-surnames")), SURNAME_SKEW);
        cantoneseGiven = terms(names.rows("hk-given"));
        englishGiven = names.lines("english-given");
        westernGiven = names.lines("western-given");
        westernFamily = names.lines("western-family");

        var texts = SectionedText.read("world/texts.txt");
        titles = texts.lines("titles");
        summaryOpenings = texts.lines("summary-openings");
        summaryMiddles = texts.lines("summary-middles");
        summaryClosings = texts.lines("summary-closings");
        expertise = texts.lines("expertise");
        centreDescriptions = texts.lines("centre-descriptions");
        teamNames = texts.lines("team-names");
        agreementSummaries = texts.lines("agreement-summaries");
        texts.rows("agreement-titles").forEach(row -> agreementTitles.put(row.get(0), row.get(1)));
        areas = texts.rows("areas").stream().map(row -> new Area(row.get(0), row.get(1))).toList();
        programmes = texts.rows("programmes").stream()
                .map(row -> new ProgrammeStyle(ProgrammeKind.valueOf(row.get(0)), row.get(1), row.get(2))).toList();
        functionWords = Set.copyOf(texts.words("function-words"));
    }

    DisciplineUse discipline(String code) {
        var discipline = disciplinesByCode.get(code);
        if (discipline == null) {
            throw new IllegalArgumentException("no vocabulary for discipline " + code);
        }
        return discipline;
    }

    DisciplineUse pickDiscipline(SplittableRandom random) {
        return disciplines.get(disciplinePopularity.next(random));
    }

    private static TopicVocabulary vocabulary(String name) {
        var text = SectionedText.read("world/vocabularies/" + name + ".txt");
        return new TopicVocabulary(name, terms(text.rows("themes")),
                new SkewedList<>(terms(text.rows("subjects")), TERM_SKEW),
                new SkewedList<>(text.lines("methods"), TERM_SKEW),
                new SkewedList<>(text.lines("settings"), TERM_SKEW),
                new SkewedList<>(text.lines("aims"), TERM_SKEW));
    }

    private static Funder funder(List<String> row) {
        return new Funder(row.get(1), row.get(2), Integer.parseInt(row.get(3)), Integer.parseInt(row.get(4)));
    }

    private static List<Term> terms(List<List<String>> rows) {
        return rows.stream().map(row -> new Term(row.get(0), row.size() > 1 ? blankToNull(row.get(1)) : null))
                .toList();
    }

    private static List<String> split(String words) {
        return words.isBlank() ? List.of() : Arrays.asList(words.split("\\s+"));
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
