package dev.consentry.consent.decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.consentry.consent.Member;
import dev.consentry.consent.event.ConsentEvent;
import dev.consentry.consent.event.Erasure;
import dev.consentry.consent.event.GpcSignal;
import dev.consentry.consent.event.LedgerEntry;
import dev.consentry.consent.event.NoticeGiven;
import dev.consentry.consent.event.ObjectionDecided;
import dev.consentry.consent.event.ObjectionFiled;
import dev.consentry.consent.event.ObjectionWithdrawn;
import dev.consentry.consent.event.Provenance;
import dev.consentry.consent.event.Relocation;
import dev.consentry.consent.event.SettingChanged;

/** A ledger written in tests the way an import writes it: sequence numbers in the order events are added. */
final class LedgerFixture {
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final List<LedgerEntry> entries = new ArrayList<>();
    private final Map<String, String> objectionOwners = new HashMap<>();

    LedgerFixture member(Member member) {
        members.put(member.id(), member);
        return this;
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
