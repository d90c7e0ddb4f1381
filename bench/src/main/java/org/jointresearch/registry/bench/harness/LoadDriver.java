package org.jointresearch.registry.bench.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Sends requests from a fixed number of clients, each waiting for its answer before it sends the next
 * (a closed loop), until a number of requests has been sent or a time is up, whichever comes first.
 */
public final class LoadDriver {

    /** One request; {@code sequence} numbers the requests of a run from 0. */
    @FunctionalInterface
    public interface Request {
        void send(long sequence) throws Exception;
    }

    private LoadDriver() {
    }

    public static Latencies run(int clients, long requests, Duration limit, Request request) {
        return run(clients, requests, limit, () -> true, request);
    }

    /** As {@link #run(int, long, Duration, Request)}, and each client also stops once {@code going} turns false. */
    public static Latencies run(int clients, long requests, Duration limit, BooleanSupplier going, Request request) {
        var next = new AtomicLong();
        var deadline = System.nanoTime() + limit.toNanos();
        var total = new Latencies();
        var started = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            var futures = new ArrayList<Future<Latencies>>();
            for (int client = 0; client < clients; client++) {
                futures.add(pool.submit(() -> {
                    var mine = new Latencies();
                    long sequence;
                    while (System.nanoTime() < deadline && going.getAsBoolean() && (sequence = next.getAndIncrement()) < requests) {
                        var sent = System.nanoTime();
                        try {
                            request.send(sequence);
                            mine.record(Duration.ofNanos(System.nanoTime() - sent));
                        } catch (Exception e) {
                            mine.recordFailure();
                        }
                    }
                    return mine;
                }));
            }
            for (var future : futures) {
                total.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the load ran", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a load client failed", e.getCause());
        }
        total.elapsed(Duration.ofNanos(System.nanoTime() - started));
        return total;
    }
}
