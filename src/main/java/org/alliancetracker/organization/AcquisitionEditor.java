package org.alliancetracker.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.alliancetracker.backing.Backing;
import org.alliancetracker.editing.Cascade;
import org.alliancetracker.editing.Field;
import org.alliancetracker.editing.FormReader;
import org.alliancetracker.editing.RecordEditor;

/**
 * One form for "A bought B on a date": records the acquisition and, if asked, ends on that date the backings of the
 * company bought that have no end, as XenSource's backing of Xen ended when Citrix bought it, in one transaction. The
 * acquisition is edited afterwards in its own form ({@link OwnershipEditor}), each backing in its own.
 */
@ApplicationScoped
public class AcquisitionEditor implements RecordEditor<OwnershipEvent> {

    @Inject
    OwnershipEditor acquisitions;

    @Override
    public String type() {
        return "acquisition";
    }

    @Override
    public String recordType() {
        return acquisitions.type();
    }

    @Override
    public String noun() {
        return acquisitions.noun();
    }

    @Override
    public boolean editable() {
        return false;
    }

    @Override
    public OwnershipEvent find(long id) {
        return acquisitions.find(id);
    }

    @Override
    public OwnershipEvent newRecord() {
        return new OwnershipEvent();
    }

    @Override
    public List<Field> fields() {
        List<Field> fields = new ArrayList<>(acquisitions.fields());
        fields.add(3, Field.checkbox("endBackings", "End the backings of the company bought on this date",
                "Its backings with no end recorded end on the acquisition's date and cite its sources. Leave it clear "
                        + "where the company goes on backing projects in its own name."));
        return fields;
    }

    @Override
    public Map<String, String> values(OwnershipEvent e) {
        return acquisitions.values(e);
    }

    @Override
    public void apply(OwnershipEvent e, Map<String, String> values, Map<String, String> errors) {
        acquisitions.apply(e, values, errors);
    }

    @Override
    public String fieldFor(String propertyPath) {
        return acquisitions.fieldFor(propertyPath);
    }

    @Override
    public void afterCreate(OwnershipEvent e, Map<String, String> values, Cascade cascade) {
        if (!new FormReader(values, new HashMap<>()).checkbox("endBackings")) {
            return;
        }
        // A backing that began after the acquisition is the company's own choice since; it stays as it is.
        for (Backing open : Backing.openOf(e.acquired)) {
            if (open.mayEndOn(e.occurredOn)) {
                cascade.update("backing", open, b -> {
                    b.until = e.occurredOn;
                    b.sources.addAll(e.sources);
                });
            }
        }
    }

    @Override
    public String describe(OwnershipEvent e) {
        return acquisitions.describe(e);
    }

    @Override
    public String pageOf(OwnershipEvent e) {
        return acquisitions.pageOf(e);
    }
}
