package dev.consentry.dataset.build;

/** Hears how far a build has read, for a progress display. Called from the build's reading thread. */
public interface BuildListener {
    BuildListener NONE = new BuildListener() {};

    /** The build is about to read {@code totalBytes} of input (as stored). */
    default void started(long totalBytes) {}

    default void progress(long bytesRead) {}
}
