package dev.consentry.dataset.demo;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.consentry.dataset.io.InputException;

/**
 * The demo's working folder, which every run empties and fills again. Emptying deletes recursively,
 * so it touches only a folder that is plainly one the demo made: it holds the demo's marker file and
 * nothing but the files and folders a demo writes. Never the working directory, the home folder, a
 * file-system root or a folder that holds the working directory, whatever they contain.
 */
public final class DemoFolder {
    /** Written first into every demo folder, so that even a demo that died midway left it. */
    public static final String MARKER = ".consentry-demo";
    private static final Set<String> DEMO_ENTRIES = Set.of(MARKER, "members.jsonl", "events.jsonl", "content.jsonl.zst", "datasets",
            "consentry.db", "consentry.db-wal", "consentry.db-shm", "consentry.db-journal");

    private final Path workingDirectory;
    private final Path home;

    /**
     * @param workingDirectory the process's current folder
     * @param home the user's home folder
     */
    public DemoFolder(Path workingDirectory, Path home) {
        this.workingDirectory = real(requireNonNull(workingDirectory, "workingDirectory is null"));
        this.home = real(requireNonNull(home, "home is null"));
    }

    /**
     * Leaves {@code folder} (relative to the working directory) existing, empty but for the marker: a missing or empty folder is
     * created, a demo folder is emptied, anything else is refused with an {@link InputException}
     * and left as it was.
     */
    public void prepare(Path folder) {
        Path absolute = workingDirectory.resolve(folder).normalize();
        try {
            if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                Path real = absolute.toRealPath();
                refuseProtected(folder, real);
                if (!Files.isDirectory(real)) {
                    throw new InputException(folder + ": not a folder; the demo writes only into a folder of its own");
                }
                List<String> foreign = foreignEntries(real);
                boolean empty = isEmpty(real);
                if (!empty && !Files.isRegularFile(real.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
                    throw new InputException(folder + ": not a demo folder (it has no " + MARKER + " file) and not empty; "
                            + "the demo empties its folder first, so it uses only a new, empty or earlier demo folder "
                            + "(one written before demo folders were marked: remove it yourself)");
                }
                if (!foreign.isEmpty()) {
                    throw new InputException(folder + ": holds files a demo does not write (" + String.join(", ", foreign)
                            + "); the demo empties its folder first, so it leaves this one alone");
                }
                deleteContents(real);
            } else {
                Path parent = absolute.getParent();
                if (parent != null && Files.exists(parent)) {
                    refuseProtected(folder, parent.toRealPath().resolve(absolute.getFileName()));
                }
            }
            Files.createDirectories(absolute);
            Files.writeString(absolute.resolve(MARKER), "A consentry demo folder: each demo run deletes and writes again what is in it.\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(folder + ": cannot prepare the demo folder (" + e.getMessage() + ")");
        }
    }

    private void refuseProtected(Path given, Path real) {
        if (real.getParent() == null) {
            throw new InputException(given + ": a file-system root is never a demo folder");
        }
        if (real.equals(home)) {
            throw new InputException(given + ": the home folder is never a demo folder");
        }
        if (workingDirectory.startsWith(real)) {
            throw new InputException(given + ": the working directory " + (real.equals(workingDirectory) ? "" : "is inside it; it ")
                    + "is never a demo folder");
        }
    }

    private static List<String> foreignEntries(Path folder) throws IOException {
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                boolean expected = DEMO_ENTRIES.contains(name)
                        && (name.equals("datasets") ? Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) : Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS));
                if (!expected) {
                    foreign.add(name);
                }
            }
        }
        return foreign;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteContents(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(folder)) {
                    Files.delete(path);
                }
            }
        }
    }

    private static Path real(Path path) {
        try {
            return path.toAbsolutePath().toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize(); // a home folder that does not exist protects nothing, but is no error
        }
    }
}
