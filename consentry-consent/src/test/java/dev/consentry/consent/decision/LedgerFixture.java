package dev.consentry.consent.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.consentry.consent.Member;
import dev.consentry.consent.event.BirthDateCorrected;
import dev.consentry.consent.event.BirthDateRecorded;
import dev.consentry.consent.event.ConsentEvent;
import dev.consentry.consent.event.Erasure;
import dev.consentry.consent.event.GpcSignal;
import dev.consentry.consent.event.LedgerEntry;
import dev.consentry.consent.event.NoticeGiven;
import dev.consentry.consent.event.ObjectionDecided;
import dev.consentry.consent.event.ObjectionFiled;
import dev.consentry.consent.event.ObjectionWithdrawn;
import dev.consentry.consent.event.Provenance;
import dev.consentry.consent.event.Registration;
import dev.consentry.consent.event.Relocation;
import dev.consentry.consent.event.SettingChanged;

/**
 * A ledger written in tests the way an import writes it: sequence numbers in the order events are added.
 * A member enters the registry with a registration entry carrying their country and birth date, as the
 * member import writes it, at {@link #REGISTERED_AT} — later than every instant the tests decide at, so
 * that the registration's facts are seen to hold before their own instant.
 */
final class LedgerFixture {
    static final Instant REGISTERED_AT = Instant.parse("2027-01-01T00:00:00Z");

    private final Map<String, Member> members = new LinkedHashMap<>();
    private final List<LedgerEntry> entries = new ArrayList<>();
    private final Map<String, String> objectionOwners = new HashMap<>();

    LedgerFixture member(Member member) {
        members.put(member.id(), member);
        return add(member.id(), new Registration(member.id(), member.country(), member.birthDate(), REGISTERED_AT, Provenance.NONE));
    }

    /** A registry row with no registration in the ledger, as a database changed behind the program's back has. */
    LedgerFixture rowOnly(Member member) {
        members.put(member.id(), member);
        return this;
    }

    LedgerFixture birthDateRecorded(String member, String birthDate, String at) {
        return add(member, new BirthDateRecorded(member, LocalDate.parse(birthDate), Instant.parse(at), Provenance.NONE));
    }

    LedgerFixture birthDateCorrected(String member, String birthDate, String at) {
        return add(member, new BirthDateCorrected(member, LocalDate.parse(birthDate), null, Instant.parse(at), Provenance.NONE));
    }

    LedgerFixture setting(String member, String purpose, boolean enabled, String at) {
        return add(member, new SettingChanged(member, purpose, enabled, Instant.parse(at), Provenance.NONE));
    }

    LedgerFixture notice(String member, String version, String at) {
        return add(member, new NoticeGiven(member, version, "email", Instant.parse(at), Provenance.NONE));
    }

    LedgerFixture gpc(String member, String at) {
        return add(member, new GpcSignal(member, Instant.parse(at), Provenance.NONE));
    }

    LedgerFixture relocation(String member, String country, String at) {
        return add(member, new Relocation(member, country, Instant.parse(at), Provenance.NONE));
    }

    LedgerFixture erasure(String member, String at) {
        return add(member, new Erasure(member, Instant.parse(at), Provenance.NONE));
    }

    LedgerFixture objection(String member, String objection, List<String> purposes, String at) {
        objectionOwners.put(objection, member);
        return add(member, new ObjectionFiled(member, objection, purposes, null, Instant.parse(at), Provenance.NONE));
    }

    LedgerFixture decided(String objection, boolean upheld, String at) {
        return add(objectionOwners.get(objection), new ObjectionDecided(objection, upheld, null, Instant.parse(at), Provenance.NONE));
    }

    LedgerFixture withdrawn(String objection, String at) {
        return add(objectionOwners.get(objection), new ObjectionWithdrawn(objection, Instant.parse(at), Provenance.NONE));
    }

    LedgerFixture add(String member, ConsentEvent event) {
        entries.add(new LedgerEntry(entries.size() + 1, member, event));
        return this;
    }

    List<LedgerEntry> entries() {
        return entries;
    }

    Map<String, Member> members() {
        return members;
    }

    MemberHistory history(String memberId) {
        return new MemberHistory(memberId, members.get(memberId), entries.stream().filter(entry -> entry.member().equals(memberId)).toList());
    }
}
