package org.jointresearch.registry.bench.measure;

import org.jointresearch.registry.bench.BenchPlan;
import org.jointresearch.registry.bench.harness.Json;
import org.jointresearch.registry.bench.harness.Latencies;
import org.jointresearch.registry.bench.harness.LoadDriver;
import org.jointresearch.registry.bench.report.Figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.LongFunction;

/**
 * CRUD: creating, reading and updating projects through the API at 1, 8 and 32 clients, against the same
 * statements through plain JDBC on a pool of the registry's size ({@code REGISTRY_DB_POOL_SIZE}, 10).
 */
public final class CrudBenchmark {

    static final int REGISTRY_POOL_SIZE = 10;
    private static final String NAME = "CRUD";
    private static final String BASELINE = "same statements, plain JDBC";

    private CrudBenchmark() {
    }

    public static List<Figure> run(BenchContext context) throws Exception {
        var plan = context.plan();
        var institutions = context.api().ids("institutions", 100);
        var people = context.api().ids("people", 100);
        var disciplines = context.world().vocabulary().disciplineCodes();
        var figures = new ArrayList<Figure>();
        try (var pool = context.database().pool(REGISTRY_POOL_SIZE)) {
            var baseline = new CrudBaseline(pool);
            for (int clients : BenchPlan.CRUD_CLIENTS) {
                int n = plan.crudRequests();
                var apiIds = new AtomicReferenceArray<UUID>(n);
                var jdbcIds = new AtomicReferenceArray<UUID>(n);
                LongFunction<CrudBaseline.Draft> draft = sequence -> new CrudBaseline.Draft(
                        "Benchmark project " + clients + "-" + sequence,
                        "A project the CRUD benchmark registers to time the write path.", List.of("benchmark"),
                        List.of(disciplines.get((int) (sequence % disciplines.size()))),
                        List.of(institutions.get((int) (sequence % institutions.size())),
                                institutions.get((int) ((sequence + 1) % institutions.size()))),
                        people.get((int) (sequence % people.size())));

                var apiCreate = LoadDriver.run(clients, n, plan.phaseLimit(), sequence -> {
                    var created = context.api().post("api/v1/projects", Json.write(request(draft.apply(sequence))));
                    apiIds.set((int) sequence, UUID.fromString(created.get("id").getStringValue()));
                });
                var jdbcCreate = LoadDriver.run(clients, n, plan.phaseLimit(), sequence -> {
                    var id = UUID.randomUUID();
                    baseline.create(id, draft.apply(sequence));
                    jdbcIds.set((int) sequence, id);
                });
                int readable = (int) Math.min(apiCreate.count(), jdbcCreate.count());
                var apiRead = LoadDriver.run(clients, n, plan.phaseLimit(),
                        sequence -> context.api().get("api/v1/projects/" + apiIds.get((int) (sequence % readable))));
                var jdbcRead = LoadDriver.run(clients, n, plan.phaseLimit(),
                        sequence -> baseline.read(jdbcIds.get((int) (sequence % readable))));
                var apiUpdate = LoadDriver.run(clients, readable, plan.phaseLimit(),
                        sequence -> context.api().patch("api/v1/projects/" + apiIds.get((int) sequence),
                                Json.write(Map.of("title", "Revised benchmark project " + clients + "-" + sequence))));
                var jdbcUpdate = LoadDriver.run(clients, readable, plan.phaseLimit(),
                        sequence -> baseline.update(jdbcIds.get((int) sequence), draft.apply(sequence)));
                SearchBenchmark.failIfAnyFailed(apiCreate, jdbcCreate, apiRead, jdbcRead, apiUpdate, jdbcUpdate);
                context.progress().say("CRUD at %d clients: create %.0f/s (JDBC %.0f/s), read %.0f/s (%.0f/s), "
                                + "update %.0f/s (%.0f/s)", clients, apiCreate.perSecond(), jdbcCreate.perSecond(),
                        apiRead.perSecond(), jdbcRead.perSecond(), apiUpdate.perSecond(), jdbcUpdate.perSecond());
                var create = throughput("create", clients, apiCreate, jdbcCreate);
                figures.add(clients == 32 ? create.ratioTarget(true, 0.5) : create);
                figures.add(latency("create", clients, apiCreate, jdbcCreate));
                figures.add(throughput("read", clients, apiRead, jdbcRead));
                figures.add(latency("read", clients, apiRead, jdbcRead));
                figures.add(throughput("update", clients, apiUpdate, jdbcUpdate));
                figures.add(latency("update", clients, apiUpdate, jdbcUpdate));
            }
        }
        return figures;
    }

    private static Map<String, Object> request(CrudBaseline.Draft draft) {
        return Map.of("title", draft.title(), "summary", draft.summary(), "keywords", draft.keywords(),
                "disciplineCodes", draft.disciplineCodes(), "status", "ACTIVE", "startsOn", "2025-01-01",
                "institutionIds", draft.institutionIds(),
                "people", List.of(Map.of("personId", draft.leadId(), "role", "LEAD")));
    }

    private static Figure throughput(String operation, int clients, Latencies api, Latencies jdbc) {
        return Figure.against(NAME, operation + ", " + clients + " client" + (clients > 1 ? "s" : "") + ", throughput",
                api.perSecond(), "req/s", BASELINE, jdbc.perSecond());
    }

    private static Figure latency(String operation, int clients, Latencies api, Latencies jdbc) {
        return Figure.against(NAME, operation + ", " + clients + " client" + (clients > 1 ? "s" : "") + ", p50",
                api.p50(), "ms", BASELINE, jdbc.p50());
    }
}
