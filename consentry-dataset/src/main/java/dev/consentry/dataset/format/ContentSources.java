package dev.consentry.dataset.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.consentry.dataset.io.InputException;

/**
 * Opens content inputs by file name: JSON Lines ({@code .jsonl}, {@code .json}, {@code .ndjson}, each
 * optionally {@code .gz} or {@code .zst}), CSV with a header ({@code .csv}, {@code .csv.gz},
 * {@code .csv.zst}) and Parquet ({@code .parquet}). A folder stands for the content files in it, in
 * name order; several inputs are read in the order given.
 */
public final class ContentSources {
    private ContentSources() {}

    /** The files the inputs stand for, in the order they will be read. */
    public static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> children = Files.list(input)) {
                    children.filter(Files::isRegularFile).filter(ContentSources::isContentFile)
                            .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new InputException(input + ": cannot list the folder (" + e.getMessage() + ")");
                }
            } else if (Files.isRegularFile(input)) {
                if (!isContentFile(input)) {
                    throw new InputException(input + ": unknown content format; use .jsonl[.gz|.zst], .csv[.gz|.zst] or .parquet");
                }
                files.add(input);
            } else {
                throw new InputException(input + ": no such file or folder");
            }
        }
        if (files.isEmpty()) {
            throw new InputException("no content files in " + inputs);
        }
        return files;
    }

    public static ContentSource open(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String base = name.replaceAll("\\.(gz|zst)$", "");
        if (base.endsWith(".csv")) {
            return CsvContentSource.open(file);
        }
        if (name.endsWith(".parquet")) {
            return ParquetContentSource.open(file);
        }
        return new JsonlContentSource(file.toString());
    }

    static boolean isContentFile(Path file) {
        String base = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("\\.(gz|zst)$", "");
        return base.endsWith(".jsonl") || base.endsWith(".json") || base.endsWith(".ndjson") || base.endsWith(".csv")
                || file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet");
    }
}
