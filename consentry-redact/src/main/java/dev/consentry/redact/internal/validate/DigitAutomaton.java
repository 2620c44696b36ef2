package dev.consentry.redact.internal.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic automaton over the ten ASCII digits, compiled from a regular expression in the small
 * syntax libphonenumber's metadata is written in: digits, {@code \d}, classes such as {@code [2-47-9]},
 * groups {@code (...)} and {@code (?:...)}, alternation, and the quantifiers {@code ?}, {@code *},
 * {@code +}, {@code {n}}, {@code {n,}} and {@code {n,m}}.
 *
 * <p>Why: libphonenumber validates a number by matching it against a dozen {@link java.util.regex}
 * patterns per region, some over a thousand characters of alternatives, which backtrack through them
 * digit by digit. The same language as a DFA is one array lookup per digit. The answers are the same
 * as {@code Pattern.matches} (full match) and {@code Matcher.lookingAt} (prefix match); the tests
 * compare the two on every pattern of the metadata.
 *
 * <p>Compilation is Thompson's construction followed by the subset construction; anything outside the
 * syntax above is rejected with {@link IllegalArgumentException}, so a caller can keep the regex for it.
 */
public final class DigitAutomaton {

    private static final int DEAD = -1;
    /** Per state, ten next states (DEAD where the digit leads nowhere). */
    private final int[] next;
    private final boolean[] accepting;

    private DigitAutomaton(int[] next, boolean[] accepting) {
        this.next = next;
        this.accepting = accepting;
    }

    /** Compiles {@code regex}; throws {@link IllegalArgumentException} for syntax outside the subset. */
    public static DigitAutomaton compile(String regex) {
        Nfa nfa = new Nfa();
        Fragment whole = new Parser(regex, nfa).parseAll();
        nfa.accept = whole.end;
        return determinize(nfa, whole.start);
    }

    /** Number of states, for tests and sizing. */
    public int states() {
        return accepting.length;
    }

    /** True when the whole of {@code digits[from, to)} is in the language (like {@code Pattern.matches}). */
    public boolean matches(CharSequence digits, int from, int to) {
        int state = 0;
        for (int i = from; i < to && state != DEAD; i++) {
            state = step(state, digits.charAt(i));
        }
        return state != DEAD && accepting[state];
    }

    public boolean matches(CharSequence digits) {
        return matches(digits, 0, digits.length());
    }

    /** True when some prefix of {@code digits}, the empty one included, is in the language (like {@code lookingAt}). */
    public boolean matchesPrefix(CharSequence digits) {
        int state = 0;
        for (int i = 0; !accepting[state]; i++) {
            if (i == digits.length() || (state = step(state, digits.charAt(i))) == DEAD) {
                return false;
            }
        }
        return true;
    }

    /** The state after {@code c}, or DEAD (also for a char that is not an ASCII digit). */
    private int step(int state, char c) {
        int d = c - '0';
        return d < 0 || d > 9 ? DEAD : next[state * 10 + d];
    }

    /**
     * The digits of a string in the language, chosen by {@code choice} at each step (only for tests, which need
     * members of a language, not just random strings that almost never are); null when the walk dies.
     */
    String sample(java.util.random.RandomGenerator choice, int maxLength) {
        StringBuilder out = new StringBuilder();
        int state = 0;
        while (out.length() <= maxLength) {
            if (accepting[state] && (choice.nextInt(3) == 0 || !hasNext(state))) {
                return out.toString();
            }
            int[] options = new int[10];
            int n = 0;
            for (int d = 0; d < 10; d++) {
                if (next[state * 10 + d] != DEAD) {
                    options[n++] = d;
                }
            }
            if (n == 0) {
                return accepting[state] ? out.toString() : null;
            }
            int d = options[choice.nextInt(n)];
            out.append((char) ('0' + d));
            state = next[state * 10 + d];
        }
        return null;
    }

    private boolean hasNext(int state) {
        for (int d = 0; d < 10; d++) {
            if (next[state * 10 + d] != DEAD) {
                return true;
            }
        }
        return false;
    }

    private static DigitAutomaton determinize(Nfa nfa, int start) {
        Map<BitSet, Integer> ids = new HashMap<>();
        List<BitSet> sets = new ArrayList<>();
        BitSet first = nfa.closure(single(start));
        ids.put(first, 0);
        sets.add(first);
        int[] next = new int[160];
        for (int s = 0; s < sets.size(); s++) {
            BitSet current = sets.get(s);
            if ((s + 1) * 10 > next.length) {
                next = Arrays.copyOf(next, next.length * 2);
            }
            for (int d = 0; d < 10; d++) {
                BitSet moved = new BitSet();
                for (int q = current.nextSetBit(0); q >= 0; q = current.nextSetBit(q + 1)) {
                    if ((nfa.digitMask(q) & (1 << d)) != 0) {
                        moved.set(nfa.digitTarget(q));
                    }
                }
                if (moved.isEmpty()) {
                    next[s * 10 + d] = DEAD;
                    continue;
                }
                BitSet target = nfa.closure(moved);
                Integer id = ids.get(target);
                if (id == null) {
                    id = sets.size();
                    ids.put(target, id);
                    sets.add(target);
                }
                next[s * 10 + d] = id;
            }
        }
        boolean[] accepting = new boolean[sets.size()];
        for (int s = 0; s < accepting.length; s++) {
            accepting[s] = sets.get(s).get(nfa.accept);
        }
        return new DigitAutomaton(Arrays.copyOf(next, sets.size() * 10), accepting);
    }

    private static BitSet single(int state) {
        BitSet b = new BitSet();
        b.set(state);
        return b;
    }

    /** A piece of the NFA with one entry and one exit state. */
    private record Fragment(int start, int end) {}

    /**
     * Thompson NFA: each state has either one digit-class edge (a 10-bit mask and a target) or up to two
     * epsilon edges.
     */
    private static final class Nfa {
        private int[] mask = new int[64];
        private int[] target = new int[64];
        private int[] eps1 = new int[64];
        private int[] eps2 = new int[64];
        private int count;
        int accept;

        int newState() {
            if (count == mask.length) {
                mask = Arrays.copyOf(mask, count * 2);
                target = Arrays.copyOf(target, count * 2);
                eps1 = Arrays.copyOf(eps1, count * 2);
                eps2 = Arrays.copyOf(eps2, count * 2);
            }
            mask[count] = 0;
            target[count] = -1;
            eps1[count] = -1;
            eps2[count] = -1;
            return count++;
        }

        void digits(int from, int digitMask, int to) {
            mask[from] = digitMask;
            target[from] = to;
        }

        void epsilon(int from, int to) {
            if (eps1[from] < 0) {
                eps1[from] = to;
            } else if (eps2[from] < 0) {
                eps2[from] = to;
            } else {
                throw new IllegalStateException("a state has at most two epsilon edges");
            }
        }

        int digitMask(int state) {
            return mask[state];
        }

        int digitTarget(int state) {
            return target[state];
        }

        BitSet closure(BitSet states) {
            BitSet out = (BitSet) states.clone();
            int[] stack = new int[count + 1];
            int top = 0;
            for (int q = states.nextSetBit(0); q >= 0; q = states.nextSetBit(q + 1)) {
                stack[top++] = q;
            }
            while (top > 0) {
                int q = stack[--top];
                for (int e : new int[] {eps1[q], eps2[q]}) {
                    if (e >= 0 && !out.get(e)) {
                        out.set(e);
                        stack[top++] = e;
                    }
                }
            }
            return out;
        }
    }

    /** Recursive descent over the regex; builds NFA fragments as it goes (a repeated atom is re-parsed). */
    private static final class Parser {
        private static final int ANY_DIGIT = (1 << 10) - 1;
        private final String regex;
        private final Nfa nfa;
        private int pos;

        Parser(String regex, Nfa nfa) {
            this.regex = regex;
            this.nfa = nfa;
        }

        Fragment parseAll() {
            Fragment f = alternation();
            if (pos != regex.length()) {
                throw unsupported("unexpected '" + regex.charAt(pos) + "'");
            }
            return f;
        }

        private Fragment alternation() {
            Fragment left = concatenation();
            while (pos < regex.length() && regex.charAt(pos) == '|') {
                pos++;
                Fragment right = concatenation();
                int start = nfa.newState();
                int end = nfa.newState();
                nfa.epsilon(start, left.start);
                nfa.epsilon(start, right.start);
                nfa.epsilon(left.end, end);
                nfa.epsilon(right.end, end);
                left = new Fragment(start, end);
            }
            return left;
        }

        private Fragment concatenation() {
            int start = nfa.newState();
            int end = start;
            while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
                Fragment f = repetition();
                nfa.epsilon(end, f.start);
                end = f.end;
            }
            return new Fragment(start, end);
        }

        private Fragment repetition() {
            int atomStart = pos;
            Fragment atom = atom();
            if (pos >= regex.length()) {
                return atom;
            }
            char q = regex.charAt(pos);
            int min;
            int max; // -1: unbounded
            if (q == '?') {
                min = 0;
                max = 1;
                pos++;
            } else if (q == '*') {
                min = 0;
                max = -1;
                pos++;
            } else if (q == '+') {
                min = 1;
                max = -1;
                pos++;
            } else if (q == '{') {
                int close = regex.indexOf('}', pos);
                if (close < 0) {
                    throw unsupported("unclosed '{'");
                }
                String body = regex.substring(pos + 1, close);
                int comma = body.indexOf(',');
                try {
                    if (comma < 0) {
                        min = Integer.parseInt(body);
                        max = min;
                    } else {
                        min = Integer.parseInt(body.substring(0, comma));
                        max = comma == body.length() - 1 ? -1 : Integer.parseInt(body.substring(comma + 1));
                    }
                } catch (NumberFormatException e) {
                    throw unsupported("bad quantifier {" + body + "}");
                }
                if (min < 0 || (max >= 0 && max < min) || min > 64 || max > 64) {
                    throw unsupported("quantifier {" + body + "} out of range");
                }
                pos = close + 1;
            } else {
                return atom;
            }
            if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
                throw unsupported("lazy or possessive quantifier"); // same language, but keep the subset small
            }
            int atomEnd = pos;
            return repeat(atom, atomStart, atomEnd, min, max);
        }

        /** {@code atom} repeated min..max times; further copies re-parse the atom's text for fresh states. */
        private Fragment repeat(Fragment first, int atomStart, int quantifiedEnd, int min, int max) {
            int start = nfa.newState();
            int end = start;
            Fragment copy = first;
            int copies = 0;
            for (; copies < min; copies++) {
                copy = copies == 0 ? first : reparse(atomStart, quantifiedEnd);
                nfa.epsilon(end, copy.start);
                end = copy.end;
            }
            if (max < 0) {
                Fragment loop = copies == 0 ? first : reparse(atomStart, quantifiedEnd);
                int loopEntry = nfa.newState();
                int exit = nfa.newState();
                nfa.epsilon(end, loopEntry);
                nfa.epsilon(loopEntry, loop.start);
                nfa.epsilon(loopEntry, exit);
                nfa.epsilon(loop.end, loopEntry);
                return new Fragment(start, exit);
            }
            int exit = nfa.newState();
            for (; copies < max; copies++) {
                Fragment optional = copies == 0 ? first : reparse(atomStart, quantifiedEnd);
                int branch = nfa.newState();
                nfa.epsilon(end, branch);
                nfa.epsilon(branch, optional.start);
                nfa.epsilon(branch, exit);
                end = optional.end;
            }
            nfa.epsilon(end, exit);
            return new Fragment(start, exit);
        }

        private Fragment reparse(int atomStart, int quantifiedEnd) {
            int saved = pos;
            pos = atomStart;
            Fragment f = atom();
            pos = saved;
            assert saved == quantifiedEnd;
            return f;
        }

        private Fragment atom() {
            char c = regex.charAt(pos);
            if (c >= '0' && c <= '9') {
                pos++;
                return digitEdge(1 << (c - '0'));
            }
            if (c == '\\') {
                if (pos + 1 < regex.length() && regex.charAt(pos + 1) == 'd') {
                    pos += 2;
                    return digitEdge(ANY_DIGIT);
                }
                throw unsupported("escape other than \\d");
            }
            if (c == '[') {
                return digitEdge(characterClass());
            }
            if (c == '(') {
                pos++;
                if (regex.startsWith("?:", pos)) {
                    pos += 2;
                } else if (pos < regex.length() && regex.charAt(pos) == '?') {
                    throw unsupported("group construct (?" );
                }
                Fragment inner = alternation();
                if (pos >= regex.length() || regex.charAt(pos) != ')') {
                    throw unsupported("unclosed '('");
                }
                pos++;
                return inner;
            }
            throw unsupported("unexpected '" + c + "'");
        }

        private int characterClass() {
            pos++; // '['
            if (pos < regex.length() && regex.charAt(pos) == '^') {
                throw unsupported("negated class");
            }
            int mask = 0;
            while (pos < regex.length() && regex.charAt(pos) != ']') {
                int low = classDigit();
                int high = low;
                if (pos + 1 < regex.length() && regex.charAt(pos) == '-' && regex.charAt(pos + 1) != ']') {
                    pos++;
                    high = classDigit();
                }
                if (high < low) {
                    throw unsupported("reversed range");
                }
                for (int d = low; d <= high; d++) {
                    mask |= 1 << d;
                }
            }
            if (pos >= regex.length()) {
                throw unsupported("unclosed '['");
            }
            pos++; // ']'
            return mask;
        }

        private int classDigit() {
            char c = regex.charAt(pos);
            if (c < '0' || c > '9') {
                throw unsupported("class member '" + c + "'");
            }
            pos++;
            return c - '0';
        }

        private Fragment digitEdge(int mask) {
            int from = nfa.newState();
            int to = nfa.newState();
            nfa.digits(from, mask, to);
            return new Fragment(from, to);
        }

        private IllegalArgumentException unsupported(String what) {
            return new IllegalArgumentException("not a digit pattern: " + what + " at " + pos + " in " + regex);
        }
    }
}
