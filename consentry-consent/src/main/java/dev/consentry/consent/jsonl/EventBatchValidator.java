package dev.consentry.consent.jsonl;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.consentry.consent.event.ConsentEvent;
import dev.consentry.consent.event.EventType;
import dev.consentry.consent.event.NoticeGiven;
import dev.consentry.consent.event.ObjectionFiled;
import dev.consentry.consent.event.SettingChanged;
import dev.consentry.consent.policy.Control;
import dev.consentry.consent.policy.Policy;

/**
 * Checks what a single line cannot show: that the member, purpose, objection and policy version
 * an event names exist, that a setting is for a purpose members can set and an objection for a
 * purpose that takes objections. Objections filed earlier in the same batch count as existing, so
 * a file can file and decide an objection; one filed later does not (events apply in file order).
 *
 * <p>{@code registration} and {@code birth-date-recorded} entries are written by the member import
 * only; an events file that carries one is refused.
 *
 * <p>On success it resolves the member every event belongs to — objection follow-ups name only
 * the objection, and the ledger files them under the member who objected.
 */
public final class EventBatchValidator {
    /** What the store already holds. */
    public interface Registry {
        boolean hasMember(String memberId);

        /** The member who filed {@code objectionId}, if it was filed. */
        Optional<String> objectionOwner(String objectionId);
    }

    /** A checked event and the member it belongs to. */
    public record ResolvedEvent(String member, ConsentEvent event) {
        public ResolvedEvent {
            requireNonNull(member, "member is null");
            requireNonNull(event, "event is null");
        }
    }

    private final Policy policy;
    private final Registry registry;
    private final Map<String, String> objectionsFiledInBatch = new HashMap<>();

    public EventBatchValidator(Policy policy, Registry registry) {
        this.policy = requireNonNull(policy, "policy is null");
        this.registry = requireNonNull(registry, "registry is null");
    }

    public LineResult<ResolvedEvent> validate(ConsentEvent event) {
        List<String> problems = new ArrayList<>();
        if (event.type() == EventType.REGISTRATION || event.type() == EventType.BIRTH_DATE_RECORDED) {
            // Only the member import writes these, from the registry it receives: in an events file
            // they would be a second way to set the facts decisions rest on, past the import's checks.
            problems.add("event type '" + event.type().wireName() + "' is recorded by the member import, not given in an events file;"
                    + " a birth date is changed with a 'birth-date-corrected' event, a country with a 'relocation'");
            return LineResult.failed(problems);
        }
        String member = event.member().orElse(null);
        if (member != null && !registry.hasMember(member)) {
            problems.add("unknown member '" + member + "'; import it with 'consentry import members' first");
        }
        if (event instanceof SettingChanged setting) {
            checkPurpose(setting.purpose(), Control.SETTING, "members cannot set it (it has no setting control)", problems);
        } else if (event instanceof NoticeGiven notice && policy.version(notice.policyVersion()).isEmpty()) {
            problems.add("unknown policy version '" + notice.policyVersion() + "'");
        } else if (event instanceof ObjectionFiled filed) {
            if (objectionsFiledInBatch.containsKey(filed.objectionId()) || registry.objectionOwner(filed.objectionId()).isPresent()) {
                problems.add("objection '" + filed.objectionId() + "' was already filed");
            }
            for (String purpose : filed.purposes()) {
                checkPurpose(purpose, Control.OBJECTION, "it takes no objection", problems);
            }
        } else if (member == null) {
            String objection = event.objection().orElseThrow();
            member = Optional.ofNullable(objectionsFiledInBatch.get(objection)).or(() -> registry.objectionOwner(objection)).orElse(null);
            if (member == null) {
                problems.add("unknown objection '" + objection + "'; it must be filed before it is decided or withdrawn");
            }
        }
        if (!problems.isEmpty()) {
            return LineResult.failed(problems);
        }
        if (event instanceof ObjectionFiled filed) {
            objectionsFiledInBatch.put(filed.objectionId(), filed.memberId());
        }
        return LineResult.ok(new ResolvedEvent(member, event));
    }

    private void checkPurpose(String purpose, Control control, String refusal, List<String> problems) {
        if (!policy.purposeIds().contains(purpose)) {
            problems.add("unknown purpose '" + purpose + "'; the policy has " + policy.purposeIds());
        } else if (!policy.anyVersionHas(purpose, control)) {
            problems.add("purpose '" + purpose + "': " + refusal);
        }
    }
}
