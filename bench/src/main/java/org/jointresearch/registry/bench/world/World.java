package org.jointresearch.registry.bench.world;

import org.jointresearch.registry.core.importer.ImportDocument;
import org.jointresearch.registry.core.importer.ImportDocument.ProgrammeEntry;
import org.jointresearch.registry.core.importer.ImportDocument.ProjectEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A generated registry of any size, the same for the same seed: institutions in hierarchies, their people,
 * agreements, joint centres and teams, projects and programmes, as documents of the registry's import format.
 *
 * <p>Everything but the projects is made at once and kept (a quarter of a million people for a million
 * projects); the projects are made one by one from their index as the documents are read, so a world of a
 * million projects never holds them all.
 *
 * <p>Sizes follow the number of projects N: about N/1000 + 8 top-level institutions (each a university with
 * its schools and hospitals, or an institute, hospital or company), N/4 researchers besides the institutions'
 * heads, N/500 + 6 agreements, N/250 + 2 centres with one to three teams each, and a programme or two under
 * most agreements.
 */
public final class World {

    /** The most a document may take, serialised: under the import's 1 MB body limit with room to spare. */
    public static final int MAX_DOCUMENT_BYTES = 900_000;
    /** How many of the first projects the vocabulary's frequencies are counted on. */
    private static final int VOCABULARY_SAMPLE = 5_000;
    private static final int MIN_RESEARCHERS = 40;

    private final long seed;
    private final int projectCount;
    private final List<WorldInstitution> institutions;
    private final Population population;
    private final List<WorldAgreement> agreements;
    private final List<WorldCentre> centres;
    private final List<WorldTeam> teams;
    private final List<ProgrammeEntry> programmes;
    private final ProjectGenerator projects;
    private final Vocabulary vocabulary;

    private World(long seed, int projectCount) {
        var lexicon = Lexicon.get();
        this.seed = seed;
        this.projectCount = projectCount;
        institutions = InstitutionTree.generate(lexicon, seed, projectCount / 1000 + 8);
        population = Population.generate(lexicon, institutions, seed, Math.max(projectCount / 4, MIN_RESEARCHERS));
        agreements = AgreementGenerator.generate(lexicon, institutions, population, seed, projectCount / 500 + 6);
        var centresAndTeams = CentreGenerator.generate(lexicon, institutions, population, agreements, seed,
                projectCount / 250 + 2);
        centres = centresAndTeams.centres();
        teams = centresAndTeams.teams();
        programmes = ProgrammeGenerator.generate(lexicon, institutions, agreements, seed);
        Map<Integer, List<Integer>> agreementsByTop = new HashMap<>();
        for (var agreement : agreements) {
            for (int party : agreement.parties()) {
                agreementsByTop.computeIfAbsent(institutions.get(party).top(), top -> new ArrayList<>())
                        .add(agreement.index());
            }
        }
        projects = new ProjectGenerator(lexicon, institutions, population, agreements, agreementsByTop, centres, teams,
                seed);
        vocabulary = Vocabulary.count(lexicon, IntStream.range(0, Math.min(projectCount, VOCABULARY_SAMPLE))
                .mapToObj(projects::generate).toList());
    }

    /** The world of {@code projects} projects (at least one) grown from {@code seed}. */
    public static World generate(long seed, int projects) {
        if (projects < 1) {
            throw new IllegalArgumentException("a world needs at least one project, not " + projects);
        }
        return new World(seed, projects);
    }

    public long seed() {
        return seed;
    }

    public int projectCount() {
        return projectCount;
    }

    public int institutionCount() {
        return institutions.size();
    }

    public int personCount() {
        return population.people().size();
    }

    public int agreementCount() {
        return agreements.size();
    }

    public int centreCount() {
        return centres.size();
    }

    public int teamCount() {
        return teams.size();
    }

    public int programmeCount() {
        return programmes.size();
    }

    /** Project {@code index} (from 0) as the documents carry it, made afresh. */
    public ProjectEntry project(int index) {
        if (index < 0 || index >= projectCount) {
            throw new IndexOutOfBoundsException("project " + index + " of " + projectCount);
        }
        return projects.generate(index).entry();
    }

    /**
     * The whole world as import documents in the order their references need (institutions, parents first;
     * people; agreements; centres; teams; projects; programmes), each at most {@link #MAX_DOCUMENT_BYTES}
     * serialised. Every call gives the same sequence, made as it is read.
     *
     * <p>Load them into a registry that holds no other generated world: worlds share their keys
     * ({@code inst-0}, {@code project-0}...), and another seed's institution names would clash with the names,
     * unique in the registry, of institutions not yet overwritten. Loading the same world again changes nothing.
     */
    public Stream<ImportDocument> documents() {
        return documents(MAX_DOCUMENT_BYTES);
    }

    /** As {@link #documents()}, in documents of at most {@code maxBytes} serialised. */
    public Stream<ImportDocument> documents(int maxBytes) {
        // Plain iterators, not one stream flat-mapped: a flat-mapped stream read through its iterator buffers a
        // whole section, which for the projects would be the million the documents are there to avoid.
        var sections = List.<Iterator<?>>of(
                institutions.stream().map(WorldInstitution::entry).iterator(),
                population.people().stream().map(WorldPerson::entry).iterator(),
                agreements.stream().map(WorldAgreement::entry).iterator(),
                centres.stream().map(WorldCentre::entry).iterator(),
                teams.stream().map(WorldTeam::entry).iterator(),
                new ProjectEntries(),
                programmes.iterator());
        var packer = new DocumentPacker(sections, maxBytes);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(packer,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The projects in order, each made when it is asked for. */
    private final class ProjectEntries implements Iterator<ProjectEntry> {

        private int next;

        @Override
        public boolean hasNext() {
            return next < projectCount;
        }

        @Override
        public ProjectEntry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return projects.generate(next++).entry();
        }
    }

    /** The words, phrases and discipline codes the projects are written with, most frequent first. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }
}
