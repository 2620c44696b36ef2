package dev.consentry.dataset.parallel;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Processes batches on {@code threads} threads, the calling thread included, and hands the results
 * to a sink in submission order.
 *
 * <p>Threads: the pool has {@code threads - 1} threads and the caller is the last one. Besides
 * submitting batches and running the sink, the caller runs batches itself whenever it would
 * otherwise wait for a result, so that {@code threads} threads keep {@code threads} cores busy —
 * rather than one more thread competing for them — and with one thread everything happens on the
 * caller, with no pool at all. A batch is claimed by whichever thread starts it first, the caller or
 * a pool thread, and runs once.
 *
 * <p>Memory: at most two batches per thread are in flight: when the window is full, {@link #submit}
 * first delivers the oldest result, so a fast reader cannot run ahead of slow workers and memory
 * stays bounded by the window, whatever the input size.
 *
 * <p>Order: the sink runs on the calling thread only, so it needs no synchronization, and because
 * results arrive in submission order the output is the same for any number of threads.
 *
 * @param <I> an input item
 * @param <O> the result of one batch
 */
public final class OrderedWorkers<I, O> implements AutoCloseable {
    /** Receives results in submission order; may throw checked exceptions, which abort the run. */
    public interface Sink<O> {
        void accept(O result) throws Exception;
    }

    /** One batch's work; runs once, on the first thread that claims it. */
    private static final class Task<I, O> implements Runnable {
        private final List<I> batch;
        private final Function<List<I>, O> work;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<O> result = new CompletableFuture<>();

        Task(List<I> batch, Function<List<I>, O> work) {
            this.batch = batch;
            this.work = work;
        }

        @Override
        public void run() {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            try {
                result.complete(work.apply(batch));
            } catch (Throwable failure) {
                // Delivered, in order, by the caller: a failure surfaces where the result would have.
                result.completeExceptionally(failure);
            }
        }

        boolean isClaimed() {
            return claimed.get();
        }
    }

    private final ExecutorService pool;
    private final int window;
    private final Function<List<I>, O> work;
    private final Sink<O> sink;
    private final Deque<Task<I, O>> inFlight = new ArrayDeque<>();

    public OrderedWorkers(int threads, String name, Function<List<I>, O> work, Sink<O> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.work = requireNonNull(work, "work is null");
        this.sink = requireNonNull(sink, "sink is null");
        this.window = threads * 2;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Hands {@code batch} to a thread; the caller must not touch the list afterwards. */
    public void submit(List<I> batch) {
        Task<I, O> task = new Task<>(batch, work);
        inFlight.add(task);
        if (pool != null) {
            pool.execute(task);
        }
        while (inFlight.size() >= window) {
            deliverOldest();
        }
    }

    /** Delivers every outstanding result. */
    public void finish() {
        while (!inFlight.isEmpty()) {
            deliverOldest();
        }
    }

    private void deliverOldest() {
        Task<I, O> oldest = inFlight.peek();
        while (!oldest.result.isDone()) {
            Task<I, O> unclaimed = oldestUnclaimed();
            if (unclaimed == null) {
                break; // every batch in flight is running on a pool thread: wait for the oldest
            }
            unclaimed.run();
        }
        inFlight.poll();
        O result;
        try {
            result = oldest.result.get();
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

    /** The oldest batch no thread has started, so that results become deliverable in order; null if none. */
    private Task<I, O> oldestUnclaimed() {
        for (Task<I, O> task : inFlight) {
            if (!task.isClaimed()) {
                return task;
            }
        }
        return null;
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
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
