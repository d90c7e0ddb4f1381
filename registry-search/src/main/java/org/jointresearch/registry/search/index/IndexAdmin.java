package org.jointresearch.registry.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import co.elastic.clients.elasticsearch.indices.resolve_index.ResolveIndexItem;
import co.elastic.clients.json.JsonData;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Creates, finds, swaps and drops the concrete indexes behind the registry's aliases. A concrete index is
 * named after its alias and the time it was created ({@code registry_projects_20250301120000123}), built
 * from the index's mapping file with the shard, replica and refresh settings of {@link IndexSettings}.
 */
@Singleton
public class IndexAdmin {

    /** The refresh interval that turns periodic refreshes off. */
    private static final String NO_REFRESH = "-1";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmssSSS")
            .withZone(ZoneOffset.UTC);

    private final ElasticsearchClient client;
    private final IndexSettings settings;
    private final Mappings mappings;
    private final Clock clock = Clock.systemUTC();

    IndexAdmin(ElasticsearchClient client, IndexSettings settings, Mappings mappings) {
        this.client = client;
        this.settings = settings;
        this.mappings = mappings;
    }

    /**
     * A new, empty concrete index for {@code index}, its mapping carrying {@code meta}, to be filled in bulk: it
     * does not refresh until {@link #open} gives it the refresh interval of {@link IndexSettings}, since a
     * refresh every second of an index nobody reads yet would only cost. Answers its name.
     */
    public String create(RegistryIndex index, Map<String, String> meta) {
        var name = settings.alias(index) + "_" + STAMP.format(clock.instant());
        var template = mappings.template(index);
        Requests.send("creating " + name, () -> client.indices().create(CreateIndexRequest.of(create -> create
                .index(name)
                .mappings(template.mappings())
                .settings(layout -> layout.analysis(template.settings().analysis())
                        .numberOfShards(String.valueOf(settings.shards()))
                        .numberOfReplicas(String.valueOf(settings.replicas()))
                        .refreshInterval(time -> time.time(NO_REFRESH))))));
        Requests.send("describing " + name, () -> client.indices().putMapping(put -> put.index(name)
                .meta(meta.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        entry -> JsonData.of(entry.getValue()))))));
        return name;
    }

    /** The concrete index the alias of {@code index} points at, if the alias exists. */
    public Optional<String> current(RegistryIndex index) {
        var alias = settings.alias(index);
        return concreteIndexes(index).stream().filter(item -> item.aliases().contains(alias))
                .map(ResolveIndexItem::name).findFirst();
    }

    /** What the mapping of a concrete index says about how it was built. */
    public Map<String, String> meta(String concrete) {
        var mapping = Requests.send("reading the mapping of " + concrete,
                () -> client.indices().getMapping(get -> get.index(concrete))).get(concrete).mappings();
        return mapping.meta().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().to(String.class)));
    }

    public long count(String indexOrAlias) {
        return Requests.send("counting " + indexOrAlias, () -> client.count(count -> count.index(indexOrAlias)))
                .count();
    }

    /** Makes what indexes filled in bulk hold searchable, and gives them the refresh interval live indexes have. */
    public void open(Collection<String> names) {
        Requests.send("opening " + names, () -> client.indices().putSettings(put -> put.index(List.copyOf(names))
                .settings(index -> index.refreshInterval(time -> time.time(settings.refreshInterval())))));
        refresh(names);
    }

    public void refresh(Collection<String> names) {
        Requests.send("refreshing " + names,
                () -> client.indices().refresh(refresh -> refresh.index(List.copyOf(names))));
    }

    /**
     * Points every alias at its fresh index in one atomic step, so a search sees either all old indexes or
     * all new ones, then drops every other concrete index of those aliases (the old ones, and any a failed
     * rebuild left behind).
     */
    public void swap(Map<RegistryIndex, String> fresh) {
        var stale = new ArrayList<String>();
        Requests.send("swapping aliases", () -> client.indices().updateAliases(update -> {
            fresh.forEach((index, name) -> {
                var alias = settings.alias(index);
                for (var item : concreteIndexes(index)) {
                    if (item.aliases().contains(alias)) {
                        update.actions(action -> action.remove(remove -> remove.index(item.name()).alias(alias)));
                    }
                    if (!item.name().equals(name)) {
                        stale.add(item.name());
                    }
                }
                update.actions(action -> action.add(add -> add.index(name).alias(alias)));
            });
            return update;
        }));
        drop(stale);
    }

    public void drop(Collection<String> names) {
        if (!names.isEmpty()) {
            Requests.send("dropping " + names, () -> client.indices().delete(delete -> delete.index(List.copyOf(names))
                    .ignoreUnavailable(true)));
        }
    }

    /** Every concrete index named after the alias of {@code index} and a time stamp, with its aliases. */
    private List<ResolveIndexItem> concreteIndexes(RegistryIndex index) {
        var alias = settings.alias(index);
        var pattern = Pattern.quote(alias) + "_\\d{17}";
        return Requests.send("looking up " + alias,
                        () -> client.indices().resolveIndex(resolve -> resolve.name(alias + "_*")))
                .indices().stream().filter(item -> item.name().matches(pattern)).toList();
    }
}
