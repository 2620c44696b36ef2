package dev.consentry.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the benchmark corpus as JSON lines ({@code {"text": "..."}}) so peers in other languages measure
 * the same input: {@code java -cp consentry-bench/target/benchmarks.jar dev.consentry.bench.CorpusDump out.jsonl}.
 */
public final class CorpusDump {

    private CorpusDump() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CorpusDump OUTPUT.jsonl [records] [seed]");
            System.exit(2);
        }
        int records = args.length > 1 ? Integer.parseInt(args[1]) : RedactionEngineBenchmark.RECORDS;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : RedactionEngineBenchmark.SEED;
        List<String> corpus = SocialCorpus.generate(seed, records);
        try (Writer w = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String s : corpus) {
                w.write("{\"text\":\"" + escape(s) + "\"}\n");
            }
        }
        System.out.printf("%d records, %d UTF-8 bytes -> %s%n", corpus.size(), SocialCorpus.utf8Bytes(corpus), args[0]);
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
