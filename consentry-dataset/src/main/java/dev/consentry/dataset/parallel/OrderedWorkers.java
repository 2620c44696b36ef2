package dev.consentry.dataset.parallel;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Processes batches on a pool of threads and hands the results to a sink in submission order.
 *
 * <p>At most two batches per thread are in flight: when the window is full, {@link #submit} first
 * delivers the oldest result, so a fast reader cannot run ahead of slow workers and memory stays
 * bounded by the window, whatever the input size. The sink runs on the submitting thread only,
 * so it needs no synchronization, and because results arrive in submission order the output is
 * the same for any number of threads.
 *
 * @param <I> an input item
 * @param <O> the result of one batch
 */
public final class OrderedWorkers<I, O> implements AutoCloseable {
    /** Receives results in submission order; may throw checked exceptions, which abort the run. */
    public interface Sink<O> {
        void accept(O result) throws Exception;
    }

    private final ExecutorService pool;
    private final int window;
    private final Function<List<I>, O> work;
    private final Sink<O> sink;
    private final Deque<Future<O>> inFlight = new ArrayDeque<>();

    public OrderedWorkers(int threads, String name, Function<List<I>, O> work, Sink<O> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.work = requireNonNull(work, "work is null");
        this.sink = requireNonNull(sink, "sink is null");
        this.window = threads * 2;
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Hands {@code batch} to a worker; the caller must not touch the list afterwards. */
    public void submit(List<I> batch) {
        inFlight.add(pool.submit(() -> work.apply(batch)));
        while (inFlight.size() >= window) {
            deliver(inFlight.poll());
        }
    }

    /** Delivers every outstanding result. */
    public void finish() {
        while (!inFlight.isEmpty()) {
            deliver(inFlight.poll());
        }
    }

    private void deliver(Future<O> future) {
        O result;
        try {
            result = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
        try {
            sink.accept(result);
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        if (cause instanceof java.io.IOException io) {
            return new java.io.UncheckedIOException(io);
        }
        return new IllegalStateException(cause);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
