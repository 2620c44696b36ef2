package dev.consentry.dataset.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every generated member's name and handle, for the content generator, which picks authors and
 * mentioned members at random. Names come from a few thousand first and last names, so a member is
 * two dictionary numbers and a handle suffix — nine bytes instead of two strings of their own: 90 MB
 * for 10 million members, where the strings took over a gigabyte.
 */
final class MemberNames {
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private int[] first = new int[1024];
    private int[] last = new int[1024];
    private byte[] suffix = new byte[1024];
    private int size;

    /** The handle a member with these names and suffix has: their names run together, letters and digits only. */
    static String handle(String firstName, String lastName, int handleSuffix) {
        return (firstName + lastName).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + handleSuffix;
    }

    /** Adds the next member (0-based, in order). */
    void add(String firstName, String lastName, int handleSuffix) {
        if (handleSuffix < 0 || handleSuffix > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("handle suffix out of range: " + handleSuffix);
        }
        if (size == first.length) {
            first = Arrays.copyOf(first, size * 2);
            last = Arrays.copyOf(last, size * 2);
            suffix = Arrays.copyOf(suffix, size * 2);
        }
        first[size] = number(firstName);
        last[size] = number(lastName);
        suffix[size] = (byte) handleSuffix;
        size++;
    }

    int size() {
        return size;
    }

    String name(int member) {
        return words.get(first[member]) + " " + words.get(last[member]);
    }

    String handle(int member) {
        return handle(words.get(first[member]), words.get(last[member]), suffix[member]);
    }

    private int number(String word) {
        Integer known = numbers.get(word);
        if (known != null) {
            return known;
        }
        numbers.put(word, words.size());
        words.add(word);
        return words.size() - 1;
    }
}
