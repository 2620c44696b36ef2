package dev.consentry.dataset.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import dev.consentry.dataset.io.InputException;

/**
 * The hidden folder {@code .NAME.building} beside an output {@code NAME}, in which one build of that
 * output works, and the only thing a build ever puts beside the output.
 *
 * <p>Layout: {@code lock}, the lock file, naming the process that holds it; {@code dataset/}, the
 * dataset being written; {@code replaced/}, for the instant of publishing, the dataset being
 * replaced. Publishing renames {@code dataset/} to the output; afterwards the folder is removed.
 *
 * <p>One build per output: a build holds an OS file lock on {@code lock} from before it looks at the
 * output until it has published or given up, so a second build of the same output — from another
 * process, host sharing the file system, or thread — fails at once instead of overwriting or
 * deleting the first one's work. The OS releases the lock of a process that dies, even by
 * {@code kill -9}; its hidden folder is then a leftover that the next build of the output clears.
 * Removing the lock file at the end cannot let two builds in: the holder deletes it while still
 * holding the lock, and a build that locks a file checks, by a token it writes through the lock,
 * that the file it locked is still the one at that name; if it is not, it starts over. Builds in
 * one JVM are kept apart by the same rule in memory (see {@link #HELD_HERE}).
 *
 * <p>Limit: the file system and the database cannot commit together. If the transaction fails after
 * the rename, the rename is undone here; if the process dies in the instant between the rename and
 * the commit, the new folder stays published without its lineage row (the replaced dataset, moved
 * aside, is then removed by the next build). A kill between moving the old dataset aside and moving
 * the new one in is undone by the next build, which puts the old one back.
 */
final class BuildFolder implements AutoCloseable {
    static final String SUFFIX = ".building";
    private static final String LOCK = "lock";
    private static final String DATASET = "dataset";
    private static final String REPLACED = "replaced";
    /** Hidden siblings left by builds before the hidden build folder existed; cleared like its leftovers. */
    private static final String[] OLD_LEFTOVERS = {".partial-", ".replaced-"};
    private static final int ATTEMPTS = 20;
    /**
     * Outputs locked by builds in this JVM. The OS lock excludes other processes only: POSIX locks
     * belong to a process, so a second build in the same JVM would not be refused by it — and
     * merely opening and closing the lock file would drop the first build's lock. This set is the
     * lock's in-process half; it is static because the OS lock it mirrors is per process.
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path output;
    private final Path folder;
    private final FileChannel channel;
    private final FileChannel byName;
    private final FileLock lock;
    private boolean published;
    private boolean committed;

    private BuildFolder(Path output, Path folder, FileChannel channel, FileChannel byName, FileLock lock) {
        this.output = output;
        this.folder = folder;
        this.channel = channel;
        this.byName = byName;
        this.lock = lock;
    }

    /**
     * Takes the output for this build, or fails with {@link OutputInUseException} when another build
     * holds it; then clears what a dead build of it left. {@code output} is a real path whose
     * parent exists.
     */
    static BuildFolder lock(Path output) {
        if (!HELD_HERE.add(output)) {
            throw busy(output, "a build in this process");
        }
        try {
            BuildFolder taken = take(output);
            taken.clearLeftovers();
            return taken;
        } catch (RuntimeException | Error e) {
            HELD_HERE.remove(output);
            throw e;
        }
    }

    private static BuildFolder take(Path output) {
        Path folder = output.resolveSibling("." + output.getFileName() + SUFFIX);
        Path lockFile = folder.resolve(LOCK);
        String token = "process " + ProcessHandle.current().pid() + ", started " + Instant.now() + "\n" + UUID.randomUUID() + "\n";
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (Files.isSymbolicLink(folder)) {
                throw new InputException(folder + ": a symbolic link where a build keeps its work; remove it");
            }
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new InputException(folder + ": cannot create the build's folder (" + e.getMessage() + ")");
            }
            FileChannel channel;
            try {
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                continue; // the build that held it has just removed the folder
            } catch (IOException e) {
                throw new InputException(lockFile + ": cannot open the build's lock file (" + e.getMessage() + ")");
            }
            BuildFolder taken = tryTake(output, folder, lockFile, channel, token);
            if (taken != null) {
                return taken;
            }
        }
        throw busy(output, null);
    }

    /**
     * The build folder if this channel's lock is taken and the lock file's name still leads to the
     * locked file; null to try again. The name is checked through a second channel that stays open
     * until the lock is let go: POSIX drops a process's locks on a file when it closes any
     * descriptor of it, so the holder never opens and closes its own lock file.
     */
    private static BuildFolder tryTake(Path output, Path folder, Path lockFile, FileChannel channel, String token) {
        FileChannel byName = null;
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this JVM under another name for the same folder
            }
            if (lock == null) {
                channel.close();
                throw busy(output, firstLine(lockFile));
            }
            byte[] mine = token.getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(mine), 0);
            channel.force(false);
            try {
                byName = FileChannel.open(lockFile, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
                ByteBuffer read = ByteBuffer.allocate(mine.length + 1);
                while (byName.read(read, read.position()) > 0 && read.hasRemaining()) {
                    // read it all: the token, and one byte more if the file is longer
                }
                if (read.position() == mine.length && Arrays.equals(Arrays.copyOf(read.array(), mine.length), mine)) {
                    return new BuildFolder(output, folder, channel, byName, lock);
                }
                byName.close();
            } catch (NoSuchFileException e) {
                // the file locked had been removed by the build that held it
            }
            lock.release();
            channel.close();
            return null;
        } catch (IOException e) {
            closeQuietly(byName);
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock " + lockFile, e);
        }
    }

    private static OutputInUseException busy(Path output, String holder) {
        return new OutputInUseException(output + ": another build is writing this output" + (holder == null || holder.isBlank() ? "" : " (" + holder + ")")
                + "; one build per output at a time — try again when it has finished");
    }

    /** The folder the dataset is written into, empty. */
    Path staging() {
        Path staging = folder.resolve(DATASET);
        delete(staging);
        try {
            Files.createDirectory(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + staging, e);
        }
        return staging;
    }

    /**
     * Makes the written dataset the output, moving a dataset it replaces aside; runs inside the
     * transaction that records the lineage, which commits only if this returns.
     */
    void publish() {
        Path staging = folder.resolve(DATASET);
        Path replaced = folder.resolve(REPLACED);
        try {
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(output, replaced, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
            published = true;
        } catch (IOException e) {
            restoreReplaced();
            throw new UncheckedIOException("cannot publish " + output, e);
        }
    }

    /** The lineage transaction committed: the dataset stays published and the one it replaced goes. */
    void committed() {
        committed = true;
    }

    /**
     * Undoes what this build did beside the output and lets the output go: a publish whose
     * transaction did not commit is taken back and the replaced dataset put back; then the
     * folder is removed. A replaced dataset that cannot be put back is left in it, where the next
     * build of this output finds and restores it.
     */
    @Override
    public void close() {
        try {
            if (published && !committed) {
                try {
                    Files.move(output, folder.resolve(DATASET), StandardCopyOption.ATOMIC_MOVE);
                    published = false;
                } catch (IOException e) {
                    // leave the new dataset in place rather than lose both
                }
            }
            if (!published) {
                restoreReplaced();
            }
            delete(folder.resolve(DATASET));
            if (committed) {
                delete(folder.resolve(REPLACED));
            }
            Files.deleteIfExists(folder.resolve(LOCK)); // while the lock is held: see the class comment
        } catch (IOException | UncheckedIOException e) {
            // the next build of this output clears what is left
        } finally {
            try {
                lock.release();
            } catch (IOException e) {
                // closing the channels lets it go too
            }
            closeQuietly(byName);
            closeQuietly(channel);
            HELD_HERE.remove(output);
        }
        try {
            Files.deleteIfExists(folder);
        } catch (DirectoryNotEmptyException e) {
            // another build has taken the output since, or a replaced dataset waits to be restored
        } catch (IOException e) {
            // the next build of this output clears it
        }
    }

    /** After a dead build: a dataset it had moved aside goes back if nothing took its place; the rest goes. */
    private void clearLeftovers() {
        restoreReplaced();
        delete(folder.resolve(REPLACED));
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(path -> !path.getFileName().toString().equals(LOCK)).forEach(BuildFolder::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        String name = output.getFileName().toString();
        try (Stream<Path> siblings = Files.list(output.getParent())) {
            siblings.filter(path -> {
                String file = path.getFileName().toString();
                for (String old : OLD_LEFTOVERS) {
                    if (file.startsWith("." + name + old)) {
                        return true;
                    }
                }
                return false;
            }).forEach(BuildFolder::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + output.getParent(), e);
        }
    }

    private void restoreReplaced() {
        Path replaced = folder.resolve(REPLACED);
        if (Files.exists(replaced, LinkOption.NOFOLLOW_LINKS) && !Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.move(replaced, output, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // stays in the build folder, where the next build of this output restores it
            }
        }
    }

    /** Deletes a file or a folder tree; symbolic links are removed, never followed. */
    private static void delete(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + path, e);
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static String firstLine(Path file) {
        String text = readQuietly(file);
        return text == null ? null : text.lines().findFirst().orElse(null);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // closing releases the lock; nothing more to do
        }
    }
}
