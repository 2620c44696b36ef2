package dev.consentry.cli.io;

import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on the terminal (stderr), refreshed from a byte counter; nothing at all when the
 * output is a pipe or the user asked for quiet, so logs and pipelines stay clean.
 */
public final class Progress implements AutoCloseable {
    private final ProgressBar bar;
    private final LongSupplier bytesRead;

    private Progress(ProgressBar bar, LongSupplier bytesRead) {
        this.bar = bar;
        this.bytesRead = bytesRead;
    }

    /**
     * @param totalBytes the input's size, or -1 when unknown (no ETA then)
     */
    public static Progress start(String task, long totalBytes, LongSupplier bytesRead, boolean quiet) {
        if (quiet || System.console() == null) {
            return new Progress(null, bytesRead);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(totalBytes, -1))
                .setUnit(" MB", 1 << 20).showSpeed().setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).build();
        return new Progress(bar, bytesRead);
    }

    public void update() {
        if (bar != null) {
            bar.stepTo(bytesRead.getAsLong());
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            update();
            bar.close();
        }
    }
}
