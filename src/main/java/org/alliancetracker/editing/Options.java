package org.alliancetracker.editing;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.alliance.MembershipTier;
import org.alliancetracker.project.Project;

/** The choices of the select fields that reference other records, each in one query. */
public final class Options {

    private Options() {
    }

    public static List<Field.Option> alliances() {
        return Alliance.<Alliance>list("order by nameKey, lower(name)").stream()
                .map(a -> new Field.Option(String.valueOf(a.id), a.name)).toList();
    }

    public static List<Field.Option> projects() {
        return Project.allByName().stream().map(p -> new Field.Option(String.valueOf(p.id), p.name)).toList();
    }

    public static List<Field.Option> tiers() {
        return MembershipTier.<MembershipTier>list("select t from MembershipTier t join fetch t.alliance a"
                + " order by a.nameKey, lower(a.name), t.rank").stream()
                .map(t -> new Field.Option(String.valueOf(t.id), t.alliance.name + ": " + t.name)).toList();
    }

    /** One alliance's tiers, in rank order. */
    public static List<Field.Option> tiersOf(Alliance alliance) {
        return MembershipTier.of(alliance).stream().map(t -> new Field.Option(String.valueOf(t.id), t.name)).toList();
    }

    public static <T extends Enum<T>> List<Field.Option> of(T[] values, Function<T, String> label) {
        return Arrays.stream(values).map(v -> new Field.Option(v.name(), label.apply(v))).toList();
    }
}
