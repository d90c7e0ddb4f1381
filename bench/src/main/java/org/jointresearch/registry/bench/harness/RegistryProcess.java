package org.jointresearch.registry.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The registry under test, run as a process of its own from its jar, as in production: the load comes from
 * this process over loopback, and memory is read off the registry's process alone.
 */
public final class RegistryProcess implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    private static final Pattern HEAP_USED = Pattern.compile("committed (\\d+)K, used (\\d+)K");

    private final Process process;
    private final Duration startUp;

    private RegistryProcess(Process process, Duration startUp) {
        this.process = process;
        this.startUp = startUp;
    }

    /** Starts the registry and waits until its health check says UP; the time it took is {@link #startUp()}. */
    public static RegistryProcess start(BenchSettings settings, String adminPassword, Path log) {
        return start(settings, adminPassword, log, List.of());
    }

    /** Starts the registry from the start-up cache, which must have been recorded. */
    public static RegistryProcess startFrom(StartupCache cache, BenchSettings settings, String adminPassword,
                                            Path log) {
        return start(settings, adminPassword, log, cache.useOptions());
    }

    /**
     * Runs the registry once up to healthy and stops it, recording the start-up cache as it exits: a run of
     * its own, so that no measured phase runs in the JDK's slower recording mode.
     */
    public static void record(StartupCache cache, BenchSettings settings, String adminPassword, Path log) {
        start(settings, adminPassword, log, cache.recordOptions()).close();
        cache.useOptions();
    }

    private static RegistryProcess start(BenchSettings settings, String adminPassword, Path log,
                                         List<String> javaOptions) {
        var command = new ArrayList<>(List.of(javaCommand(), "-Xmx" + settings.heap()));
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", settings.registryJar().toString()));
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        var env = builder.environment();
        env.put("REGISTRY_DB_URL", settings.dbUrl());
        env.put("REGISTRY_DB_USER", settings.dbUser());
        env.put("REGISTRY_DB_PASSWORD", settings.dbPassword());
        env.put("REGISTRY_ES_URL", settings.elasticsearch().toString());
        env.put("REGISTRY_ES_INDEX_PREFIX", settings.indexPrefix());
        env.put("REGISTRY_PORT", Integer.toString(settings.port()));
        env.put("REGISTRY_ADMIN_PASSWORD", adminPassword);
        env.put("REGISTRY_DEMO_DATA", "false");
        var health = new Http(settings.registry());
        long started = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start the registry: " + command, e);
        }
        while (!isUp(health)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the registry stopped while starting; see " + log);
            }
            if (System.nanoTime() - started > START_LIMIT.toNanos()) {
                process.destroyForcibly();
                throw new IllegalStateException("the registry was not UP after " + START_LIMIT + "; see " + log);
            }
            sleep(Duration.ofMillis(20));
        }
        return new RegistryProcess(process, Duration.ofNanos(System.nanoTime() - started));
    }

    /** From launching the JVM to the first health check that answered UP. */
    public Duration startUp() {
        return startUp;
    }

    /** Resident memory of the registry's process, in MiB. */
    public double residentMiB() {
        try {
            for (var line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not read the registry's memory", e);
        }
        throw new IllegalStateException("no VmRSS for process " + process.pid());
    }

    /** Heap in use right now, in MiB, as the JVM reports it (jcmd GC.heap_info), garbage included. */
    public double heapUsedMiB() {
        var matcher = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!matcher.find()) {
            throw new IllegalStateException("jcmd GC.heap_info said nothing about the heap");
        }
        return Long.parseLong(matcher.group(2)) / 1024.0;
    }

    /** Heap still in use after a full collection: what the registry actually holds, in MiB. */
    public double liveHeapMiB() {
        jcmd("GC.run");
        return heapUsedMiB();
    }

    private String jcmd(String command) {
        var jcmd = Path.of(javaCommand()).resolveSibling("jcmd").toString();
        try {
            var run = new ProcessBuilder(jcmd, Long.toString(process.pid()), command).redirectErrorStream(true).start();
            var output = new String(run.getInputStream().readAllBytes());
            if (!run.waitFor(1, TimeUnit.MINUTES) || run.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("could not run jcmd", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            // A training run writes the start-up cache as it exits, which takes some seconds more.
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isUp(Http health) {
        try {
            return new String(health.get("api/v1/health")).contains("\"status\":\"UP\"");
        } catch (Http.HttpFailure e) {
            return false;
        }
    }

    /** The java of the JDK running the harness: the one JDK the registry, its build and Elasticsearch use. */
    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
