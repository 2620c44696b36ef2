package dev.consentry.dataset.build;

import java.nio.file.Path;

/** A published dataset: where it is and its manifest. */
public record BuildResult(Path path, Manifest manifest) {}
