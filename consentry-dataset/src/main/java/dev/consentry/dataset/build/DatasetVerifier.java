package dev.consentry.dataset.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Re-hashes every file of a dataset against its manifest: shards, rejects and card. Lists every
 * difference — a missing file, a changed size or hash, a file the manifest does not know.
 *
 * <p>Only files in the dataset's own folder are read: a name in the manifest must be a plain file
 * name (no separator, not {@code .} or {@code ..}, not absolute, not the manifest itself, listed
 * once), and a file that is a symbolic link is a problem, never followed — a manifest is data that
 * anyone could have edited, and {@code ../} in it must not make verification read elsewhere.
 */
public final class DatasetVerifier {
    /** What verification found; {@code problems} is empty when every file matches. */
    public record Report(Manifest manifest, int filesChecked, long bytesChecked, List<String> problems) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    private DatasetVerifier() {}

    public static Report verify(Path folder) {
        Manifest manifest = Manifest.read(folder);
        List<OutputFile> expected = new ArrayList<>(manifest.outputs());
        if (manifest.rejects() != null) {
            expected.add(manifest.rejects());
        }
        if (manifest.card() != null) {
            expected.add(manifest.card());
        }
        List<String> problems = new ArrayList<>();
        Set<String> known = new HashSet<>();
        known.add(Manifest.FILE);
        long bytes = 0;
        for (OutputFile file : expected) {
            if (!isPlainName(file.file())) {
                problems.add(file.file() + ": not a plain file name in the dataset folder; not read");
                continue;
            }
            if (!known.add(file.file())) {
                problems.add(file.file() + (file.file().equals(Manifest.FILE) ? ": is the manifest itself" : ": listed more than once in the manifest"));
                continue;
            }
            Path path = folder.resolve(file.file());
            if (Files.isSymbolicLink(path)) {
                problems.add(file.file() + ": a symbolic link, not a file of the dataset; not followed");
                continue;
            }
            if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(file.file() + ": missing");
                continue;
            }
            long size = size(path);
            bytes += size;
            if (size != file.bytes()) {
                problems.add(file.file() + ": " + size + " bytes, the manifest says " + file.bytes());
            }
            if (!Digests.sha256(path).equals(file.sha256())) {
                problems.add(file.file() + ": SHA-256 differs from the manifest (the file was changed)");
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.map(path -> path.getFileName().toString()).filter(name -> !known.contains(name)).sorted()
                    .forEach(name -> problems.add(name + ": not listed in the manifest"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Report(manifest, expected.size(), bytes, problems);
    }

    /** A name of a file directly in the folder: no separator of any platform, not a step up or in place, no control character. */
    static boolean isPlainName(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c == ':' || c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
