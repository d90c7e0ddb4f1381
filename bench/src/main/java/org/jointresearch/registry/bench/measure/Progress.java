package org.jointresearch.registry.bench.measure;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** What the run is doing, on standard error, so a long run shows it is alive and how far it got. */
public final class Progress {

    private final PrintStream out;
    private final long started = System.nanoTime();

    public Progress(PrintStream out) {
        this.out = out;
    }

    public void say(String format, Object... arguments) {
        var elapsed = Duration.ofNanos(System.nanoTime() - started);
        out.printf(Locale.ROOT, "[bench %4ds] %s%n", elapsed.toSeconds(), String.format(Locale.ROOT, format, arguments));
        out.flush();
    }
}
