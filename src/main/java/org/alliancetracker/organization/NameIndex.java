package org.alliancetracker.organization;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alliancetracker.web.ListOrder;
import org.alliancetracker.web.Pager;

/**
 * The first letters of the names in a long list of organizations in name order, each linking to the page and the place
 * where its names start, so that a reader of 10,000 names jumps to M instead of paging there. Names go by their keys
 * ({@link org.alliancetracker.common.NameOrder}), so Étoile is under E.
 */
public record NameIndex(List<Letter> letters, Map<Long, String> anchors) {

    /** A letter as the index shows it ("M"), the page where its names start, and the id of the first of them. */
    public record Letter(String label, int page, String anchor) {
    }

    /** A list of up to this many names is short enough to read through, so it gets no index. */
    public static final int SHORT_LIST = 50;

    /**
     * The index of the list of organizations of one kind (or of every kind, with {@code null}) in the order, from its
     * page shown: none for a short list or an order other than by name.
     */
    static NameIndex of(OrganizationKind kind, ListOrder<ListedOrganization> order, Pager pager,
            List<ListedOrganization> shown) {
        if (!order.column().equals("name") || pager.total() <= SHORT_LIST) {
            return new NameIndex(List.of(), Map.of());
        }
        return of(Organization.countByInitial(kind), order.isDescending(), pager, shown);
    }

    /**
     * The index of a list by name, A to Z or (descending) Z to A, from how many names start with each letter, given
     * A to Z ({@link Organization#countByInitial}); with the anchor of each organization on the page shown that is the
     * first of its letter in the list.
     */
    private static NameIndex of(Map<String, Long> countByInitial, boolean descending, Pager pager,
            List<ListedOrganization> shown) {
        List<String> initials = new ArrayList<>(countByInitial.keySet());
        if (descending) {
            Collections.reverse(initials);
        }
        Map<String, Long> starts = new HashMap<>();
        List<Letter> letters = new ArrayList<>();
        long before = 0;
        for (String initial : initials) {
            starts.put(initial, before);
            if (!initial.isEmpty()) {
                letters.add(new Letter(initial.toUpperCase(Locale.ROOT), (int) (before / pager.pageSize()) + 1,
                        anchor(initial)));
            }
            before += countByInitial.get(initial);
        }
        Map<Long, String> anchors = new HashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            String initial = shown.get(i).organization().initial();
            if (!initial.isEmpty() && starts.getOrDefault(initial, -1L) == pager.offset() + i) {
                anchors.put(shown.get(i).organization().id, anchor(initial));
            }
        }
        return new NameIndex(letters, anchors);
    }

    /** The id of a letter's first organization: "letter-m", or "letter-u44f" for a letter outside a to z and 0 to 9. */
    private static String anchor(String initial) {
        return "letter-" + (initial.matches("[a-z0-9]") ? initial : "u" + Integer.toHexString(initial.charAt(0)));
    }

    /** The id of the organization where its letter starts in the list, or null for the others. */
    public String anchorOf(ListedOrganization listed) {
        return anchors.get(listed.organization().id);
    }
}
