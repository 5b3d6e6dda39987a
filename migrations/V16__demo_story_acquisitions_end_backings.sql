-- Demo story: a company bought stops backing its project on the day its buyer's backing as owner begins, so that
-- XenSource and Qumranet no longer count among the backers of today. This changes only a database whose history
-- holds none of these backings yet (a new install, before its first start writes the history): an install already
-- started keeps what its change feed has told, and its editors may end the backings themselves.

UPDATE backing
SET until_earliest = DATE '2007-08-15', until_latest = DATE '2007-08-15', until_precision = 'DAY',
    notes = 'The company behind the project. End dated by its acquisition by Citrix Systems.'
WHERE '${load_demo_data}' = 'true'
  AND organization_id = (SELECT id FROM organization WHERE slug = 'xensource')
  AND project_id = (SELECT id FROM project WHERE slug = 'xen')
  AND role = 'DEVELOPER' AND until_earliest IS NULL
  AND NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.record_type = 'backing' AND e.record_id = backing.id);

UPDATE backing
SET until_earliest = DATE '2008-09-04', until_latest = DATE '2008-09-04', until_precision = 'DAY',
    notes = 'The company behind the project. End dated by its acquisition by Red Hat.'
WHERE '${load_demo_data}' = 'true'
  AND organization_id = (SELECT id FROM organization WHERE slug = 'qumranet')
  AND project_id = (SELECT id FROM project WHERE slug = 'kvm')
  AND role = 'DEVELOPER' AND until_earliest IS NULL
  AND NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.record_type = 'backing' AND e.record_id = backing.id);

-- The end's source: the report of the purchase (Qumranet's backing cites the press release already).
INSERT INTO backing_source (backing_id, source_id)
SELECT b.id, s.id
FROM backing b
JOIN organization o ON o.id = b.organization_id
JOIN source s ON s.title = 'Citrix to acquire XenSource'
WHERE '${load_demo_data}' = 'true'
  AND o.slug = 'xensource' AND b.until_earliest = DATE '2007-08-15'
  AND NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.record_type = 'backing' AND e.record_id = b.id)
  AND NOT EXISTS (SELECT 1 FROM backing_source bs WHERE bs.backing_id = b.id AND bs.source_id = s.id);
