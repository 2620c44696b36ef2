package dev.consentry.cli.consent;

import dev.consentry.consent.event.BirthDateCorrected;
import dev.consentry.consent.event.BirthDateRecorded;
import dev.consentry.consent.event.ConsentEvent;
import dev.consentry.consent.event.Erasure;
import dev.consentry.consent.event.GpcSignal;
import dev.consentry.consent.event.NoticeGiven;
import dev.consentry.consent.event.ObjectionDecided;
import dev.consentry.consent.event.ObjectionFiled;
import dev.consentry.consent.event.ObjectionWithdrawn;
import dev.consentry.consent.event.Registration;
import dev.consentry.consent.event.Relocation;
import dev.consentry.consent.event.SettingChanged;

/** One-line, human descriptions of ledger events for timelines. Statements and explanations are left out. */
final class EventDescriptions {
    private EventDescriptions() {}

    static String describe(ConsentEvent event) {
        if (event instanceof SettingChanged e) {
            return "setting " + e.purpose() + " " + (e.enabled() ? "on" : "off");
        } else if (event instanceof NoticeGiven e) {
            return "notice of " + e.policyVersion() + (e.channel() == null ? "" : " by " + e.channel());
        } else if (event instanceof ObjectionFiled e) {
            return "objection " + e.objectionId() + " filed against " + String.join(", ", e.purposes());
        } else if (event instanceof ObjectionDecided e) {
            return "objection " + e.objectionId() + (e.upheld() ? " upheld" : " rejected");
        } else if (event instanceof ObjectionWithdrawn e) {
            return "objection " + e.objectionId() + " withdrawn";
        } else if (event instanceof GpcSignal) {
            return "Global Privacy Control signal";
        } else if (event instanceof Relocation e) {
            return "moved to " + e.country();
        } else if (event instanceof Erasure) {
            return "erasure";
        } else if (event instanceof Registration e) {
            return "registered in " + e.country() + (e.birthDate() == null ? ", birth date unknown" : ", born " + e.birthDate());
        } else if (event instanceof BirthDateRecorded e) {
            return "birth date recorded: " + e.birthDate();
        } else if (event instanceof BirthDateCorrected e) {
            return "birth date corrected to " + e.birthDate();
        }
        return event.type().wireName();
    }
}
