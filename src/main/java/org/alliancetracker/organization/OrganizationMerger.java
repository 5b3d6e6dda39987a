package org.alliancetracker.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.alliancetracker.backing.BackerChange;
import org.alliancetracker.backing.Backing;
import org.alliancetracker.common.FormerSlug;
import org.alliancetracker.common.TrackedEntity;
import org.alliancetracker.editing.EditConflictException;
import org.alliancetracker.editing.EditService;
import org.alliancetracker.editing.InvalidFormException;
import org.alliancetracker.history.AuditEntry;
import org.alliancetracker.membership.Membership;
import org.alliancetracker.web.Formats;
import org.alliancetracker.web.RecordNotFoundException;

/**
 * Merges a duplicate organization (one made twice, say by an import under another spelling) into the one kept, in
 * one transaction: every record of the duplicate becomes the kept one's, a record the kept one already has (the same
 * membership, backing or move) is kept once, with the sources of both and what only the duplicate's says (its end,
 * say, where the kept one has none), an acquisition of one by the other goes, and the duplicate's addresses lead to
 * the kept one. Each change is an audited edit, so the history, the change feed and the webhooks carry it.
 */
@ApplicationScoped
public class OrganizationMerger {

    @Inject
    EditService edits;

    @Inject
    OrganizationEditor organizations;

    /** Why a merge is refused whose organization to keep is no more. */
    public static final String KEPT_GONE = "This organization was deleted or merged a moment ago: choose another.";

    /**
     * What a merge did: the kept organization's slug, the records that changed hands, and those dropped as the kept
     * organization's own or as void.
     */
    public record Outcome(String keptSlug, int moved, int combined, int dropped) {

        /** What the merge did, for the flash: "moved 4 records, and combined 2 with IBM's own". */
        public String describe(String kept) {
            List<String> parts = new ArrayList<>();
            if (moved > 0) {
                parts.add("moved " + moved + " " + Formats.noun(moved, "record", "records"));
            }
            if (combined > 0) {
                parts.add("combined " + combined + " with " + kept + "'s own");
            }
            if (dropped > 0) {
                parts.add("deleted " + dropped + " " + Formats.noun(dropped, "acquisition", "acquisitions")
                        + " between the two");
            }
            return parts.isEmpty() ? "it had no records" : Formats.series(parts, "and");
        }
    }

    /**
     * @param expectedVersion the duplicate's version when the page was opened; another one means it changed since
     * @param keepName whether the duplicate's name becomes a former name of the kept organization, for searches
     */
    @Transactional
    public Outcome merge(long duplicateId, int expectedVersion, long keptId, boolean keepName) {
        // Writers of the history go one at a time: taken first, so that what is read here is what is changed, even
        // when two editors merge the same organizations the opposite ways at once.
        AuditEntry.lockFeedHead();
        Organization duplicate = Organization.findById(duplicateId);
        Organization kept = Organization.findById(keptId);
        if (duplicate == null) {
            throw new RecordNotFoundException("organization", String.valueOf(duplicateId));
        }
        if (kept == null) {
            throw new InvalidFormException(Map.of("into", KEPT_GONE));
        }
        if (duplicate.version != expectedVersion) {
            throw new EditConflictException();
        }
        // The kept organization gains records: its version says so, and a merge page opened on it earlier, which lists
        // too few, is refused as out of date.
        Organization.getEntityManager().lock(kept, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Tally tally = new Tally();
        // What the merge moves, combines and drops is its deletion's: reverting that deletion puts it all back.
        edits.deleteRecordAfter(() -> moveRecords(duplicate, kept, keepName, tally), organizations, duplicate,
                "Merged organization: " + duplicate.name + " into " + kept.name, null);
        return new Outcome(kept.slug, tally.moved, tally.combined, tally.dropped);
    }

    /**
     * Makes the duplicate's records the kept organization's, combining those both have, and sends its addresses
     * there: all but its deletion.
     */
    private void moveRecords(Organization duplicate, Organization kept, boolean keepName, Tally tally) {
        Map<Long, Backing> backingKept = moveBackings(duplicate, kept, tally);
        combineOrMove("backer-change", BackerChange.ofOrganization(duplicate), BackerChange.ofOrganization(kept),
                BackerChange::sameAs, BackerChange::takeOver, c -> {
                    c.organization = kept;
                    c.endedBacking = keptInstead(c.endedBacking, backingKept);
                    c.startedBacking = keptInstead(c.startedBacking, backingKept);
                }, tally);
        // The duplicate's backings left are those the kept organization has too; no move names them any more.
        for (Backing backing : Backing.ofOrganization(duplicate)) {
            edits.update("backing", backingKept.get(backing.id), b -> b.takeOver(backing));
            edits.delete("backing", backing);
            tally.combined++;
        }
        combineOrMove("membership", Membership.ofOrganization(duplicate), Membership.ofOrganization(kept),
                Membership::sameAs, Membership::takeOver, m -> m.organization = kept, tally);
        for (OwnershipEvent event : OwnershipEvent.involving(duplicate)) {
            if (event.acquirer.id.equals(kept.id) || event.acquired.id.equals(kept.id)) {
                // One part of the same organization cannot have bought the other.
                edits.delete("ownership", event);
                tally.dropped++;
            } else {
                edits.update("ownership", event, e -> {
                    e.acquirer = e.acquirer.id.equals(duplicate.id) ? kept : e.acquirer;
                    e.acquired = e.acquired.id.equals(duplicate.id) ? kept : e.acquired;
                });
                tally.moved++;
            }
        }
        for (FormerName name : FormerName.of(duplicate)) {
            edits.update("former-name", name, f -> f.organization = kept);
            tally.moved++;
        }
        if (keepName && !isKnownAs(kept, duplicate.name)) {
            FormerName name = new FormerName();
            name.organization = kept;
            name.name = duplicate.name;
            edits.create("former-name", name);
        }
        edits.update("organization", kept, o -> {
            o.website = o.website == null ? duplicate.website : o.website;
            o.description = o.description == null ? duplicate.description : o.description;
        });
        FormerSlug.moveTo(duplicate, kept);
    }

    /** How many records a merge moved, combined with the kept organization's own, and dropped. */
    private static final class Tally {
        int moved;
        int combined;
        int dropped;
    }

    /**
     * Makes the duplicate's backings the kept organization's, but for those it has too: first, so that a move never
     * points at another organization's backing. Answers, by the duplicate's backing's id, the kept one's of each of
     * those, for the moves that name them and to be combined once the moves are done.
     */
    private Map<Long, Backing> moveBackings(Organization duplicate, Organization kept, Tally tally) {
        Map<Long, Backing> backingKept = new HashMap<>();
        List<Backing> keptBackings = Backing.ofOrganization(kept);
        for (Backing backing : Backing.ofOrganization(duplicate)) {
            Optional<Backing> same = sameIn(keptBackings, backing, Backing::sameAs);
            if (same.isPresent()) {
                backingKept.put(backing.id, same.get());
            } else {
                edits.update("backing", backing, b -> b.organization = kept);
                tally.moved++;
            }
        }
        return backingKept;
    }

    /**
     * Makes each of the duplicate's records of one kind the kept organization's ({@code move}), but for one the kept
     * organization has too ({@code same}): that one is kept once, and the kept organization's record takes over what
     * only the duplicate's says ({@code takeOver}: its sources, and what the kept one leaves blank).
     */
    private <T extends TrackedEntity> void combineOrMove(String type, List<T> duplicates, List<T> keptOnes,
            BiPredicate<T, T> same, BiConsumer<T, T> takeOver, Consumer<T> move, Tally tally) {
        for (T record : duplicates) {
            Optional<T> twin = sameIn(keptOnes, record, same);
            if (twin.isPresent()) {
                edits.update(type, twin.get(), t -> takeOver.accept(t, record));
                edits.delete(type, record);
                tally.combined++;
            } else {
                edits.update(type, record, move);
                tally.moved++;
            }
        }
    }

    /** The kept organization's backing where the duplicate's was the same as one of its own. */
    private static Backing keptInstead(Backing backing, Map<Long, Backing> backingKept) {
        return backing == null ? null : backingKept.getOrDefault(backing.id, backing);
    }

    private static <T> Optional<T> sameIn(List<T> records, T record, BiPredicate<T, T> same) {
        return records.stream().filter(r -> same.test(r, record)).findFirst();
    }

    /** Whether the organization is, or was, called that, ignoring case. */
    private static boolean isKnownAs(Organization organization, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return organization.name.toLowerCase(Locale.ROOT).equals(lower)
                || FormerName.of(organization).stream().anyMatch(f -> f.name.toLowerCase(Locale.ROOT).equals(lower));
    }
}
