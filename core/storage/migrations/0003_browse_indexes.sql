-- Schema version 3: indexes that let the 4W table list live activities in month or place
-- order from the index alone (docs/decisions/0012-activity-table-paging.md). The two
-- single-column indexes of version 1 become two-column ones, so writes pay for no extra index.
DROP INDEX activity_month;
CREATE INDEX activity_month ON activity (reporting_month, deleted);
DROP INDEX activity_place;
CREATE INDEX activity_place ON activity (admin_pcode, deleted);
