package dev.consentry.dataset.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a run may write. Every command that writes a file or replaces a folder asks here first,
 * before it opens anything for writing, so that a mistake on the command line costs a message and
 * never a file:
 *
 * <ul>
 *   <li>an output is never the same file as something the run reads, nor as another of its
 *       outputs ({@link #checkDistinct}); files are compared on their real paths and, where both
 *       exist, on their identity, so neither {@code dir/../f}, a symbolic link nor a hard link hides
 *       that two names are one file;
 *   <li>a folder that is replaced whole never holds — is never, nor is an ancestor of — a file
 *       the run reads, the database or the working directory ({@link #holders}).
 * </ul>
 *
 * <p>Standard input and output ({@code -}) are not files and are never compared, except that two
 * outputs cannot both be standard output.
 */
public final class OutputPaths {
    /** Symbolic links followed while resolving a path that does not exist yet, as the kernel's own limit. */
    private static final int MAX_LINKS = 40;

    /** A file or folder a run reads or writes, and what it is to the run ("the input", "the rejects file"): messages name both. */
    public record Named(String role, String name) {
        public Named {
            if (role == null || role.isBlank() || name == null) {
                throw new IllegalArgumentException("a named path needs a role and a name");
            }
        }

        public static Named of(String role, Path path) {
            return new Named(role, path.toString());
        }

        boolean isStandardStream() {
            return name.equals("-");
        }
    }

    private OutputPaths() {}

    /**
     * Refuses, listing every clash at once, an output that is the same file as an input or as an
     * earlier output. Nothing is created or opened.
     */
    public static void checkDistinct(List<Named> inputs, List<Named> outputs) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            Named output = outputs.get(i);
            for (Named input : inputs) {
                if (!output.isStandardStream() && !input.isStandardStream() && sameFile(Path.of(output.name()), Path.of(input.name()))) {
                    problems.add(clash(output, input));
                }
            }
            for (int j = 0; j < i; j++) {
                Named earlier = outputs.get(j);
                boolean bothStdout = output.isStandardStream() && earlier.isStandardStream();
                boolean oneFile = !output.isStandardStream() && !earlier.isStandardStream() && sameFile(Path.of(output.name()), Path.of(earlier.name()));
                if (bothStdout || oneFile) {
                    problems.add(clash(output, earlier));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    private static String clash(Named output, Named other) {
        String same = output.name().equals(other.name()) ? "" : " (" + other.name() + ")";
        return output.name() + ": the " + strip(output.role()) + " is the " + strip(other.role()) + same + "; refusing to write over it";
    }

    private static String strip(String role) {
        return role.startsWith("the ") ? role.substring(4) : role;
    }

    /**
     * The paths among {@code kept} that {@code folder} is, or is an ancestor of: what replacing
     * the folder would delete. Compared on real paths; an empty list means none.
     */
    public static List<Named> holders(Path folder, List<Named> kept) {
        Path real = canonical(folder);
        List<Named> held = new ArrayList<>();
        for (Named path : kept) {
            if (!path.isStandardStream() && canonical(Path.of(path.name())).startsWith(real)) {
                held.add(path);
            }
        }
        return held;
    }

    /** Whether two paths name one file: by identity where both exist, else by real path. */
    public static boolean sameFile(Path a, Path b) {
        if (Files.exists(a) && Files.exists(b)) {
            try {
                return Files.isSameFile(a, b);
            } catch (IOException e) {
                // fall through to the comparison of real paths
            }
        }
        return canonical(a).equals(canonical(b));
    }

    /**
     * The real path of {@code path}, also when it (or the end of it) does not exist yet: the
     * longest part that exists is resolved with its symbolic links, a dangling link is followed to
     * where it points, and the rest is appended.
     */
    public static Path canonical(Path path) {
        return canonical(path.toAbsolutePath(), 0);
    }

    private static Path canonical(Path absolute, int links) {
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            // does not exist, or is a dangling link: resolve what does
        }
        if (links < MAX_LINKS && Files.isSymbolicLink(absolute)) {
            try {
                Path target = Files.readSymbolicLink(absolute);
                Path parent = absolute.getParent();
                return canonical(parent == null ? target.toAbsolutePath() : parent.resolve(target), links + 1);
            } catch (IOException e) {
                return absolute.normalize();
            }
        }
        Path parent = absolute.getParent();
        Path name = absolute.getFileName();
        if (parent == null || name == null) {
            return absolute.normalize();
        }
        Path realParent = canonical(parent, links);
        return switch (name.toString()) {
            case "." -> realParent;
            case ".." -> realParent.getParent() == null ? realParent : realParent.getParent();
            default -> realParent.resolve(name);
        };
    }
}
