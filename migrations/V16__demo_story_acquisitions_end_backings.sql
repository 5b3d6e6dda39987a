-- Demo story: a company bought stops backing its project on the day it is bought, when its buyer's backing as owner
-- begins, so that XenSource and Qumranet no longer count among the backers of today. Each backing ends on the
-- acquisition's date and cites the acquisition's sources. This changes only a database whose history holds none of
-- these backings yet (a new install, before its first start writes the history): an install already started keeps
-- what its change feed has told, and its editors may end the backings themselves.

UPDATE backing
SET until_earliest = (SELECT e.occurred_on_earliest FROM ownership_event e
                      WHERE e.acquired_id = backing.organization_id),
    until_latest = (SELECT e.occurred_on_latest FROM ownership_event e WHERE e.acquired_id = backing.organization_id),
    until_precision = (SELECT e.occurred_on_precision FROM ownership_event e
                       WHERE e.acquired_id = backing.organization_id),
    notes = (SELECT backing.notes || ' End dated by its acquisition by ' || buyer.name || '.'
             FROM ownership_event e JOIN organization buyer ON buyer.id = e.acquirer_id
             WHERE e.acquired_id = backing.organization_id)
WHERE '${load_demo_data}' = 'true'
  AND role = 'DEVELOPER' AND until_earliest IS NULL
  AND organization_id IN (SELECT id FROM organization WHERE slug IN ('xensource', 'qumranet'))
  AND EXISTS (SELECT 1 FROM ownership_event e WHERE e.acquired_id = backing.organization_id)
  AND NOT EXISTS (SELECT 1 FROM audit_entry h WHERE h.record_type = 'backing' AND h.record_id = backing.id);

INSERT INTO backing_source (backing_id, source_id)
SELECT b.id, es.source_id
FROM backing b
JOIN organization o ON o.id = b.organization_id
JOIN ownership_event e ON e.acquired_id = b.organization_id
JOIN ownership_event_source es ON es.ownership_event_id = e.id
WHERE '${load_demo_data}' = 'true'
  AND o.slug IN ('xensource', 'qumranet') AND b.role = 'DEVELOPER' AND b.until_earliest = e.occurred_on_earliest
  AND NOT EXISTS (SELECT 1 FROM audit_entry h WHERE h.record_type = 'backing' AND h.record_id = b.id)
  AND NOT EXISTS (SELECT 1 FROM backing_source bs WHERE bs.backing_id = b.id AND bs.source_id = es.source_id);
