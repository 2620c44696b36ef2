package dev.consentry.consent.decision;

import static dev.consentry.consent.ReasonCode.ALLOWED_BY_DEFAULT;
import static dev.consentry.consent.ReasonCode.ALLOWED_BY_SETTING;
import static dev.consentry.consent.ReasonCode.DEFAULT_OFF;
import static dev.consentry.consent.ReasonCode.ERASED;
import static dev.consentry.consent.ReasonCode.GPC_OPT_OUT;
import static dev.consentry.consent.ReasonCode.JURISDICTION_EXCLUDED;
import static dev.consentry.consent.ReasonCode.MINOR;
import static dev.consentry.consent.ReasonCode.NOTICE_PENDING;
import static dev.consentry.consent.ReasonCode.NOT_IN_POLICY;
import static dev.consentry.consent.ReasonCode.OBJECTION_UPHELD;
import static dev.consentry.consent.ReasonCode.OPTED_OUT;
import static dev.consentry.consent.ReasonCode.UNKNOWN_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

import dev.consentry.consent.Decision;
import dev.consentry.consent.Member;
import dev.consentry.consent.ReasonCode;
import dev.consentry.consent.policy.DefaultPolicy;
import dev.consentry.consent.policy.Policy;
import dev.consentry.consent.policy.PolicyParser;

class DecisionFunctionTest {
    private static final String GENAI = "genai-training";
    private static final Policy POLICY = DefaultPolicy.load();

    private final LedgerFixture ledger = new LedgerFixture()
            .member(Member.of("us", "US"))
            .member(Member.of("de", "DE"))
            .member(Member.of("gb", "GB"))
            .member(new Member("kid", "US", null, LocalDate.parse("2008-03-15"), null, List.of()));

    private ReasonCode reason(String member, String purpose, String at) {
        Decision decision = new DecisionFunction(POLICY).decide(ledger.history(member), purpose, Instant.parse(at));
        return decision.reason();
    }

    @Test
    void nothingIsInPolicyBeforeTheFirstVersion() {
        ledger.notice("us", "2024-09-18", "2024-08-01T00:00:00Z").setting("us", GENAI, true, "2024-08-01T00:00:00Z");
        assertThat(reason("us", GENAI, "2024-09-17T23:59:59Z")).isEqualTo(NOT_IN_POLICY);
        assertThat(reason("nobody", GENAI, "2024-09-17T00:00:00Z")).isEqualTo(NOT_IN_POLICY);
        assertThat(reason("us", GENAI, "2024-09-18T00:00:00Z")).isEqualTo(ALLOWED_BY_SETTING);
    }

    @Test
    void unknownPurposeIsNotInPolicyEvenForUnknownMembers() {
        assertThat(reason("nobody", "ads", "2025-01-01T00:00:00Z")).isEqualTo(NOT_IN_POLICY);
    }

    @Test
    void unknownMemberIsDenied() {
        assertThat(reason("nobody", GENAI, "2025-01-01T00:00:00Z")).isEqualTo(UNKNOWN_MEMBER);
        assertThat(reason("nobody", "personalization", "2025-01-01T00:00:00Z")).isEqualTo(UNKNOWN_MEMBER);
    }

    @Test
    void erasureBeatsEverythingAndCountsFromItsInstant() {
        ledger.setting("us", GENAI, true, "2024-10-01T00:00:00Z").erasure("us", "2025-01-01T00:00:00Z");
        assertThat(reason("us", GENAI, "2024-12-31T23:59:59Z")).isEqualTo(ALLOWED_BY_SETTING);
        assertThat(reason("us", GENAI, "2025-01-01T00:00:00Z")).isEqualTo(ERASED);
        assertThat(reason("us", "moderation", "2026-01-01T00:00:00Z")).isEqualTo(ERASED);
        ledger.erasure("de", "2025-01-01T00:00:00Z");
        assertThat(reason("de", GENAI, "2025-02-01T00:00:00Z")).isEqualTo(ERASED);
    }

    @Test
    void euMembersAreExcludedUntilTheLegitimateInterestVersion() {
        ledger.setting("de", GENAI, true, "2024-10-01T00:00:00Z");
        assertThat(reason("de", GENAI, "2025-11-02T23:59:59Z")).isEqualTo(JURISDICTION_EXCLUDED);
        assertThat(reason("de", GENAI, "2025-11-03T00:00:00Z")).isEqualTo(ALLOWED_BY_SETTING);
        assertThat(reason("de", "personalization", "2025-01-01T00:00:00Z")).isEqualTo(ALLOWED_BY_DEFAULT);
    }

    @Test
    void exclusionAppliesFromTheVersionThatAddsTheCountry() {
        ledger.notice("gb", "2024-09-18", "2024-09-18T00:00:00Z");
        assertThat(reason("gb", GENAI, "2024-09-19T12:00:00Z")).isEqualTo(NOTICE_PENDING);
        assertThat(reason("gb", GENAI, "2024-09-20T00:00:00Z")).isEqualTo(JURISDICTION_EXCLUDED);
        assertThat(reason("gb", GENAI, "2025-11-03T00:00:00Z")).isEqualTo(NOTICE_PENDING);
    }

    @Test
    void newVersionNeedsItsOwnNoticeThirtyDaysOld() {
        ledger.notice("de", "2024-09-18", "2024-09-18T00:00:00Z").notice("de", "2025-11-03", "2025-11-03T00:00:00Z");
        assertThat(reason("de", GENAI, "2025-12-02T23:59:59Z")).isEqualTo(NOTICE_PENDING);
        assertThat(reason("de", GENAI, "2025-12-03T00:00:00Z")).isEqualTo(ALLOWED_BY_DEFAULT);
        ledger.notice("us", "2024-09-18", "2024-09-18T00:00:00Z");
        assertThat(reason("us", GENAI, "2025-10-01T00:00:00Z")).isEqualTo(ALLOWED_BY_DEFAULT);
        assertThat(reason("us", GENAI, "2025-11-03T00:00:00Z")).isEqualTo(NOTICE_PENDING);
    }

    @Test
    void noticeOfALaterVersionQualifiesForAnEarlierMinimum() {
        ledger.notice("us", "2025-11-03", "2024-10-01T00:00:00Z");
        assertThat(reason("us", GENAI, "2024-10-31T00:00:00Z")).isEqualTo(ALLOWED_BY_DEFAULT);
    }

    @Test
    void relocationMovesTheMemberAcrossJurisdictions() {
        ledger.notice("us", "2024-09-18", "2024-09-18T00:00:00Z")
                .relocation("us", "FR", "2025-01-01T00:00:00Z")
                .relocation("us", "BR", "2025-03-01T00:00:00Z");
        assertThat(reason("us", GENAI, "2024-12-31T00:00:00Z")).isEqualTo(ALLOWED_BY_DEFAULT);
        assertThat(reason("us", GENAI, "2025-01-01T00:00:00Z")).isEqualTo(JURISDICTION_EXCLUDED);
        assertThat(reason("us", GENAI, "2025-03-01T00:00:00Z")).isEqualTo(ALLOWED_BY_DEFAULT);
    }

    @Test
    void relocationsAtTheSameInstantAreOrderedByLedgerSequence() {
        ledger.notice("us", "2024-09-18", "2024-09-18T00:00:00Z")
                .relocation("us", "FR", "2025-01-01T00:00:00Z")
                .relocation("us", "US", "2025-01-01T00:00:00Z");
        assertThat(reason("us", GENAI, "2025-02-01T00:00:00Z")).isEqualTo(ALLOWED_BY_DEFAULT);
    }

    @Test
    void minorsAreExcludedUntilTheirEighteenthBirthdayEvenWithTheSettingOn() {
        ledger.setting("kid", GENAI, true, "2024-10-01T00:00:00Z");
        assertThat(reason("kid", GENAI, "2026-03-14T23:59:59Z")).isEqualTo(MINOR);
        assertThat(reason("kid", GENAI, "2026-03-15T00:00:00Z")).isEqualTo(ALLOWED_BY_SETTING);
        assertThat(reason("kid", "personalization", "2025-01-01T00:00:00Z")).isEqualTo(ALLOWED_BY_DEFAULT);
    }

    @Test
    void latestOfSettingAndGpcWins() {
        ledger.setting("us", GENAI, false, "2024-10-01T00:00:00Z");
        assertThat(reason("us", GENAI, "2024-11-01T00:00:00Z")).isEqualTo(OPTED_OUT);
        ledger.setting("us", GENAI, true, "2024-12-01T00:00:00Z");
        assertThat(reason("us", GENAI, "2024-12-01T00:00:00Z")).isEqualTo(ALLOWED_BY_SETTING);
        ledger.gpc("us", "2025-01-01T00:00:00Z");
        assertThat(reason("us", GENAI, "2025-01-01T00:00:00Z")).isEqualTo(GPC_OPT_OUT);
        ledger.setting("us", GENAI, true, "2025-02-01T00:00:00Z");
        assertThat(reason("us", GENAI, "2025-02-01T00:00:00Z")).isEqualTo(ALLOWED_BY_SETTING);
        assertThat(reason("us", GENAI, "2025-01-31T00:00:00Z")).isEqualTo(GPC_OPT_OUT);
    }

    @Test
    void settingAndGpcAtTheSameInstantAreOrderedByLedgerSequence() {
        ledger.gpc("us", "2025-01-01T00:00:00Z").setting("us", GENAI, true, "2025-01-01T00:00:00Z");
        assertThat(reason("us", GENAI, "2025-01-01T00:00:00Z")).isEqualTo(ALLOWED_BY_SETTING);
        ledger.gpc("gb", "2025-01-01T00:00:00Z").setting("gb", GENAI, true, "2025-01-01T00:00:00Z").gpc("gb", "2025-01-01T00:00:00Z");
        assertThat(reason("gb", GENAI, "2025-12-01T00:00:00Z")).isEqualTo(GPC_OPT_OUT);
    }

    @Test
    void laterEventsFiledEarlierInTheLedgerStillCountByInstant() {
        ledger.setting("us", GENAI, true, "2025-03-01T00:00:00Z").setting("us", GENAI, false, "2025-01-01T00:00:00Z");
        assertThat(reason("us", GENAI, "2025-02-01T00:00:00Z")).isEqualTo(OPTED_OUT);
        assertThat(reason("us", GENAI, "2025-04-01T00:00:00Z")).isEqualTo(ALLOWED_BY_SETTING);
    }

    @Test
    void gpcDoesNotTouchPurposesWithoutGpcControl() {
        ledger.gpc("us", "2025-01-01T00:00:00Z").setting("us", "personalization", false, "2025-01-01T00:00:00Z");
        assertThat(reason("us", "personalization", "2025-02-01T00:00:00Z")).isEqualTo(ALLOWED_BY_DEFAULT);
    }

    @Test
    void settingOnNeedsNoNotice() {
        ledger.setting("us", GENAI, true, "2024-09-18T00:00:00Z");
        assertThat(reason("us", GENAI, "2024-09-18T00:00:01Z")).isEqualTo(ALLOWED_BY_SETTING);
    }

    @Test
    void onlyUpheldObjectionsNotWithdrawnDeny() {
        ledger.objection("us", "o1", List.of("personalization"), "2025-01-01T00:00:00Z");
        assertThat(reason("us", "personalization", "2025-01-02T00:00:00Z")).as("pending").isEqualTo(ALLOWED_BY_DEFAULT);
        ledger.decided("o1", true, "2025-02-01T00:00:00Z");
        assertThat(reason("us", "personalization", "2025-02-01T00:00:00Z")).isEqualTo(OBJECTION_UPHELD);
        assertThat(reason("us", "moderation", "2025-02-01T00:00:00Z")).isEqualTo(ALLOWED_BY_DEFAULT);
        assertThat(reason("us", GENAI, "2025-02-01T00:00:00Z")).isEqualTo(NOTICE_PENDING);
        ledger.withdrawn("o1", "2025-03-01T00:00:00Z");
        assertThat(reason("us", "personalization", "2025-02-28T00:00:00Z")).isEqualTo(OBJECTION_UPHELD);
        assertThat(reason("us", "personalization", "2025-03-01T00:00:00Z")).isEqualTo(ALLOWED_BY_DEFAULT);
    }

    @Test
    void rejectedObjectionDeniesNothingAndTheLatestDecisionCounts() {
        ledger.objection("us", "o1", List.of("moderation", "personalization"), "2025-01-01T00:00:00Z")
                .decided("o1", false, "2025-02-01T00:00:00Z");
        assertThat(reason("us", "moderation", "2025-02-15T00:00:00Z")).isEqualTo(ALLOWED_BY_DEFAULT);
        ledger.decided("o1", true, "2025-03-01T00:00:00Z");
        assertThat(reason("us", "moderation", "2025-03-15T00:00:00Z")).isEqualTo(OBJECTION_UPHELD);
        assertThat(reason("us", "personalization", "2025-03-15T00:00:00Z")).isEqualTo(OBJECTION_UPHELD);
    }

    @Test
    void defaultOffPurposeNeedsTheSetting() {
        Policy policy = PolicyParser.parse("p.yaml", """
                name: p
                purposes:
                  ads: {controls: [setting, gpc], default: off}
                versions:
                  - {version: v1, from: "2025-01-01T00:00:00Z", purposes: {ads: {}}}
                """);
        DecisionFunction decide = new DecisionFunction(policy);
        assertThat(decide.decide(ledger.history("us"), "ads", Instant.parse("2025-02-01T00:00:00Z")).reason()).isEqualTo(DEFAULT_OFF);
        ledger.setting("us", "ads", true, "2025-01-15T00:00:00Z");
        Decision allowed = decide.decide(ledger.history("us"), "ads", Instant.parse("2025-02-01T00:00:00Z"));
        assertThat(allowed).isEqualTo(new Decision(true, ALLOWED_BY_SETTING, "v1"));
    }

    @Test
    void decisionNamesTheVersionInForce() {
        Decision decision = new DecisionFunction(POLICY).decide(ledger.history("de"), GENAI, Instant.parse("2024-10-15T00:00:00Z"));
        assertThat(decision).isEqualTo(new Decision(false, JURISDICTION_EXCLUDED, "2024-10-11"));
    }
    // Issue 8, item 6: the facts decisions rest on come from the ledger, never from the registry row.

    @Test
    void registrationFactsHoldBeforeTheRegistrationInstant() {
        // The fixture registers members at 2027-01-01: the member existed before they were imported.
        assertThat(reason("de", GENAI, "2024-10-01T00:00:00Z")).isEqualTo(JURISDICTION_EXCLUDED);
        assertThat(reason("kid", GENAI, "2025-01-01T00:00:00Z")).isEqualTo(MINOR);
    }

    @Test
    void theRegistryRowDecidesNothing() {
        // A row saying US with no birth date, but the ledger registered the member in DE as a minor.
        LedgerFixture changed = new LedgerFixture().member(new Member("m", "DE", null, LocalDate.parse("2012-01-01"), null, List.of()));
        MemberHistory registered = changed.history("m");
        MemberHistory rowChanged = new MemberHistory("m", Member.of("m", "US"), registered.entries());
        DecisionFunction decide = new DecisionFunction(POLICY);
        assertThat(decide.decide(rowChanged, GENAI, Instant.parse("2024-10-01T00:00:00Z")).reason()).isEqualTo(JURISDICTION_EXCLUDED);
        assertThat(decide.decide(rowChanged, GENAI, Instant.parse("2026-01-01T00:00:00Z")).reason()).isEqualTo(MINOR);
        assertThat(rowChanged.birthDate()).contains(LocalDate.parse("2012-01-01"));
        assertThat(rowChanged.countryAt(Instant.parse("2026-01-01T00:00:00Z"))).contains("DE");
    }

    @Test
    void aRegistryRowWithoutItsRegistrationIsUnknown() {
        ledger.rowOnly(Member.of("ghost", "US")).notice("ghost", "2024-09-18", "2024-09-18T00:00:00Z");
        assertThat(reason("ghost", GENAI, "2025-01-01T00:00:00Z")).isEqualTo(UNKNOWN_MEMBER);
        assertThat(reason("ghost", "personalization", "2025-01-01T00:00:00Z")).isEqualTo(UNKNOWN_MEMBER);
        assertThat(ledger.history("ghost").isRegistered()).isFalse();
    }

    @Test
    void aBirthDateLearnedLaterHoldsForThePastToo() {
        ledger.notice("us", "2024-09-18", "2024-09-18T00:00:00Z").birthDateRecorded("us", "2010-05-01", "2026-06-01T00:00:00Z");
        assertThat(reason("us", GENAI, "2025-01-01T00:00:00Z")).isEqualTo(MINOR);
        assertThat(ledger.history("us").birthDate()).contains(LocalDate.parse("2010-05-01"));
    }

    @Test
    void aCorrectionReplacesTheBirthDateAtEveryInstantEvenWhenDatedBeforeTheRegistration() {
        // The correction's instant (2024) is earlier than the registration's (2027), but the ledger learned it later.
        ledger.notice("kid", "2024-09-18", "2024-09-18T00:00:00Z").birthDateCorrected("kid", "1990-03-15", "2024-01-01T00:00:00Z");
        assertThat(reason("kid", GENAI, "2025-01-01T00:00:00Z")).isEqualTo(ALLOWED_BY_DEFAULT);
        ledger.birthDateCorrected("kid", "2009-03-15", "2024-01-01T00:00:00Z");
        assertThat(reason("kid", GENAI, "2025-01-01T00:00:00Z")).isEqualTo(MINOR);
        assertThat(ledger.history("kid").birthDate()).contains(LocalDate.parse("2009-03-15"));
    }

    @Test
    void relocationsStillApplyFromTheirInstant() {
        ledger.notice("de", "2024-09-18", "2024-09-18T00:00:00Z").relocation("de", "US", "2025-06-01T00:00:00Z");
        assertThat(reason("de", GENAI, "2025-05-31T23:59:59Z")).isEqualTo(JURISDICTION_EXCLUDED);
        assertThat(reason("de", GENAI, "2025-06-01T00:00:00Z")).isEqualTo(ALLOWED_BY_DEFAULT);
        assertThat(ledger.history("de").countryAt(Instant.parse("2025-01-01T00:00:00Z"))).contains("DE");
    }

    @Test
    void theSnapshotCarriesTheBirthDateDecisionsUsed() {
        ledger.birthDateCorrected("kid", "2009-03-15", "2026-01-01T00:00:00Z");
        ConsentSnapshot.Builder builder = ConsentSnapshot.builder(POLICY, Instant.parse("2025-01-01T00:00:00Z"));
        builder.add(ledger.history("kid"), 1).add(ledger.history("us"), 2);
        ConsentSnapshot snapshot = builder.build();
        assertThat(snapshot.birthDate("kid")).contains(LocalDate.parse("2009-03-15"));
        assertThat(snapshot.birthDate("us")).isEmpty();
        assertThat(snapshot.birthDate("nobody")).isEmpty();
    }
}
