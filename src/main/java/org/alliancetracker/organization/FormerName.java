package org.alliancetracker.organization;

import java.util.List;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.alliancetracker.common.PartialDate;
import org.alliancetracker.common.Texts;
import org.alliancetracker.common.TrackedEntity;

/** A name an organization was known by until a date; the organization keeps its history under its new name. */
@Entity
@Table(name = "former_name")
public class FormerName extends TrackedEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Organization organization;

    @NotBlank(message = "A name is required.")
    @Size(max = 200, message = "At most 200 characters.")
    @Pattern(regexp = Texts.ONE_LINE, message = Texts.ONE_LINE_MESSAGE)
    public String name;

    @Embedded
    @Valid
    public PartialDate usedUntil;

    public static List<FormerName> of(Organization organization) {
        return list("organization = ?1 order by usedUntil.latest nulls first, usedUntil.earliest", organization);
    }
}
