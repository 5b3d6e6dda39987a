package org.alliancetracker.project;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.alliancetracker.backing.Backing;
import org.alliancetracker.web.InvalidParameterException;
import org.alliancetracker.web.ListOrder;

/**
 * The order of a project's list of backers, as its page offers it and the address names it ({@code ?sort=-to}): by
 * organization name, or by the date the backing began or ended, either way.
 */
public enum BackerOrder implements ListOrder<BackerOrder> {
    FROM("from", "From, earliest first"),
    FROM_LATEST_FIRST("-from", "From, latest first"),
    NAME("name", "Name, A to Z"),
    NAME_Z_TO_A("-name", "Name, Z to A"),
    TO("to", "To, earliest first"),
    TO_LATEST_FIRST("-to", "To, latest first");

    private final String parameter;
    private final String label;

    BackerOrder(String parameter, String label) {
        this.parameter = parameter;
        this.label = label;
    }

    @Override
    public String parameter() {
        return parameter;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The order a {@code sort} parameter names (in any case), or {@link #FROM} (the list's own order) when it names
     * none.
     *
     * @throws InvalidParameterException when it names an order this list does not offer
     */
    public static BackerOrder named(String value) {
        return ListOrder.named(BackerOrder.class, value);
    }

    /**
     * The backings in this order. They come in {@link #FROM} order from the database ({@link Backing#ofProject}),
     * which is kept as it is. A backing whose start is not given sorts before every start, as the database sorts it;
     * one that lasts sorts after every end.
     */
    public List<Backing> sort(List<Backing> backings) {
        if (this == FROM) {
            return backings;
        }
        Comparator<Backing> byName = Comparator.comparing(b -> b.organization.name, Collator.getInstance(Locale.ROOT));
        Comparator<Backing> byColumn = switch (column()) {
            case "name" -> byName;
            case "from" -> Comparator.comparing(b -> b.since, Comparator.nullsFirst(Comparator.naturalOrder()));
            default -> Comparator.comparing(b -> b.until, Comparator.nullsLast(Comparator.naturalOrder()));
        };
        return backings.stream().sorted(comparing(byColumn, byName)).toList();
    }
}
