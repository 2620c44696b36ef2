package dev.consentry.cli.consent;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.consentry.cli.StoreOptions;
import dev.consentry.consent.policy.Policy;
import dev.consentry.consent.policy.PolicyVersion;
import dev.consentry.consent.policy.PurposeRule;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show the policy version in force at an instant (default: now), purpose by purpose, "
                + "and the list of all versions. Validates --policy FILE on the way."})
public final class ShowPolicyCommand implements Callable<Integer> {
    @Option(names = "--at", paramLabel = "INSTANT", description = "ISO-8601 instant, e.g. 2025-01-01T00:00:00Z (default: now).")
    Instant at;

    @Mixin
    StoreOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Policy policy = options.policy();
        Instant instant = at != null ? at : Instant.now();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("policy %s (sha256 %s)%n", policy.name(), policy.sourceSha256());
        out.println("versions:");
        for (PolicyVersion version : policy.versions()) {
            out.printf("  %-12s from %s%s%n", version.name(), version.effectiveFrom(), policy.endOf(version).map(end -> " until " + end).orElse(""));
        }
        Optional<PolicyVersion> inForce = policy.versionAt(instant);
        if (inForce.isEmpty()) {
            out.printf("%nno version is in force at %s: every decision is NOT_IN_POLICY%n", instant);
            return 0;
        }
        PolicyVersion version = inForce.get();
        out.printf("%nin force at %s: version %s%n", instant, version.name());
        for (PurposeRule rule : new java.util.TreeMap<>(version.purposes()).values()) {
            out.printf("%n  %s — %s%n", rule.purpose(), rule.title());
            out.printf("    legal basis:        %s%n", rule.legalBasis());
            out.printf("    controlled by:      %s%n", rule.controls().isEmpty() ? "nothing (members cannot refuse)"
                    : rule.controls().stream().map(control -> control.wireName()).sorted().collect(Collectors.joining(", ")));
            out.printf("    default:            %s%n", rule.defaultOn() ? "on" : "off");
            out.printf("    notice needed:      %s%n", rule.notice() == null ? "none"
                    : "of " + rule.notice().minimumVersion() + " or later, at least " + rule.notice().minimumAge().toDays() + " days old");
            out.printf("    minimum age:        %s%n", rule.minimumAge() == 0 ? "none" : rule.minimumAge());
            out.printf("    excluded countries: %s%n", describeCountries(rule.excludedCountries(), policy.jurisdictions()));
            out.printf("    eligible content:   %s%n", rule.content().kinds().isEmpty() ? "none"
                    : "kinds " + new TreeSet<>(rule.content().kinds()) + ", visibility " + new TreeSet<>(rule.content().visibilities()));
            out.printf("    special categories: %s%n", rule.filterSpecialCategories() ? "filtered out" : "kept");
        }
        return 0;
    }

    /** Names whole jurisdiction groups (largest first) and lists the remaining countries. */
    private static String describeCountries(Set<String> countries, Map<String, Set<String>> groups) {
        if (countries.isEmpty()) {
            return "none";
        }
        Set<String> remaining = new TreeSet<>(countries);
        StringBuilder text = new StringBuilder();
        groups.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
                .filter(group -> remaining.containsAll(group.getValue()))
                .forEach(group -> {
                    text.append(group.getKey()).append(" (").append(group.getValue().size()).append("), ");
                    remaining.removeAll(group.getValue());
                });
        text.append(String.join(", ", remaining));
        String result = text.toString();
        return (result.endsWith(", ") ? result.substring(0, result.length() - 2) : result) + " — " + countries.size() + " countries";
    }
}
