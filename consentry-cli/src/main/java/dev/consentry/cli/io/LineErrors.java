package dev.consentry.cli.io;

import java.util.ArrayList;
import java.util.List;

import dev.consentry.cli.UserException;

/**
 * Collects {@code FILE:LINE: message} problems across a whole file so that one run shows them
 * all (the first {@value #SHOWN}, then how many more).
 */
public final class LineErrors {
    public static final int SHOWN = 50;

    private final String file;
    private final List<String> shown = new ArrayList<>();
    private long total;

    public LineErrors(String file) {
        this.file = file;
    }

    public void add(long line, List<String> problems) {
        for (String problem : problems) {
            total++;
            if (shown.size() < SHOWN) {
                shown.add(file + ":" + line + ": " + problem);
            }
        }
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** Throws the collected problems as one user error, if there are any. */
    public void throwIfAny(String verdict) {
        if (total == 0) {
            return;
        }
        List<String> lines = new ArrayList<>(shown);
        if (total > shown.size()) {
            lines.add("... and " + (total - shown.size()) + " more");
        }
        lines.add(verdict);
        throw new UserException(lines);
    }
}
