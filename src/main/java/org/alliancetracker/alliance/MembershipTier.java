package org.alliancetracker.alliance;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.alliancetracker.common.Texts;
import org.alliancetracker.common.TrackedEntity;

/** A level of membership an alliance offers (governing, general...); rank 1 is the highest. */
@Entity
@Table(name = "membership_tier")
public class MembershipTier extends TrackedEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Alliance alliance;

    @NotBlank(message = "A name is required.")
    @Size(max = 80, message = "At most 80 characters.")
    @Pattern(regexp = Texts.ONE_LINE, message = Texts.ONE_LINE_MESSAGE)
    public String name;

    @Min(value = 1, message = "The rank starts at 1.")
    @Column(name = "tier_rank")
    public int rank;

    @Size(max = 1000, message = "At most 1000 characters.")
    public String description;

    public static List<MembershipTier> of(Alliance alliance) {
        return list("alliance = ?1 order by rank, name", alliance);
    }

    /** Whether another of the alliance's tiers has this name, whatever its case: each tier's name is its own. */
    public boolean nameTakenInAlliance() {
        return count("alliance = ?1 and lower(name) = ?2 and id <> ?3", alliance, name.toLowerCase(Locale.ROOT),
                id == null ? -1L : id) > 0;
    }
}
