<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>tansiq::Bulletin</name>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Change from last month</source>
        <translation>Change from last month</translation>
    </message>
    <message>
        <source>Active partners</source>
        <translation>Active partners</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>People reached (unique estimate)</source>
        <translation>People reached (unique estimate)</translation>
    </message>
    <message>
        <source>People reached (sum of reports)</source>
        <translation>People reached (sum of reports)</translation>
    </message>
    <message>
        <source>Sectors with activities</source>
        <translation>Sectors with activities</translation>
    </message>
    <message>
        <source>“People reached (unique estimate)” takes, in each place and sector, the highest number reached by any one partner, and adds these up: people served by two partners are counted once. The sum of reports counts them twice.</source>
        <translation>“People reached (unique estimate)” takes, in each place and sector, the highest number reached by any one partner, and adds these up: people served by two partners are counted once. The sum of reports counts them twice.</translation>
    </message>
    <message>
        <source>People reached by sector</source>
        <translation>People reached by sector</translation>
    </message>
    <message>
        <source>Unique estimate of people reached in %1, per sector.</source>
        <translation>Unique estimate of people reached in %1, per sector.</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>Monthly trend</translation>
    </message>
    <message>
        <source>Unique estimate of people reached by activities active in each month.</source>
        <translation>Unique estimate of people reached by activities active in each month.</translation>
    </message>
    <message>
        <source>Where partners reach people</source>
        <translation>Where partners reach people</translation>
    </message>
    <message>
        <source>People reached (unique estimate) per place in %1; grey: no activity.</source>
        <translation>People reached (unique estimate) per place in %1; grey: no activity.</translation>
    </message>
    <message>
        <source>Activities active in the month per place: the area of a circle is proportional to the number of activities.</source>
        <translation>Activities active in the month per place: the area of a circle is proportional to the number of activities.</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methods</translation>
    </message>
    <message>
        <source>An activity counts in a month when its period overlaps that month, whatever month it started or was reported in; activities without an end date count while their status is ongoing.</source>
        <translation>An activity counts in a month when its period overlaps that month, whatever month it started or was reported in; activities without an end date count while their status is ongoing.</translation>
    </message>
    <message>
        <source>Active partners are the organisations implementing at least one activity in the month. People reached (unique estimate): within each place and sector, the highest figure reported by one partner; these maxima are added across places, and across sectors the highest value per place is kept.</source>
        <translation>Active partners are the organisations implementing at least one activity in the month. People reached (unique estimate): within each place and sector, the highest figure reported by one partner; these maxima are added across places, and across sectors the highest value per place is kept.</translation>
    </message>
    <message>
        <source>Coverage is the unique estimate of people reached divided by the people in need. Gaps are place and sector pairs with severity 3 or more; they are ordered by severity, then by people in need not yet reached.</source>
        <translation>Coverage is the unique estimate of people reached divided by the people in need. Gaps are place and sector pairs with severity 3 or more; they are ordered by severity, then by people in need not yet reached.</translation>
    </message>
    <message>
        <source>Possible duplication: activities of different organisations in the same sub-district, sector, activity type and population group whose periods overlap, unless a coordinator marked them complementary.</source>
        <translation>Possible duplication: activities of different organisations in the same sub-district, sector, activity type and population group whose periods overlap, unless a coordinator marked them complementary.</translation>
    </message>
    <message>
        <source>Data sources and licences</source>
        <translation>Data sources and licences</translation>
    </message>
    <message>
        <source>Activities and needs: partner 4W reports to %1, as registered in Tansiq.</source>
        <translation>Activities and needs: partner 4W reports to %1, as registered in Tansiq.</translation>
    </message>
    <message>
        <source>Administrative boundaries and P-codes: OCHA / UNCS Syria COD-AB via geoBoundaries (CC BY 3.0 IGO); gazetteer: OpenSyria Data Geography (CC BY 4.0), GeoNames (CC BY 4.0), Wikidata (CC0).</source>
        <translation>Administrative boundaries and P-codes: OCHA / UNCS Syria COD-AB via geoBoundaries (CC BY 3.0 IGO); gazetteer: OpenSyria Data Geography (CC BY 4.0), GeoNames (CC BY 4.0), Wikidata (CC0).</translation>
    </message>
    <message>
        <source>Fonts: Noto Naskh Arabic and Noto Sans (SIL Open Font Licence 1.1).</source>
        <translation>Fonts: Noto Naskh Arabic and Noto Sans (SIL Open Font Licence 1.1).</translation>
    </message>
    <message>
        <source>The boundaries and names on the maps do not imply official endorsement or acceptance by the United Nations or any partner.</source>
        <translation>The boundaries and names on the maps do not imply official endorsement or acceptance by the United Nations or any partner.</translation>
    </message>
    <message>
        <source>Humanitarian response bulletin</source>
        <translation>Humanitarian response bulletin</translation>
    </message>
    <message>
        <source>Produced on %1 with Tansiq.</source>
        <translation>Produced on %1 with Tansiq.</translation>
    </message>
    <message>
        <source>Key figures for %1</source>
        <translation>Key figures for %1</translation>
    </message>
    <message>
        <source>Who does what where</source>
        <translation>Who does what where</translation>
    </message>
    <message>
        <source>Gaps: where needs are severe and the response short</source>
        <translation>Gaps: where needs are severe and the response short</translation>
    </message>
    <message>
        <source>Possible duplication still open</source>
        <translation>Possible duplication still open</translation>
    </message>
    <message>
        <source>No open duplication alert this month.</source>
        <translation>No open duplication alert this month.</translation>
    </message>
    <message>
        <source>Partners present</source>
        <translation>Partners present</translation>
    </message>
    <message>
        <source>Humanitarian response bulletin — %1 — %2</source>
        <translation>Humanitarian response bulletin — %1 — %2</translation>
    </message>
    <message>
        <source>new this month</source>
        <translation>new this month</translation>
    </message>
    <message>
        <source>The SQL baseline failed: %1</source>
        <translation>The SQL baseline failed: %1</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syria</translation>
    </message>
    <message>
        <source>The registry held %1 activities when this bulletin was made, active from %2 to %3, and %4 needs assessments (place and sector).</source>
        <translation>The registry held %1 activities when this bulletin was made, active from %2 to %3, and %4 needs assessments (place and sector).</translation>
    </message>
    <message>
        <source>No activity</source>
        <translation>No activity</translation>
    </message>
    <message>
        <source>Boundaries: OCHA/UNCS COD-AB via geoBoundaries, CC BY 3.0 IGO</source>
        <translation>Boundaries: OCHA/UNCS COD-AB via geoBoundaries, CC BY 3.0 IGO</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>Governorate</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Sub-district</source>
        <translation>Sub-district</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>People reached (unique)</source>
        <translation>People reached (unique)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Each cell: partners (organisations) with at least one activity active in %1 in that place and sector. Totals count each partner and each person once.</source>
        <translation>Each cell: partners (organisations) with at least one activity active in %1 in that place and sector. Totals count each partner and each person once.</translation>
    </message>
    <message>
        <source>Sectors:</source>
        <translation>Sectors:</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>People in need</source>
        <translation>People in need</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Reached (unique)</source>
        <translation>Reached (unique)</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>Coverage = people reached (unique estimate) ÷ people in need.</source>
        <translation>Coverage = people reached (unique estimate) ÷ people in need.</translation>
    </message>
    <message>
        <source>%1 place and sector pairs have severe needs (severity 3 or more) in %2; %3 of them have no partner present. Listed: the first %4 in priority order.</source>
        <translation>%1 place and sector pairs have severe needs (severity 3 or more) in %2; %3 of them have no partner present. Listed: the first %4 in priority order.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>Population group</source>
        <translation>Population group</translation>
    </message>
    <message>
        <source>Time overlap</source>
        <translation>Time overlap</translation>
    </message>
    <message>
        <source>Reach ÷ need</source>
        <translation>Reach ÷ need</translation>
    </message>
    <message>
        <source>%1 possible duplications active in %2 are open (not marked complementary); listed: the %3 with the highest score. Score = time overlap × (0.5 + 0.5 × min(1, reach ÷ need)).</source>
        <translation>%1 possible duplications active in %2 are open (not marked complementary); listed: the %3 with the highest score. Score = time overlap × (0.5 + 0.5 × min(1, reach ÷ need)).</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <source>Tansiq | %1 | %2</source>
        <translation>Tansiq | %1 | %2</translation>
    </message>
    <message>
        <source>General coordination</source>
        <translation>General coordination</translation>
    </message>
    <message>
        <source>Action point</source>
        <translation>Action point</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Meetings held and their decisions</source>
        <translation>Meetings held and their decisions</translation>
    </message>
    <message>
        <source>No coordination meeting was recorded this month.</source>
        <translation>No coordination meeting was recorded this month.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Overdue action points</source>
        <translation>Overdue action points</translation>
    </message>
    <message>
        <source>No action point is overdue.</source>
        <translation>No action point is overdue.</translation>
    </message>
    <message>
        <source>Open or in progress after their due date, on %1.</source>
        <translation>Open or in progress after their due date, on %1.</translation>
    </message>
    <message>
        <source>Action points due this month</source>
        <translation>Action points due this month</translation>
    </message>
    <message>
        <source>No action point was due this month.</source>
        <translation>No action point was due this month.</translation>
    </message>
    <message>
        <source>Action points done this month</source>
        <translation>Action points done this month</translation>
    </message>
    <message>
        <source>No action point was marked done this month.</source>
        <translation>No action point was marked done this month.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Standing</translation>
    </message>
    <message>
        <source>Registrations with the Ministry of Social Affairs and Labour, its directorates or another authority, as they stood on %1 (the last day of the month), for the partners working in the area: expired, or expiring within 60 days.</source>
        <translation>Registrations with the Ministry of Social Affairs and Labour, its directorates or another authority, as they stood on %1 (the last day of the month), for the partners working in the area: expired, or expiring within 60 days.</translation>
    </message>
    <message>
        <source>New partners and registrations</source>
        <translation>New partners and registrations</translation>
    </message>
    <message>
        <source>New partners this month</source>
        <translation>New partners this month</translation>
    </message>
    <message>
        <source>No partner implemented here for the first time this month.</source>
        <translation>No partner implemented here for the first time this month.</translation>
    </message>
    <message>
        <source>Registrations expired or expiring</source>
        <translation>Registrations expired or expiring</translation>
    </message>
    <message>
        <source>Registrations were not read for this bulletin.</source>
        <translation>Registrations were not read for this bulletin.</translation>
    </message>
    <message>
        <source>No registration of a partner working here has expired or expires within 60 days.</source>
        <translation>No registration of a partner working here has expired or expires within 60 days.</translation>
    </message>
    <message>
        <source>need: %1</source>
        <translation>need: %1</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Activity %1</translation>
    </message>
    <message>
        <source>Monitoring visits</source>
        <translation>Monitoring visits</translation>
    </message>
    <message>
        <source>No monitoring visit was recorded this month.</source>
        <translation>No monitoring visit was recorded this month.</translation>
    </message>
    <message>
        <source>Project or activity</source>
        <translation>Project or activity</translation>
    </message>
    <message>
        <source>Visiting organisation</source>
        <translation>Visiting organisation</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>“%1” is not a month: write it as YYYY-MM, for example 2026-10.</source>
        <translation>“%1” is not a month: write it as YYYY-MM, for example 2026-10.</translation>
    </message>
    <message>
        <source>“%1” is not a P-code of the gazetteer: give a governorate (SY09), a district (SY0901), a sub-district (SY090100) or a community.</source>
        <translation>“%1” is not a P-code of the gazetteer: give a governorate (SY09), a district (SY0901), a sub-district (SY090100) or a community.</translation>
    </message>
    <message>
        <source>No bulletin for %1: the registry holds no activity.</source>
        <translation>No bulletin for %1: the registry holds no activity.</translation>
    </message>
    <message>
        <source>No bulletin for %1: the registry&apos;s activities run from %2 to %3.</source>
        <translation>No bulletin for %1: the registry&apos;s activities run from %2 to %3.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>The PDF “%1” could not be drawn.</source>
        <translation>The PDF “%1” could not be drawn.</translation>
    </message>
</context>
<context>
    <name>tansiq::BulletinSector</name>
    <message>
        <source>Camps</source>
        <translation>Camps</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Early recovery</source>
        <translation>Early recovery</translation>
    </message>
    <message>
        <source>Food security</source>
        <translation>Food security</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <source>Nutrition</source>
        <translation>Nutrition</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Water and hygiene</source>
        <translation>Water and hygiene</translation>
    </message>
</context>
<context>
    <name>tansiq::CsvReader</name>
    <message>
        <source>“%1” has a cell longer than %2 characters: the file is damaged or not a table.</source>
        <translation>“%1” has a cell longer than %2 characters: the file is damaged or not a table.</translation>
    </message>
    <message>
        <source>“%1” has a quoted cell that never ends (it starts in record %2).</source>
        <translation>“%1” has a quoted cell that never ends (it starts in record %2).</translation>
    </message>
</context>
<context>
    <name>tansiq::Database</name>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>the Qt SQLite driver (QSQLITE) is not installed</translation>
    </message>
    <message>
        <source>the SQLite driver gave no usable handle</source>
        <translation>the SQLite driver gave no usable handle</translation>
    </message>
    <message>
        <source>this file is not a Tansiq database</source>
        <translation>this file is not a Tansiq database</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>The database refused the change: %1</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>Cannot open the database “%1”: %2</source>
        <translation>Cannot open the database “%1”: %2</translation>
    </message>
</context>
<context>
    <name>tansiq::DemoGenerator</name>
    <message>
        <source>Demo generation was cancelled.</source>
        <translation>Demo generation was cancelled.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>The database already holds organisations or activities; demo data goes only into an empty registry.</source>
        <translation>The database already holds organisations or activities; demo data goes only into an empty registry.</translation>
    </message>
    <message>
        <source>gazetteer</source>
        <translation>gazetteer</translation>
    </message>
    <message>
        <source>The database has no sub-districts: import the gazetteer first.</source>
        <translation>The database has no sub-districts: import the gazetteer first.</translation>
    </message>
</context>
<context>
    <name>tansiq::Engine</name>
    <message>
        <source>implementing organisation</source>
        <translation>implementing organisation</translation>
    </message>
    <message>
        <source>reporting organisation</source>
        <translation>reporting organisation</translation>
    </message>
    <message>
        <source>funding organisation (donor)</source>
        <translation>funding organisation (donor)</translation>
    </message>
    <message>
        <source>type of the implementing organisation</source>
        <translation>type of the implementing organisation</translation>
    </message>
    <message>
        <source>sector (cluster)</source>
        <translation>sector (cluster)</translation>
    </message>
    <message>
        <source>activity type</source>
        <translation>activity type</translation>
    </message>
    <message>
        <source>governorate</source>
        <translation>governorate</translation>
    </message>
    <message>
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <source>sub-district</source>
        <translation>sub-district</translation>
    </message>
    <message>
        <source>community</source>
        <translation>community</translation>
    </message>
    <message>
        <source>month in which the activity was active</source>
        <translation>month in which the activity was active</translation>
    </message>
    <message>
        <source>quarter in which the activity was active</source>
        <translation>quarter in which the activity was active</translation>
    </message>
    <message>
        <source>year in which the activity was active</source>
        <translation>year in which the activity was active</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>modality</translation>
    </message>
    <message>
        <source>population group</source>
        <translation>population group</translation>
    </message>
    <message>
        <source>number of activities</source>
        <translation>number of activities</translation>
    </message>
    <message>
        <source>number of different implementing organisations</source>
        <translation>number of different implementing organisations</translation>
    </message>
    <message>
        <source>people targeted (sum)</source>
        <translation>people targeted (sum)</translation>
    </message>
    <message>
        <source>people reached (sum, counts people served twice twice)</source>
        <translation>people reached (sum, counts people served twice twice)</translation>
    </message>
    <message>
        <source>people reached without double counting (largest reach per place, summed)</source>
        <translation>people reached without double counting (largest reach per place, summed)</translation>
    </message>
    <message>
        <source>households reached (sum)</source>
        <translation>households reached (sum)</translation>
    </message>
    <message>
        <source>people reached without double counting ÷ people in need</source>
        <translation>people reached without double counting ÷ people in need</translation>
    </message>
    <message>
        <source>budget of the activities (sum)</source>
        <translation>budget of the activities (sum)</translation>
    </message>
    <message>
        <source>complementary</source>
        <translation>complementary</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>Population group</source>
        <translation>Population group</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>All active from</source>
        <translation>All active from</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>Time overlap</source>
        <translation>Time overlap</translation>
    </message>
    <message>
        <source>Combined reach ÷ people in need</source>
        <translation>Combined reach ÷ people in need</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Priority: highest severity first; then most people in need not yet reached (people in need − people reached without double counting); then most people in need.</source>
        <translation>Priority: highest severity first; then most people in need not yet reached (people in need − people reached without double counting); then most people in need.</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>gap</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>P-code</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>People in need</source>
        <translation>People in need</translation>
    </message>
    <message>
        <source>Partners present</source>
        <translation>Partners present</translation>
    </message>
    <message>
        <source>Reached (without double counting)</source>
        <translation>Reached (without double counting)</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>In need, not reached</source>
        <translation>In need, not reached</translation>
    </message>
    <message>
        <source>Severe need, no partner</source>
        <translation>Severe need, no partner</translation>
    </message>
    <message>
        <source>(reported for a wider area)</source>
        <translation>(reported for a wider area)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The 4W engine could not read the registry: %1</source>
        <translation>The 4W engine could not read the registry: %1</translation>
    </message>
    <message>
        <source>The SQL baseline failed: %1</source>
        <translation>The SQL baseline failed: %1</translation>
    </message>
    <message>
        <source>The SQL pivot failed: %1</source>
        <translation>The SQL pivot failed: %1</translation>
    </message>
    <message>
        <source>women reached (sum of the breakdowns given)</source>
        <translation>women reached (sum of the breakdowns given)</translation>
    </message>
    <message>
        <source>men reached (sum of the breakdowns given)</source>
        <translation>men reached (sum of the breakdowns given)</translation>
    </message>
    <message>
        <source>girls reached (sum of the breakdowns given)</source>
        <translation>girls reached (sum of the breakdowns given)</translation>
    </message>
    <message>
        <source>boys reached (sum of the breakdowns given)</source>
        <translation>boys reached (sum of the breakdowns given)</translation>
    </message>
    <message>
        <source>children reached: girls and boys (sum of the breakdowns given)</source>
        <translation>children reached: girls and boys (sum of the breakdowns given)</translation>
    </message>
    <message>
        <source>elderly people reached: women and men (sum of the breakdowns given)</source>
        <translation>elderly people reached: women and men (sum of the breakdowns given)</translation>
    </message>
    <message>
        <source>women targeted (sum of the breakdowns given)</source>
        <translation>women targeted (sum of the breakdowns given)</translation>
    </message>
    <message>
        <source>men targeted (sum of the breakdowns given)</source>
        <translation>men targeted (sum of the breakdowns given)</translation>
    </message>
    <message>
        <source>girls targeted (sum of the breakdowns given)</source>
        <translation>girls targeted (sum of the breakdowns given)</translation>
    </message>
    <message>
        <source>boys targeted (sum of the breakdowns given)</source>
        <translation>boys targeted (sum of the breakdowns given)</translation>
    </message>
    <message>
        <source>children targeted: girls and boys (sum of the breakdowns given)</source>
        <translation>children targeted: girls and boys (sum of the breakdowns given)</translation>
    </message>
    <message>
        <source>elderly people targeted: women and men (sum of the breakdowns given)</source>
        <translation>elderly people targeted: women and men (sum of the breakdowns given)</translation>
    </message>
    <message>
        <source>The 4W engine could not write its cache %1: %2</source>
        <translation>The 4W engine could not write its cache %1: %2</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” could not be written: %2</translation>
    </message>
    <message>
        <source>duplication group</source>
        <translation>duplication group</translation>
    </message>
    <message>
        <source>“%1” is not a duplication group key (PCODE/TYPE/GROUP/32 hex digits).</source>
        <translation>“%1” is not a duplication group key (PCODE/TYPE/GROUP/32 hex digits).</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>The note is %1 characters long; at most %2 are kept.</source>
        <translation>The note is %1 characters long; at most %2 are kept.</translation>
    </message>
    <message>
        <source>The group “%1” is not marked complementary.</source>
        <translation>The group “%1” is not marked complementary.</translation>
    </message>
    <message>
        <source>The database has no activities to measure (try “tansiq-cli demo”).</source>
        <translation>The database has no activities to measure (try “tansiq-cli demo”).</translation>
    </message>
    <message>
        <source>activities by implementing organisation × sector in %1, %2</source>
        <translation>activities by implementing organisation × sector in %1, %2</translation>
    </message>
    <message>
        <source>people reached without double counting by sub-district × sector, %1</source>
        <translation>people reached without double counting by sub-district × sector, %1</translation>
    </message>
    <message>
        <source>gap list: sub-district × sector with severity, people in need, partners, unique reach, %1</source>
        <translation>gap list: sub-district × sector with severity, people in need, partners, unique reach, %1</translation>
    </message>
    <message>
        <source>duplication scan over all activities (SQL: overlapping pairs by self-join)</source>
        <translation>duplication scan over all activities (SQL: overlapping pairs by self-join)</translation>
    </message>
    <message>
        <source>coverage by governorate × month (active during), %1</source>
        <translation>coverage by governorate × month (active during), %1</translation>
    </message>
    <message>
        <source>No organisation has the acronym “%1”.</source>
        <translation>No organisation has the acronym “%1”.</translation>
    </message>
    <message>
        <source>No sector has the code “%1”.</source>
        <translation>No sector has the code “%1”.</translation>
    </message>
    <message>
        <source>No activity type has the code “%1”.</source>
        <translation>No activity type has the code “%1”.</translation>
    </message>
    <message>
        <source>The P-code “%1” is not in the gazetteer.</source>
        <translation>The P-code “%1” is not in the gazetteer.</translation>
    </message>
    <message>
        <source>The P-code “%1” is at admin level %2, not %3.</source>
        <translation>The P-code “%1” is at admin level %2, not %3.</translation>
    </message>
    <message>
        <source>“%1” is not a month (YYYY-MM).</source>
        <translation>“%1” is not a month (YYYY-MM).</translation>
    </message>
    <message>
        <source>“%1” is not a quarter (YYYY-Qn).</source>
        <translation>“%1” is not a quarter (YYYY-Qn).</translation>
    </message>
    <message>
        <source>“%1” is not a year (YYYY).</source>
        <translation>“%1” is not a year (YYYY).</translation>
    </message>
    <message>
        <source>“%1” is not a known %2 (one of: %3).</source>
        <translation>“%1” is not a known %2 (one of: %3).</translation>
    </message>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>“%1” is not a period: write YYYY-MM or YYYY-MM..YYYY-MM, the first month not after the last.</source>
        <translation>“%1” is not a period: write YYYY-MM or YYYY-MM..YYYY-MM, the first month not after the last.</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>dimension</translation>
    </message>
    <message>
        <source>“%1” is not a dimension. Dimensions: %2.</source>
        <translation>“%1” is not a dimension. Dimensions: %2.</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>measure</translation>
    </message>
    <message>
        <source>“%1” is not a measure. Measures: %2.</source>
        <translation>“%1” is not a measure. Measures: %2.</translation>
    </message>
    <message>
        <source>admin level</source>
        <translation>admin level</translation>
    </message>
    <message>
        <source>“%1” is not an admin level: use 1 (governorate) to 4 (community).</source>
        <translation>“%1” is not an admin level: use 1 (governorate) to 4 (community).</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filter</translation>
    </message>
    <message>
        <source>“%1” is not a filter: write DIMENSION=VALUE, e.g. sector=WASH.</source>
        <translation>“%1” is not a filter: write DIMENSION=VALUE, e.g. sector=WASH.</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>No pivot of the bench is called %1; the pivots are: %2.</source>
        <translation>No pivot of the bench is called %1; the pivots are: %2.</translation>
    </message>
</context>
<context>
    <name>tansiq::FieldChecks</name>
    <message>
        <source>%1 contains characters that are not valid text (broken UTF-8 or control characters).</source>
        <translation>%1 contains characters that are not valid text (broken UTF-8 or control characters).</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1 is too long (%2 characters; at most %3).</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date; write it as YYYY-MM-DD, for example 2026-10-31.</source>
        <translation>%1 “%2” is not a date; write it as YYYY-MM-DD, for example 2026-10-31.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a month; write it as YYYY-MM, for example 2026-10.</source>
        <translation>%1 “%2” is not a month; write it as YYYY-MM, for example 2026-10.</translation>
    </message>
    <message>
        <source>%1 %2 is before %3 %4.</source>
        <translation>%1 %2 is before %3 %4.</translation>
    </message>
    <message>
        <source>%1 cannot be negative (%2).</source>
        <translation>%1 cannot be negative (%2).</translation>
    </message>
    <message>
        <source>%1 must be a non-negative amount (%2).</source>
        <translation>%1 must be a non-negative amount (%2).</translation>
    </message>
    <message>
        <source>%1 “%2” is not a currency code such as USD, EUR or SYP.</source>
        <translation>%1 “%2” is not a currency code such as USD, EUR or SYP.</translation>
    </message>
    <message>
        <source>%1 “%2” is not one of: %3.</source>
        <translation>%1 “%2” is not one of: %3.</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Give both latitude and longitude, or neither.</translation>
    </message>
    <message>
        <source>%1 %2 is outside -90 to 90.</source>
        <translation>%1 %2 is outside -90 to 90.</translation>
    </message>
    <message>
        <source>%1 %2 is outside -180 to 180.</source>
        <translation>%1 %2 is outside -180 to 180.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a whole number.</source>
        <translation>%1 “%2” is not a whole number.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a plausible count.</source>
        <translation>%1 “%2” is not a plausible count.</translation>
    </message>
    <message>
        <source>%1 “%2” is not an e-mail address; write it as name@example.org.</source>
        <translation>%1 “%2” is not an e-mail address; write it as name@example.org.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a telephone number; write digits with an optional leading +, for example +963 11 234 5678.</source>
        <translation>%1 “%2” is not a telephone number; write digits with an optional leading +, for example +963 11 234 5678.</translation>
    </message>
    <message>
        <source>%1 “%2” is not an amount; write digits only, for example 25000 or 1250.50.</source>
        <translation>%1 “%2” is not an amount; write digits only, for example 25000 or 1250.50.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a plausible amount.</source>
        <translation>%1 “%2” is not a plausible amount.</translation>
    </message>
</context>
<context>
    <name>tansiq::GazetteerColumns</name>
    <message>
        <source>“%1” has P-codes for level %2 but not for level %3: the column admin%3Pcode (or ADM%3_PCODE) is missing.</source>
        <translation>“%1” has P-codes for level %2 but not for level %3: the column admin%3Pcode (or ADM%3_PCODE) is missing.</translation>
    </message>
    <message>
        <source>“%1” is not an OCHA gazetteer: no column holds P-codes (admin1Pcode, ADM1_PCODE or adm1_pcode).</source>
        <translation>“%1” is not an OCHA gazetteer: no column holds P-codes (admin1Pcode, ADM1_PCODE or adm1_pcode).</translation>
    </message>
    <message>
        <source>“%1” has no column %2: every level needs its English and Arabic names.</source>
        <translation>“%1” has no column %2: every level needs its English and Arabic names.</translation>
    </message>
</context>
<context>
    <name>tansiq::GazetteerImporter</name>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Cannot read “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a gazetteer.</source>
        <translation>“%1” is too large to be a gazetteer.</translation>
    </message>
    <message>
        <source>“%1” has no rows below its header.</source>
        <translation>“%1” has no rows below its header.</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>P-code</translation>
    </message>
    <message>
        <source>The level-%1 P-code is empty.</source>
        <translation>The level-%1 P-code is empty.</translation>
    </message>
    <message>
        <source>The parent of %1 is unknown: it is neither in this row nor in the gazetteer.</source>
        <translation>The parent of %1 is unknown: it is neither in this row nor in the gazetteer.</translation>
    </message>
    <message>
        <source>P-code %1 does not start with its parent&apos;s P-code %2.</source>
        <translation>P-code %1 does not start with its parent&apos;s P-code %2.</translation>
    </message>
    <message>
        <source>%1 has no English or no Arabic name.</source>
        <translation>%1 has no English or no Arabic name.</translation>
    </message>
    <message>
        <source>%1 appears under two different parents (%2 in row %3, %4 here).</source>
        <translation>%1 appears under two different parents (%2 in row %3, %4 here).</translation>
    </message>
</context>
<context>
    <name>tansiq::Issue</name>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>Internal error: an operation that succeeded was reported as a failure. Please report this.</source>
        <translation>Internal error: an operation that succeeded was reported as a failure. Please report this.</translation>
    </message>
</context>
<context>
    <name>tansiq::Migrator</name>
    <message>
        <source>schema version</source>
        <translation>schema version</translation>
    </message>
    <message>
        <source>This database was written by a newer Tansiq (schema version %1; this version knows up to %2). Please update Tansiq.</source>
        <translation>This database was written by a newer Tansiq (schema version %1; this version knows up to %2). Please update Tansiq.</translation>
    </message>
    <message>
        <source>The upgrade script for schema version %1 is missing from this build.</source>
        <translation>The upgrade script for schema version %1 is missing from this build.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed: %2</source>
        <translation>Upgrading the database to schema version %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>tansiq::Minutes</name>
    <message>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>No meeting has the id “%1”.</source>
        <translation>No meeting has the id “%1”.</translation>
    </message>
    <message>
        <source>Minutes of the meeting</source>
        <translation>Minutes of the meeting</translation>
    </message>
    <message>
        <source>General coordination meeting</source>
        <translation>General coordination meeting</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>No attendance was recorded.</source>
        <translation>No attendance was recorded.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>No decision was recorded.</source>
        <translation>No decision was recorded.</translation>
    </message>
    <message>
        <source>Action points</source>
        <translation>Action points</translation>
    </message>
    <message>
        <source>No action point was set.</source>
        <translation>No action point was set.</translation>
    </message>
    <message>
        <source>Produced on %1 with Tansiq by %2.</source>
        <translation>Produced on %1 with Tansiq by %2.</translation>
    </message>
    <message>
        <source>Minutes — %1 — %2</source>
        <translation>Minutes — %1 — %2</translation>
    </message>
    <message>
        <source>Tansiq | %1 | %2</source>
        <translation>Tansiq | %1 | %2</translation>
    </message>
</context>
<context>
    <name>tansiq::RecordWriter</name>
    <message>
        <source>No record %1 exists in %2.</source>
        <translation>No record %1 exists in %2.</translation>
    </message>
</context>
<context>
    <name>tansiq::Registry</name>
    <message>
        <source>Coordination office</source>
        <translation>Coordination office</translation>
    </message>
</context>
<context>
    <name>tansiq::Statement</name>
    <message>
        <source>The database refused the change: %1</source>
        <translation>The database refused the change: %1</translation>
    </message>
</context>
<context>
    <name>tansiq::TextDecoding</name>
    <message>
        <source>binary data</source>
        <translation>binary data</translation>
    </message>
    <message>
        <source>“%1” is not a text file (it contains binary data).</source>
        <translation>“%1” is not a text file (it contains binary data).</translation>
    </message>
    <message>
        <source>“%1” starts as UTF-8 text but is damaged.</source>
        <translation>“%1” starts as UTF-8 text but is damaged.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text (it looks like %2). Save it as “CSV UTF-8” and try again.</source>
        <translation>“%1” is not UTF-8 text (it looks like %2). Save it as “CSV UTF-8” and try again.</translation>
    </message>
    <message>
        <source>This system cannot read Windows-1256 text.</source>
        <translation>This system cannot read Windows-1256 text.</translation>
    </message>
    <message>
        <source>“%1” looks like UTF-16 text but is damaged.</source>
        <translation>“%1” looks like UTF-16 text but is damaged.</translation>
    </message>
</context>
<context>
    <name>tansiq::Validators</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1 “%2” is not in the gazetteer.</source>
        <translation>%1 “%2” is not in the gazetteer.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a known organisation.</source>
        <translation>%1 “%2” is not a known organisation.</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>%1 “%2” is not a known sector.</source>
        <translation>%1 “%2” is not a known sector.</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>acronym</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>Arabic name</translation>
    </message>
    <message>
        <source>organisation type</source>
        <translation>organisation type</translation>
    </message>
    <message>
        <source>registration number</source>
        <translation>registration number</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>contact name</translation>
    </message>
    <message>
        <source>contact email</source>
        <translation>contact email</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>contact phone</translation>
    </message>
    <message>
        <source>project code</source>
        <translation>project code</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>English title</translation>
    </message>
    <message>
        <source>Arabic title</source>
        <translation>Arabic title</translation>
    </message>
    <message>
        <source>lead organisation</source>
        <translation>lead organisation</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>start date</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>end date</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>currency</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>partner role</source>
        <translation>partner role</translation>
    </message>
    <message>
        <source>girls reached</source>
        <translation>girls reached</translation>
    </message>
    <message>
        <source>boys reached</source>
        <translation>boys reached</translation>
    </message>
    <message>
        <source>women reached</source>
        <translation>women reached</translation>
    </message>
    <message>
        <source>men reached</source>
        <translation>men reached</translation>
    </message>
    <message>
        <source>elderly women reached</source>
        <translation>elderly women reached</translation>
    </message>
    <message>
        <source>elderly men reached</source>
        <translation>elderly men reached</translation>
    </message>
    <message>
        <source>people reached</source>
        <translation>people reached</translation>
    </message>
    <message>
        <source>implementing organisation</source>
        <translation>implementing organisation</translation>
    </message>
    <message>
        <source>reporting organisation</source>
        <translation>reporting organisation</translation>
    </message>
    <message>
        <source>programming partner</source>
        <translation>programming partner</translation>
    </message>
    <message>
        <source>donor</source>
        <translation>donor</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>%1 “%2” is not a known project.</source>
        <translation>%1 “%2” is not a known project.</translation>
    </message>
    <message>
        <source>activity type</source>
        <translation>activity type</translation>
    </message>
    <message>
        <source>%1 “%2” is not a known activity type.</source>
        <translation>%1 “%2” is not a known activity type.</translation>
    </message>
    <message>
        <source>The activity type does not belong to the chosen sector.</source>
        <translation>The activity type does not belong to the chosen sector.</translation>
    </message>
    <message>
        <source>place P-code</source>
        <translation>place P-code</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>reporting month</source>
        <translation>reporting month</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>modality</translation>
    </message>
    <message>
        <source>population group</source>
        <translation>population group</translation>
    </message>
    <message>
        <source>people targeted</source>
        <translation>people targeted</translation>
    </message>
    <message>
        <source>households</source>
        <translation>households</translation>
    </message>
    <message>
        <source>transfer value</source>
        <translation>transfer value</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>comments</translation>
    </message>
    <message>
        <source>%1 people reached is more than the %2 targeted; please check the figures.</source>
        <translation>%1 people reached is more than the %2 targeted; please check the figures.</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>severity</translation>
    </message>
    <message>
        <source>%1 must be from 1 (minimal) to 5 (catastrophic), not %2.</source>
        <translation>%1 must be from 1 (minimal) to 5 (catastrophic), not %2.</translation>
    </message>
    <message>
        <source>people in need</source>
        <translation>people in need</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>assessment date</source>
        <translation>assessment date</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>action point</source>
        <translation>action point</translation>
    </message>
    <message>
        <source>%1 “%2” does not exist.</source>
        <translation>%1 “%2” does not exist.</translation>
    </message>
    <message>
        <source>area P-code</source>
        <translation>area P-code</translation>
    </message>
    <message>
        <source>meeting cadence</source>
        <translation>meeting cadence</translation>
    </message>
    <message>
        <source>member organisation</source>
        <translation>member organisation</translation>
    </message>
    <message>
        <source>member role</source>
        <translation>member role</translation>
    </message>
    <message>
        <source>%1 “%2” is listed twice.</source>
        <translation>%1 “%2” is listed twice.</translation>
    </message>
    <message>
        <source>A working group has one lead organisation; make the others co-leads.</source>
        <translation>A working group has one lead organisation; make the others co-leads.</translation>
    </message>
    <message>
        <source>meeting date</source>
        <translation>meeting date</translation>
    </message>
    <message>
        <source>working group</source>
        <translation>working group</translation>
    </message>
    <message>
        <source>meeting title</source>
        <translation>meeting title</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>venue</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>chair</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>agenda</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>attending organisation</source>
        <translation>attending organisation</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>decision place P-code</source>
        <translation>decision place P-code</translation>
    </message>
    <message>
        <source>need</source>
        <translation>need</translation>
    </message>
    <message>
        <source>responsible organisation</source>
        <translation>responsible organisation</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>due date</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>monitoring visit</source>
        <translation>monitoring visit</translation>
    </message>
    <message>
        <source>visit date</source>
        <translation>visit date</translation>
    </message>
    <message>
        <source>project or activity</source>
        <translation>project or activity</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activity</translation>
    </message>
    <message>
        <source>visiting organisation</source>
        <translation>visiting organisation</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>findings</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>rating</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>registration authority</source>
        <translation>registration authority</translation>
    </message>
    <message>
        <source>authority name</source>
        <translation>authority name</translation>
    </message>
    <message>
        <source>registration date</source>
        <translation>registration date</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>expiry date</translation>
    </message>
    <message>
        <source>registration status</source>
        <translation>registration status</translation>
    </message>
    <message>
        <source>An organisation needs a name: give its Arabic name, its English name or both.</source>
        <translation>An organisation needs a name: give its Arabic name, its English name or both.</translation>
    </message>
    <message>
        <source>girls targeted</source>
        <translation>girls targeted</translation>
    </message>
    <message>
        <source>boys targeted</source>
        <translation>boys targeted</translation>
    </message>
    <message>
        <source>women targeted</source>
        <translation>women targeted</translation>
    </message>
    <message>
        <source>men targeted</source>
        <translation>men targeted</translation>
    </message>
    <message>
        <source>elderly women targeted</source>
        <translation>elderly women targeted</translation>
    </message>
    <message>
        <source>elderly men targeted</source>
        <translation>elderly men targeted</translation>
    </message>
    <message>
        <source>%1 is %2, but the breakdown by sex and age adds up to %3; please check the figures.</source>
        <translation>%1 is %2, but the breakdown by sex and age adds up to %3; please check the figures.</translation>
    </message>
</context>
<context>
    <name>tansiq::Workspace</name>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>There is no database at “%1”.</translation>
    </message>
</context>
<context>
    <name>tansiq::backup</name>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>asked for</source>
        <translation>asked for</translation>
    </message>
    <message>
        <source>before a sync bundle import</source>
        <translation>before a sync bundle import</translation>
    </message>
    <message>
        <source>before a 4W spreadsheet import</source>
        <translation>before a 4W spreadsheet import</translation>
    </message>
    <message>
        <source>before a database upgrade</source>
        <translation>before a database upgrade</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
</context>
<context>
    <name>tansiq::backup::errors</name>
    <message>
        <source>the header is incomplete</source>
        <translation>the header is incomplete</translation>
    </message>
    <message>
        <source>the header is not valid</source>
        <translation>the header is not valid</translation>
    </message>
    <message>
        <source>not enough memory to check the passphrase</source>
        <translation>not enough memory to check the passphrase</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>the file is cut short</translation>
    </message>
    <message>
        <source>a part does not decrypt</source>
        <translation>a part does not decrypt</translation>
    </message>
    <message>
        <source>the decrypted copy cannot be written</source>
        <translation>the decrypted copy cannot be written</translation>
    </message>
    <message>
        <source>bytes follow the end</source>
        <translation>bytes follow the end</translation>
    </message>
    <message>
        <source>the folder does not exist (is the stick plugged in?)</source>
        <translation>the folder does not exist (is the stick plugged in?)</translation>
    </message>
    <message>
        <source>not enough memory to derive the key</source>
        <translation>not enough memory to derive the key</translation>
    </message>
    <message>
        <source>There is not enough free space in “%1” for the backup (it needs about %2 MB, %3 MB are free). No backup was written: free some space and try again.</source>
        <translation>There is not enough free space in “%1” for the backup (it needs about %2 MB, %3 MB are free). No backup was written: free some space and try again.</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full. No backup was written (the partial file was removed): free some space and try again.</source>
        <translation>The disk holding “%1” is full. No backup was written (the partial file was removed): free some space and try again.</translation>
    </message>
    <message>
        <source>backup folder</source>
        <translation>backup folder</translation>
    </message>
    <message>
        <source>Cannot write in the backup folder “%1”: %2. No backup was written.</source>
        <translation>Cannot write in the backup folder “%1”: %2. No backup was written.</translation>
    </message>
    <message>
        <source>Writing the backup in “%1” failed: %2. No backup was written (the partial file was removed).</source>
        <translation>Writing the backup in “%1” failed: %2. No backup was written (the partial file was removed).</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>The backup written to “%1” does not read back correctly (%2), so it was removed. Try again, or on another disk.</source>
        <translation>The backup written to “%1” does not read back correctly (%2), so it was removed. Try again, or on another disk.</translation>
    </message>
    <message>
        <source>“%1” is not a Tansiq backup or database. Nothing was changed.</source>
        <translation>“%1” is not a Tansiq backup or database. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup “%1” is damaged (%2). Nothing was changed: choose another backup.</source>
        <translation>The backup “%1” is damaged (%2). Nothing was changed: choose another backup.</translation>
    </message>
    <message>
        <source>schema version</source>
        <translation>schema version</translation>
    </message>
    <message>
        <source>The backup “%1” was made by a newer Tansiq (schema version %2; this version knows up to %3). Update Tansiq to restore it. Nothing was changed.</source>
        <translation>The backup “%1” was made by a newer Tansiq (schema version %2; this version knows up to %3). Update Tansiq to restore it. Nothing was changed.</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>passphrase</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the encrypted backup “%1” is damaged. Nothing was changed.</source>
        <translation>Wrong passphrase, or the encrypted backup “%1” is damaged. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2. Nothing was changed.</source>
        <translation>Cannot read “%1”: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>Tansiq keeps a backup %1 and could not make it, so nothing was changed. %2</source>
        <translation>Tansiq keeps a backup %1 and could not make it, so nothing was changed. %2</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>Could not put the restored database in place at “%1”: %2. The database is as it was before the restore.</source>
        <translation>Could not put the restored database in place at “%1”: %2. The database is as it was before the restore.</translation>
    </message>
    <message>
        <source>This is not the office passphrase (the one that unlocks this office&apos;s keys). The backup is encrypted only with it, so that the office can be restored with its keys. Nothing was written.</source>
        <translation>This is not the office passphrase (the one that unlocks this office&apos;s keys). The backup is encrypted only with it, so that the office can be restored with its keys. Nothing was written.</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>the folder cannot be created</translation>
    </message>
    <message>
        <source>its record counts differ from the database&apos;s</source>
        <translation>its record counts differ from the database&apos;s</translation>
    </message>
    <message>
        <source>the finished backup could not be renamed</source>
        <translation>the finished backup could not be renamed</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>there is no such file</translation>
    </message>
    <message>
        <source>the disk did not confirm the write</source>
        <translation>the disk did not confirm the write</translation>
    </message>
    <message>
        <source>the damaged file cannot be moved aside</source>
        <translation>the damaged file cannot be moved aside</translation>
    </message>
    <message>
        <source>The database being replaced could not be read, so it was not backed up; it was kept as “%1”.</source>
        <translation>The database being replaced could not be read, so it was not backed up; it was kept as “%1”.</translation>
    </message>
</context>
<context>
    <name>tansiq::cli</name>
    <message>
        <source>create the database (with the gazetteer) if it does not exist</source>
        <translation>create the database (with the gazetteer) if it does not exist</translation>
    </message>
    <message>
        <source>import an OCHA COD tabular gazetteer (CSV)</source>
        <translation>import an OCHA COD tabular gazetteer (CSV)</translation>
    </message>
    <message>
        <source>fill an empty database with realistic demo data</source>
        <translation>fill an empty database with realistic demo data</translation>
    </message>
    <message>
        <source>count records per entity and places per level</source>
        <translation>count records per entity and places per level</translation>
    </message>
    <message>
        <source>export the 4W as HXL-tagged CSV or XLSX</source>
        <translation>export the 4W as HXL-tagged CSV or XLSX</translation>
    </message>
    <message>
        <source>import a 4W spreadsheet (CSV or XLSX; --dry-run to review)</source>
        <translation>import a 4W spreadsheet (CSV or XLSX; --dry-run to review)</translation>
    </message>
    <message>
        <source>import OCHA COD-AB boundaries (GeoJSON, admin level 1-3) for the map</source>
        <translation>import OCHA COD-AB boundaries (GeoJSON, admin level 1-3) for the map</translation>
    </message>
    <message>
        <source>time importing a generated 4W CSV (default 100,000 rows) against a baseline</source>
        <translation>time importing a generated 4W CSV (default 100,000 rows) against a baseline</translation>
    </message>
    <message>
        <source>4W pivot: a measure by two dimensions, with totals</source>
        <translation>4W pivot: a measure by two dimensions, with totals</translation>
    </message>
    <message>
        <source>places and sectors by priority: needs, partners, coverage</source>
        <translation>places and sectors by priority: needs, partners, coverage</translation>
    </message>
    <message>
        <source>possible duplications; mark a group complementary</source>
        <translation>possible duplications; mark a group complementary</translation>
    </message>
    <message>
        <source>time the 4W engine against SQL on this database</source>
        <translation>time the 4W engine against SQL on this database</translation>
    </message>
    <message>
        <source>set up this office, its keys and enrolment; roster and revocation</source>
        <translation>set up this office, its keys and enrolment; roster and revocation</translation>
    </message>
    <message>
        <source>write an encrypted sync bundle for another office</source>
        <translation>write an encrypted sync bundle for another office</translation>
    </message>
    <message>
        <source>import a sync bundle (all or nothing, safe to repeat)</source>
        <translation>import a sync bundle (all or nothing, safe to repeat)</translation>
    </message>
    <message>
        <source>list and resolve concurrent edits</source>
        <translation>list and resolve concurrent edits</translation>
    </message>
    <message>
        <source>hash of the replicated content, to compare offices</source>
        <translation>hash of the replicated content, to compare offices</translation>
    </message>
    <message>
        <source>what was sent to and acknowledged by each office</source>
        <translation>what was sent to and acknowledged by each office</translation>
    </message>
    <message>
        <source>list batches held back for a clock far ahead; release them once checked</source>
        <translation>list batches held back for a clock far ahead; release them once checked</translation>
    </message>
    <message>
        <source>benchmark bundle export and import</source>
        <translation>benchmark bundle export and import</translation>
    </message>
    <message>
        <source>write the monthly PDF bulletin (Arabic or English) for the country or an area</source>
        <translation>write the monthly PDF bulletin (Arabic or English) for the country or an area</translation>
    </message>
    <message>
        <source>time producing a bulletin against reading its activities with SQL</source>
        <translation>time producing a bulletin against reading its activities with SQL</translation>
    </message>
    <message>
        <source>random seed (same seed, same data)</source>
        <translation>random seed (same seed, same data)</translation>
    </message>
    <message>
        <source>number of activities</source>
        <translation>number of activities</translation>
    </message>
    <message>
        <source>number of projects</source>
        <translation>number of projects</translation>
    </message>
    <message>
        <source>Fills an empty database with demo data.</source>
        <translation>Fills an empty database with demo data.</translation>
    </message>
    <message>
        <source>error: --seed, --activities and --projects take whole numbers (at most 50,000,000 activities)</source>
        <translation>error: --seed, --activities and --projects take whole numbers (at most 50,000,000 activities)</translation>
    </message>
    <message>
        <source>%1 of %2 activities</source>
        <translation>%1 of %2 activities</translation>
    </message>
    <message>
        <source>Demo data: %1 organisations, %2 projects, %3 needs, %4 activities (%5 planted duplicates, %6 planted gaps) in %7 s.</source>
        <translation>Demo data: %1 organisations, %2 projects, %3 needs, %4 activities (%5 planted duplicates, %6 planted gaps) in %7 s.</translation>
    </message>
    <message>
        <source>an OCHA COD tabular gazetteer (CSV, UTF-8)</source>
        <translation>an OCHA COD tabular gazetteer (CSV, UTF-8)</translation>
    </message>
    <message>
        <source>Adds new places and updates the names of known ones.</source>
        <translation>Adds new places and updates the names of known ones.</translation>
    </message>
    <message>
        <source>error: give exactly one gazetteer file</source>
        <translation>error: give exactly one gazetteer file</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>%1 rows read: %2 places added, %3 updated, %4 unchanged.</source>
        <translation>%1 rows read: %2 places added, %3 updated, %4 unchanged.</translation>
    </message>
    <message>
        <source>the name of this office</source>
        <translation>the name of this office</translation>
    </message>
    <message>
        <source>Creates the database with the bundled gazetteer.</source>
        <translation>Creates the database with the bundled gazetteer.</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema version %2, %3 places)</source>
        <translation>Database ready: %1 (schema version %2, %3 places)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>print JSON</translation>
    </message>
    <message>
        <source>engine runs per pivot (default 9)</source>
        <translation>engine runs per pivot (default 9)</translation>
    </message>
    <message>
        <source>SQL runs per pivot (default 3; 0 skips SQL)</source>
        <translation>SQL runs per pivot (default 3; 0 skips SQL)</translation>
    </message>
    <message>
        <source>Times the five named pivots of docs/benchmarks.md with the 4W engine and with the equivalent SQL in the same process; reports medians and ratios.</source>
        <translation>Times the five named pivots of docs/benchmarks.md with the 4W engine and with the equivalent SQL in the same process; reports medians and ratios.</translation>
    </message>
    <message>
        <source>error: --runs and --sql-runs need a positive number</source>
        <translation>error: --runs and --sql-runs need a positive number</translation>
    </message>
    <message>
        <source>Database: %1 (%2 live activities)</source>
        <translation>Database: %1 (%2 live activities)</translation>
    </message>
    <message>
        <source>Snapshot built in %1 ms (%6 ms of processor time; columns %2 MB); resident memory %3 MB before, peak %4 MB after the engine runs (+%5 MB)</source>
        <translation>Snapshot built in %1 ms (%6 ms of processor time; columns %2 MB); resident memory %3 MB before, peak %4 MB after the engine runs (+%5 MB)</translation>
    </message>
    <message>
        <source>Medians of %1 engine runs and %2 SQL runs:</source>
        <translation>Medians of %1 engine runs and %2 SQL runs:</translation>
    </message>
    <message>
        <source>  (wall = elapsed time; cpu = processor time of the engine thread; ratio = SQL wall ÷ engine wall)</source>
        <translation>  (wall = elapsed time; cpu = processor time of the engine thread; ratio = SQL wall ÷ engine wall)</translation>
    </message>
    <message>
        <source>Counts records per entity and places per level.</source>
        <translation>Counts records per entity and places per level.</translation>
    </message>
    <message>
        <source>Database: %1 (schema version %2)</source>
        <translation>Database: %1 (schema version %2)</translation>
    </message>
    <message>
        <source>Organisations: %1</source>
        <translation>Organisations: %1</translation>
    </message>
    <message>
        <source>Projects: %1</source>
        <translation>Projects: %1</translation>
    </message>
    <message>
        <source>Activities: %1</source>
        <translation>Activities: %1</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>Needs: %1</translation>
    </message>
    <message>
        <source>Sectors: %1 (%2 activity types)</source>
        <translation>Sectors: %1 (%2 activity types)</translation>
    </message>
    <message>
        <source>Governorates: %1, districts: %2, sub-districts: %3, communities: %4</source>
        <translation>Governorates: %1, districts: %2, sub-districts: %3, communities: %4</translation>
    </message>
    <message>
        <source>rows in the generated CSV</source>
        <translation>rows in the generated CSV</translation>
    </message>
    <message>
        <source>runs (the median is reported)</source>
        <translation>runs (the median is reported)</translation>
    </message>
    <message>
        <source>Times importing a generated 4W CSV against writing the same activities directly (temporary databases; --db is not used).</source>
        <translation>Times importing a generated 4W CSV against writing the same activities directly (temporary databases; --db is not used).</translation>
    </message>
    <message>
        <source>error: --rows takes 1 to 2,000,000 and --repeat 1 to 20</source>
        <translation>error: --rows takes 1 to 2,000,000 and --repeat 1 to 20</translation>
    </message>
    <message>
        <source>error: no temporary folder</source>
        <translation>error: no temporary folder</translation>
    </message>
    <message>
        <source>import of %1 rows (%2 MB CSV), median of %3 runs:</source>
        <translation>import of %1 rows (%2 MB CSV), median of %3 runs:</translation>
    </message>
    <message>
        <source>  baseline (same activities through ActivityRepository): %1 s (CPU %2 s)</source>
        <translation>  baseline (same activities through ActivityRepository): %1 s (CPU %2 s)</translation>
    </message>
    <message>
        <source>  import: %1 s = read %2 s + plan %3 s + apply %4 s (CPU %5 s)</source>
        <translation>  import: %1 s = read %2 s + plan %3 s + apply %4 s (CPU %5 s)</translation>
    </message>
    <message>
        <source>  ratio import / baseline: %1 (CPU %2); load average while measuring: %3</source>
        <translation>  ratio import / baseline: %1 (CPU %2); load average while measuring: %3</translation>
    </message>
    <message>
        <source>changed activities</source>
        <translation>changed activities</translation>
    </message>
    <message>
        <source>import runs (median reported)</source>
        <translation>import runs (median reported)</translation>
    </message>
    <message>
        <source>Measures export and import of changed activities against plain SQLite inserts of the same rows.</source>
        <translation>Measures export and import of changed activities against plain SQLite inserts of the same rows.</translation>
    </message>
    <message>
        <source>error: the imported database differs from the source</source>
        <translation>error: the imported database differs from the source</translation>
    </message>
    <message>
        <source>run %1: export %2 ms, import %3 ms, plain inserts %4 ms</source>
        <translation>run %1: export %2 ms, import %3 ms, plain inserts %4 ms</translation>
    </message>
    <message>
        <source>%1 activities (+%2 organisations, %3 projects, %4 needs):</source>
        <translation>%1 activities (+%2 organisations, %3 projects, %4 needs):</translation>
    </message>
    <message>
        <source>  bundle: %1 bytes, %2 bytes per activity (all records and signatures included)</source>
        <translation>  bundle: %1 bytes, %2 bytes per activity (all records and signatures included)</translation>
    </message>
    <message>
        <source>  export: %1 ms including sealing the captured operations into signed batches (%2x plain inserts); later exports of the sealed batches: median %3 ms</source>
        <translation>  export: %1 ms including sealing the captured operations into signed batches (%2x plain inserts); later exports of the sealed batches: median %3 ms</translation>
    </message>
    <message>
        <source>  import: median %1 ms (%2x plain inserts)</source>
        <translation>  import: median %1 ms (%2x plain inserts)</translation>
    </message>
    <message>
        <source>  baseline, plain SQLite inserts of the same rows: median %1 ms</source>
        <translation>  baseline, plain SQLite inserts of the same rows: median %1 ms</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>resolve by keeping: current, the number of a listed value, or for edit/delete conflicts record or deletion</source>
        <translation>resolve by keeping: current, the number of a listed value, or for edit/delete conflicts record or deletion</translation>
    </message>
    <message>
        <source>also list resolved conflicts</source>
        <translation>also list resolved conflicts</translation>
    </message>
    <message>
        <source>list, or resolve ID</source>
        <translation>list, or resolve ID</translation>
    </message>
    <message>
        <source>Lists and resolves concurrent edits.</source>
        <translation>Lists and resolves concurrent edits.</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>No conflicts to review.</translation>
    </message>
    <message>
        <source>#%1 %2 %3, field %4 (%5)%6</source>
        <translation>#%1 %2 %3, field %4 (%5)%6</translation>
    </message>
    <message>
        <source>edited at one office, deleted at another; the record was kept</source>
        <translation>edited at one office, deleted at another; the record was kept</translation>
    </message>
    <message>
        <source>edited at two offices at once</source>
        <translation>edited at two offices at once</translation>
    </message>
    <message>
        <source> — resolved</source>
        <translation> — resolved</translation>
    </message>
    <message>
        <source>    shown now: %1</source>
        <translation>    shown now: %1</translation>
    </message>
    <message>
        <source>    %1) %2 from %3 at %4</source>
        <translation>    %1) %2 from %3 at %4</translation>
    </message>
    <message>
        <source>error: give the conflict number and --keep WHICH</source>
        <translation>error: give the conflict number and --keep WHICH</translation>
    </message>
    <message>
        <source>Conflict %1 resolved; the decision travels with the next bundles.</source>
        <translation>Conflict %1 resolved; the decision travels with the next bundles.</translation>
    </message>
    <message>
        <source>error: unknown action “%1” (list or resolve)</source>
        <translation>error: unknown action “%1” (list or resolve)</translation>
    </message>
    <message>
        <source>at most N groups (default 50; 0 for all)</source>
        <translation>at most N groups (default 50; 0 for all)</translation>
    </message>
    <message>
        <source>also list groups marked complementary</source>
        <translation>also list groups marked complementary</translation>
    </message>
    <message>
        <source>mark the group with this key complementary</source>
        <translation>mark the group with this key complementary</translation>
    </message>
    <message>
        <source>the reason, kept with the mark</source>
        <translation>the reason, kept with the mark</translation>
    </message>
    <message>
        <source>remove the mark of the group with this key</source>
        <translation>remove the mark of the group with this key</translation>
    </message>
    <message>
        <source>Possible duplications: activities of different organisations in the same sub-district or community, same activity type and population group, active on common days. Ranked by score = time overlap × (0.5 + 0.5 × min(1, combined reach ÷ people in need)).</source>
        <translation>Possible duplications: activities of different organisations in the same sub-district or community, same activity type and population group, active on common days. Ranked by score = time overlap × (0.5 + 0.5 × min(1, combined reach ÷ people in need)).</translation>
    </message>
    <message>
        <source>error: --limit needs a number</source>
        <translation>error: --limit needs a number</translation>
    </message>
    <message>
        <source>duplication group</source>
        <translation>duplication group</translation>
    </message>
    <message>
        <source>No possible duplication has the key “%1” (list them with “tansiq-cli duplicates”).</source>
        <translation>No possible duplication has the key “%1” (list them with “tansiq-cli duplicates”).</translation>
    </message>
    <message>
        <source>Marked complementary: %1</source>
        <translation>Marked complementary: %1</translation>
    </message>
    <message>
        <source>Flagged again: %1</source>
        <translation>Flagged again: %1</translation>
    </message>
    <message>
        <source>“%1” is not an output format: use csv, json or hxl.</source>
        <translation>“%1” is not an output format: use csv, json or hxl.</translation>
    </message>
    <message>
        <source>“%1” is not a language: use en or ar.</source>
        <translation>“%1” is not a language: use en or ar.</translation>
    </message>
    <message>
        <source>Dimensions:</source>
        <translation>Dimensions:</translation>
    </message>
    <message>
        <source>place at --level (default 1)</source>
        <translation>place at --level (default 1)</translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation>Measures:</translation>
    </message>
    <message>
        <source>the office the bundle is for</source>
        <translation>the office the bundle is for</translation>
    </message>
    <message>
        <source>the bundle file to write</source>
        <translation>the bundle file to write</translation>
    </message>
    <message>
        <source>Writes an encrypted, signed bundle of every change the office is not known to have.</source>
        <translation>Writes an encrypted, signed bundle of every change the office is not known to have.</translation>
    </message>
    <message>
        <source>error: give --to OFFICE and --out FILE</source>
        <translation>error: give --to OFFICE and --out FILE</translation>
    </message>
    <message>
        <source>error: no office “%1” in the roster (see “tansiq-cli office roster”)</source>
        <translation>error: no office “%1” in the roster (see “tansiq-cli office roster”)</translation>
    </message>
    <message>
        <source>Bundle for “%1” written to %2 and verified: %3 batches, %4 operations, %5 bytes. It is safe to remove the stick.</source>
        <translation>Bundle for “%1” written to %2 and verified: %3 batches, %4 operations, %5 bytes. It is safe to remove the stick.</translation>
    </message>
    <message>
        <source>csv or xlsx</source>
        <translation>csv or xlsx</translation>
    </message>
    <message>
        <source>language of the header row and names: ar or en</source>
        <translation>language of the header row and names: ar or en</translation>
    </message>
    <message>
        <source>sector=WASH,HLT | place=SY09 | active=2026-10 or active=2026-01-01..2026-03-31 | org=ACRONYM (repeatable)</source>
        <translation>sector=WASH,HLT | place=SY09 | active=2026-10 or active=2026-01-01..2026-03-31 | org=ACRONYM (repeatable)</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>file to write</translation>
    </message>
    <message>
        <source>Exports the 4W as HXL-tagged CSV or XLSX.</source>
        <translation>Exports the 4W as HXL-tagged CSV or XLSX.</translation>
    </message>
    <message>
        <source>error: give --out FILE, --format csv|xlsx and --lang ar|en</source>
        <translation>error: give --out FILE, --format csv|xlsx and --lang ar|en</translation>
    </message>
    <message>
        <source>list only severe needs (severity 3 or more) with no partner</source>
        <translation>list only severe needs (severity 3 or more) with no partner</translation>
    </message>
    <message>
        <source>at most N rows</source>
        <translation>at most N rows</translation>
    </message>
    <message>
        <source>Every place (at --level, default 3) and sector with a need or an activity, in priority order.</source>
        <translation>Every place (at --level, default 3) and sector with a need or an activity, in priority order.</translation>
    </message>
    <message>
        <source>COD-AB GeoJSON of one admin level (1-3)</source>
        <translation>COD-AB GeoJSON of one admin level (1-3)</translation>
    </message>
    <message>
        <source>Imports OCHA COD-AB boundaries (GeoJSON) for the map.</source>
        <translation>Imports OCHA COD-AB boundaries (GeoJSON) for the map.</translation>
    </message>
    <message>
        <source>error: give exactly one GeoJSON file</source>
        <translation>error: give exactly one GeoJSON file</translation>
    </message>
    <message>
        <source>Imported %1 polygons of admin level %2 (COD-AB %3, valid on %4); simplified from %5 to %6 points (tolerance %7°).</source>
        <translation>Imported %1 polygons of admin level %2 (COD-AB %3, valid on %4); simplified from %5 to %6 points (tolerance %7°).</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>no version</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>unknown date</translation>
    </message>
    <message>
        <source>warning: %1 places of level %2 have no polygon in this file: %3</source>
        <translation>warning: %1 places of level %2 have no polygon in this file: %3</translation>
    </message>
    <message>
        <source>Already imported: this bundle from “%1” was imported before; nothing changed.</source>
        <translation>Already imported: this bundle from “%1” was imported before; nothing changed.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <source>Imported the bundle from “%1”: %2 changes applied, %3 already had, %4 conflicts to review, %5 batches waiting for earlier bundles.</source>
        <translation>Imported the bundle from “%1”: %2 changes applied, %3 already had, %4 conflicts to review, %5 batches waiting for earlier bundles.</translation>
    </message>
    <message>
        <source>%1 batches were held back: their clock is more than 48 hours ahead of this computer&apos;s. Check the sender&apos;s date and time.</source>
        <translation>%1 batches were held back: their clock is more than 48 hours ahead of this computer&apos;s. Check the sender&apos;s date and time.</translation>
    </message>
    <message>
        <source>ALERT: %1 batches contradict changes received earlier from the same database (a copied or restored database). They were set aside; see “tansiq-cli sync-status”.</source>
        <translation>ALERT: %1 batches contradict changes received earlier from the same database (a copied or restored database). They were set aside; see “tansiq-cli sync-status”.</translation>
    </message>
    <message>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>blank</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>File: %1 (%2)</translation>
    </message>
    <message>
        <source>HXL hashtag row: %1; data from row %2</source>
        <translation>HXL hashtag row: %1; data from row %2</translation>
    </message>
    <message>
        <source>No HXL hashtag row: columns mapped from the headers in row %1%2</source>
        <translation>No HXL hashtag row: columns mapped from the headers in row %1%2</translation>
    </message>
    <message>
        <source> (column mapping)</source>
        <translation> (column mapping)</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>not matched: %1 “%2” (%3 rows)</source>
        <translation>not matched: %1 “%2” (%3 rows)</translation>
    </message>
    <message>
        <source> — closest: %1</source>
        <translation> — closest: %1</translation>
    </message>
    <message>
        <source>Rows: %1 to create, %2 to update, %3 unchanged, %4 with errors, %5 blank.</source>
        <translation>Rows: %1 to create, %2 to update, %3 unchanged, %4 with errors, %5 blank.</translation>
    </message>
    <message>
        <source>show what would change; write nothing</source>
        <translation>show what would change; write nothing</translation>
    </message>
    <message>
        <source>the organisation whose file this is</source>
        <translation>the organisation whose file this is</translation>
    </message>
    <message>
        <source>column mapping file: one “Header = #hxl+tag” per line</source>
        <translation>column mapping file: one “Header = #hxl+tag” per line</translation>
    </message>
    <message>
        <source>one column mapping “Header=#hxl+tag” (repeatable)</source>
        <translation>one column mapping “Header=#hxl+tag” (repeatable)</translation>
    </message>
    <message>
        <source>print the action of every row (the dry run prints the rows that change)</source>
        <translation>print the action of every row (the dry run prints the rows that change)</translation>
    </message>
    <message>
        <source>CSV or XLSX file</source>
        <translation>CSV or XLSX file</translation>
    </message>
    <message>
        <source>Imports a 4W spreadsheet (HXL-tagged or mapped).</source>
        <translation>Imports a 4W spreadsheet (HXL-tagged or mapped).</translation>
    </message>
    <message>
        <source>error: give exactly one file to import</source>
        <translation>error: give exactly one file to import</translation>
    </message>
    <message>
        <source>error: cannot open %1: %2</source>
        <translation>error: cannot open %1: %2</translation>
    </message>
    <message>
        <source>planned %1 of %2 rows</source>
        <translation>planned %1 of %2 rows</translation>
    </message>
    <message>
        <source>wrote %1 of %2 rows</source>
        <translation>wrote %1 of %2 rows</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 unchanged.</source>
        <translation>Imported: %1 created, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <source>dimension of the rows</source>
        <translation>dimension of the rows</translation>
    </message>
    <message>
        <source>dimension of the columns (optional)</source>
        <translation>dimension of the columns (optional)</translation>
    </message>
    <message>
        <source>what to count (default: activities)</source>
        <translation>what to count (default: activities)</translation>
    </message>
    <message>
        <source>A 4W pivot: a measure by rows and columns, with totals computed by the measure&apos;s own rule.</source>
        <translation>A 4W pivot: a measure by rows and columns, with totals computed by the measure&apos;s own rule.</translation>
    </message>
    <message>
        <source>error: --rows is required (see --help for the dimensions)</source>
        <translation>error: --rows is required (see --help for the dimensions)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The last row and the last column are totals, computed from the activities with the measure&apos;s own rule.</source>
        <translation>The last row and the last column are totals, computed from the activities with the measure&apos;s own rule.</translation>
    </message>
    <message>
        <source>the office&apos;s name</source>
        <translation>the office&apos;s name</translation>
    </message>
    <message>
        <source>this installation is the head office</source>
        <translation>this installation is the head office</translation>
    </message>
    <message>
        <source>refuse unless the other side&apos;s fingerprint is FP</source>
        <translation>refuse unless the other side&apos;s fingerprint is FP</translation>
    </message>
    <message>
        <source>how many days the office&apos;s certificate is valid (default 365)</source>
        <translation>how many days the office&apos;s certificate is valid (default 365)</translation>
    </message>
    <message>
        <source>Sets up this office and its keys.</source>
        <translation>Sets up this office and its keys.</translation>
    </message>
    <message>
        <source>error: --valid-days must be a number of days from 1 to 3650, not “%1”</source>
        <translation>error: --valid-days must be a number of days from 1 to 3650, not “%1”</translation>
    </message>
    <message>
        <source>Enrolment request written to %1. Give it to the head office and read them this fingerprint by phone: %2</source>
        <translation>Enrolment request written to %1. Give it to the head office and read them this fingerprint by phone: %2</translation>
    </message>
    <message>
        <source>error: the request&apos;s fingerprint is %1, not %2: it was not made by the office you spoke to. Nothing was changed.</source>
        <translation>error: the request&apos;s fingerprint is %1, not %2: it was not made by the office you spoke to. Nothing was changed.</translation>
    </message>
    <message>
        <source>Office “%1” (fingerprint %2) is enrolled; give it %3. The head office&apos;s fingerprint: %4</source>
        <translation>Office “%1” (fingerprint %2) is enrolled; give it %3. The head office&apos;s fingerprint: %4</translation>
    </message>
    <message>
        <source>head office</source>
        <translation>head office</translation>
    </message>
    <message>
        <source>field office</source>
        <translation>field office</translation>
    </message>
    <message>
        <source>certificate valid until %1</source>
        <translation>certificate valid until %1</translation>
    </message>
    <message>
        <source>certificate does not expire</source>
        <translation>certificate does not expire</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>EXPIRED</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>REVOKED</translation>
    </message>
    <message>
        <source>Revocation list version %1</source>
        <translation>Revocation list version %1</translation>
    </message>
    <message>
        <source>error: no office “%1” in the roster</source>
        <translation>error: no office “%1” in the roster</translation>
    </message>
    <message>
        <source>Office “%1” is revoked (revocation list version %2). Its bundles will be refused once offices import a bundle from the head office.</source>
        <translation>Office “%1” is revoked (revocation list version %2). Its bundles will be refused once offices import a bundle from the head office.</translation>
    </message>
    <message>
        <source>The certificate of office “%1” is renewed until %2. Every office receives it with the next bundle from the head office; bundles from “%1” refused as expired can now be imported again.</source>
        <translation>The certificate of office “%1” is renewed until %2. Every office receives it with the next bundle from the head office; bundles from “%1” refused as expired can now be imported again.</translation>
    </message>
    <message>
        <source>This database now writes under a new replica id.</source>
        <translation>This database now writes under a new replica id.</translation>
    </message>
    <message>
        <source>Prints a hash of the replicated content: two offices that converged print the same hash.</source>
        <translation>Prints a hash of the replicated content: two offices that converged print the same hash.</translation>
    </message>
    <message>
        <source>Shows, per known office, what was last sent and acknowledged, and what waits.</source>
        <translation>Shows, per known office, what was last sent and acknowledged, and what waits.</translation>
    </message>
    <message>
        <source>This office: %1 (%2 changes known)</source>
        <translation>This office: %1 (%2 changes known)</translation>
    </message>
    <message>
        <source>CERTIFICATE EXPIRED: “%1” since %2; its bundles are refused until the head office renews it (“tansiq-cli office renew %1”)</source>
        <translation>CERTIFICATE EXPIRED: “%1” since %2; its bundles are refused until the head office renews it (“tansiq-cli office renew %1”)</translation>
    </message>
    <message>
        <source>Certificate of “%1” ends on %2; the head office should renew it (“tansiq-cli office renew %1”)</source>
        <translation>Certificate of “%1” ends on %2; the head office should renew it (“tansiq-cli office renew %1”)</translation>
    </message>
    <message>
        <source>%1%2: last sent %3, last received %4; it has acknowledged %5 changes, %6 not yet acknowledged</source>
        <translation>%1%2: last sent %3, last received %4; it has acknowledged %5 changes, %6 not yet acknowledged</translation>
    </message>
    <message>
        <source> (revoked)</source>
        <translation> (revoked)</translation>
    </message>
    <message>
        <source>Batches waiting for earlier bundles: %1; held back (clock ahead, see “tansiq-cli quarantine list”): %2; set aside (copied or restored database): %3</source>
        <translation>Batches waiting for earlier bundles: %1; held back (clock ahead, see “tansiq-cli quarantine list”): %2; set aside (copied or restored database): %3</translation>
    </message>
    <message>
        <source>Conflicts to review: %1</source>
        <translation>Conflicts to review: %1</translation>
    </message>
    <message>
        <source>ALERT %1 %2: %3</source>
        <translation>ALERT %1 %2: %3</translation>
    </message>
    <message>
        <source>number of timed runs (default 5)</source>
        <translation>number of timed runs (default 5)</translation>
    </message>
    <message>
        <source>Times producing a bulletin (default: Deir-ez-Zor, SY09, the latest reporting month) against reading that month&apos;s activities of the area with one SQL query.</source>
        <translation>Times producing a bulletin (default: Deir-ez-Zor, SY09, the latest reporting month) against reading that month&apos;s activities of the area with one SQL query.</translation>
    </message>
    <message>
        <source>error: --runs needs a number of at least 1</source>
        <translation>error: --runs needs a number of at least 1</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>error: </translation>
    </message>
    <message>
        <source>run %1: snapshot %2 ms, figures %3 ms, layout and PDF %4 ms, total %5 ms; SQL baseline %6 ms</source>
        <translation>run %1: snapshot %2 ms, figures %3 ms, layout and PDF %4 ms, total %5 ms; SQL baseline %6 ms</translation>
    </message>
    <message>
        <source>the PDF file to write (written whole or not at all)</source>
        <translation>the PDF file to write (written whole or not at all)</translation>
    </message>
    <message>
        <source>Writes the monthly bulletin (A4 PDF) for the country or an area: key figures, who does what where, maps, charts, gaps, duplication alerts and partners.</source>
        <translation>Writes the monthly bulletin (A4 PDF) for the country or an area: key figures, who does what where, maps, charts, gaps, duplication alerts and partners.</translation>
    </message>
    <message>
        <source>error: --out needs the PDF file to write</source>
        <translation>error: --out needs the PDF file to write</translation>
    </message>
    <message>
        <source>Wrote the bulletin for %1, %2: %3</source>
        <translation>Wrote the bulletin for %1, %2: %3</translation>
    </message>
    <message>
        <source>release every quarantined batch</source>
        <translation>release every quarantined batch</translation>
    </message>
    <message>
        <source>list, or release ID...</source>
        <translation>list, or release ID...</translation>
    </message>
    <message>
        <source>Lists batches held back because their clock was more than 48 hours ahead of this computer&apos;s, and releases them once a person has checked them.</source>
        <translation>Lists batches held back because their clock was more than 48 hours ahead of this computer&apos;s, and releases them once a person has checked them.</translation>
    </message>
    <message>
        <source>No batches are held back.</source>
        <translation>No batches are held back.</translation>
    </message>
    <message>
        <source>%1  from “%2”: %3 changes (operations %4-%5), dated %6, received %7%8</source>
        <translation>%1  from “%2”: %3 changes (operations %4-%5), dated %6, received %7%8</translation>
    </message>
    <message>
        <source> — released, waiting for earlier changes</source>
        <translation> — released, waiting for earlier changes</translation>
    </message>
    <message>
        <source>Check the dates with the sending office; then run “tansiq-cli quarantine release ID” (or --all).</source>
        <translation>Check the dates with the sending office; then run “tansiq-cli quarantine release ID” (or --all).</translation>
    </message>
    <message>
        <source>Usage: tansiq-cli quarantine list
       tansiq-cli quarantine release ID... | --all</source>
        <translation>Usage: tansiq-cli quarantine list
       tansiq-cli quarantine release ID... | --all</translation>
    </message>
    <message>
        <source>Released %1 batches: %2 changes applied, %3 conflicts to review, %4 batches waiting for earlier bundles.</source>
        <translation>Released %1 batches: %2 changes applied, %3 conflicts to review, %4 batches waiting for earlier bundles.</translation>
    </message>
    <message>
        <source>mark the database as sample data: no sync bundle can ever be exported from it (as the application&apos;s sample database)</source>
        <translation>mark the database as sample data: no sync bundle can ever be exported from it (as the application&apos;s sample database)</translation>
    </message>
    <message>
        <source>enrol without comparing the other side&apos;s fingerprint (unsafe: anyone with the file could pose as them)</source>
        <translation>enrol without comparing the other side&apos;s fingerprint (unsafe: anyone with the file could pose as them)</translation>
    </message>
    <message>
        <source>error: give the fingerprint the other office read out to you by phone with --expect-fingerprint FP (or, knowingly, --skip-fingerprint-check). Nothing was changed.</source>
        <translation>error: give the fingerprint the other office read out to you by phone with --expect-fingerprint FP (or, knowingly, --skip-fingerprint-check). Nothing was changed.</translation>
    </message>
    <message>
        <source>Request from office “%1”, office id %2, fingerprint %3</source>
        <translation>Request from office “%1”, office id %2, fingerprint %3</translation>
    </message>
    <message>
        <source>Enrolled with head office “%1” (fingerprint %2, as confirmed).</source>
        <translation>Enrolled with head office “%1” (fingerprint %2, as confirmed).</translation>
    </message>
    <message>
        <source>Enrolled with head office “%1” without checking its fingerprint. Confirm it by phone now: %2</source>
        <translation>Enrolled with head office “%1” without checking its fingerprint. Confirm it by phone now: %2</translation>
    </message>
    <message>
        <source>No head-office date is waiting for confirmation.</source>
        <translation>No head-office date is waiting for confirmation.</translation>
    </message>
    <message>
        <source>Certificates are now judged at the head office&apos;s date, %1, or this computer&apos;s clock if it is later.</source>
        <translation>Certificates are now judged at the head office&apos;s date, %1, or this computer&apos;s clock if it is later.</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplications found; %1 listed.</source>
        <translation>
            <numerusform>%n possible duplication found; %1 listed.</numerusform>
            <numerusform>%n possible duplications found; %1 listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n activities to %1 (%2 sensitive, written without coordinates, site and focal point).</source>
        <translation>
            <numerusform>Exported %n activity to %1 (%2 sensitive, written without coordinates, site and focal point).</numerusform>
            <numerusform>Exported %n activities to %1 (%2 sensitive, written without coordinates, site and focal point).</numerusform>
        </translation>
    </message>
    <message>
        <source>organisations: %1, projects: %2, activities: %3, needs: %4</source>
        <translation>organisations: %1, projects: %2, activities: %3, needs: %4</translation>
    </message>
    <message>
        <source>also write the backup to FILE (a USB stick for a lost laptop)</source>
        <translation>also write the backup to FILE (a USB stick for a lost laptop)</translation>
    </message>
    <message>
        <source>encrypt FILE with the office passphrase (keys included)</source>
        <translation>encrypt FILE with the office passphrase (keys included)</translation>
    </message>
    <message>
        <source>Backs the database up into this user&apos;s backup folder (checked, rotated: 7 daily, 4 weekly, 12 monthly), and with --out to a file of your choice.</source>
        <translation>Backs the database up into this user&apos;s backup folder (checked, rotated: 7 daily, 4 weekly, 12 monthly), and with --out to a file of your choice.</translation>
    </message>
    <message>
        <source>error: --encrypt needs --out FILE (the encrypted file to write)</source>
        <translation>error: --encrypt needs --out FILE (the encrypted file to write)</translation>
    </message>
    <message>
        <source>Encrypted backup written to %1 (%2): %3.</source>
        <translation>Encrypted backup written to %1 (%2): %3.</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2): %3.</source>
        <translation>Backup written to %1 (%2): %3.</translation>
    </message>
    <message>
        <source>Keep it away from this computer. Restore it with “tansiq-cli restore FILE” and the office passphrase.</source>
        <translation>Keep it away from this computer. Restore it with “tansiq-cli restore FILE” and the office passphrase.</translation>
    </message>
    <message>
        <source>list this database&apos;s backups</source>
        <translation>list this database&apos;s backups</translation>
    </message>
    <message>
        <source>Lists the backups of the database, newest first.</source>
        <translation>Lists the backups of the database, newest first.</translation>
    </message>
    <message>
        <source>error: usage: tansiq-cli backups list [--json]</source>
        <translation>error: usage: tansiq-cli backups list [--json]</translation>
    </message>
    <message>
        <source>Backups of %1 in %2:</source>
        <translation>Backups of %1 in %2:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>replace an existing database without asking</source>
        <translation>replace an existing database without asking</translation>
    </message>
    <message>
        <source>the backup (plain, or encrypted with --encrypt)</source>
        <translation>the backup (plain, or encrypted with --encrypt)</translation>
    </message>
    <message>
        <source>Restores the database from a backup: the current database is backed up first, then replaced; the replica is renewed so sync stays safe. On a new computer, an encrypted backup brings the office back with its keys.</source>
        <translation>Restores the database from a backup: the current database is backed up first, then replaced; the replica is renewed so sync stays safe. On a new computer, an encrypted backup brings the office back with its keys.</translation>
    </message>
    <message>
        <source>error: give one backup file</source>
        <translation>error: give one backup file</translation>
    </message>
    <message>
        <source>error: this replaces the database %1 with the backup %2 (the current database is backed up first). Add --yes to restore.</source>
        <translation>error: this replaces the database %1 with the backup %2 (the current database is backed up first). Add --yes to restore.</translation>
    </message>
    <message>
        <source>Restored %1 from %2: %3.</source>
        <translation>Restored %1 from %2: %3.</translation>
    </message>
    <message>
        <source>The database as it was is kept as the backup %1.</source>
        <translation>The database as it was is kept as the backup %1.</translation>
    </message>
    <message>
        <source>This database now writes under a new replica id, so offices that already received newer changes from it stay consistent; the next bundles bring those changes back.</source>
        <translation>This database now writes under a new replica id, so offices that already received newer changes from it stay consistent; the next bundles bring those changes back.</translation>
    </message>
    <message>
        <source>back the database up (checked, rotated); --out FILE --encrypt for a USB stick</source>
        <translation>back the database up (checked, rotated); --out FILE --encrypt for a USB stick</translation>
    </message>
    <message>
        <source>list this database&apos;s backups with their date, reason, size and counts</source>
        <translation>list this database&apos;s backups with their date, reason, size and counts</translation>
    </message>
    <message>
        <source>restore the database from a backup (plain or encrypted), renewing its replica</source>
        <translation>restore the database from a backup (plain or encrypted), renewing its replica</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>left out</translation>
    </message>
    <message>
        <source>Reporting month: %1 (given with --month)</source>
        <translation>Reporting month: %1 (given with --month)</translation>
    </message>
    <message>
        <source>Reporting month: %1, read from row %2: “%3”</source>
        <translation>Reporting month: %1, read from row %2: “%3”</translation>
    </message>
    <message>
        <source>will create organisation: %1 (%2), %3</source>
        <translation>will create organisation: %1 (%2), %3</translation>
    </message>
    <message>
        <source>will create project: %1 (%2)</source>
        <translation>will create project: %1 (%2)</translation>
    </message>
    <message>
        <source>remembered</source>
        <translation>remembered</translation>
    </message>
    <message>
        <source>value map</source>
        <translation>value map</translation>
    </message>
    <message>
        <source>--create-organisations</source>
        <translation>--create-organisations</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>→ created: %1</source>
        <translation>→ created: %1</translation>
    </message>
    <message>
        <source>→ rows left out</source>
        <translation>→ rows left out</translation>
    </message>
    <message>
        <source>%1 “%2” %3 (%4 rows; %5)</source>
        <translation>%1 “%2” %3 (%4 rows; %5)</translation>
    </message>
    <message>
        <source>Rows left out as chosen: %1.</source>
        <translation>Rows left out as chosen: %1.</translation>
    </message>
    <message>
        <source>the reporting month of the whole file, when it has no month column</source>
        <translation>the reporting month of the whole file, when it has no month column</translation>
    </message>
    <message>
        <source>value map file: one “kind: partner value = code or name” per line</source>
        <translation>value map file: one “kind: partner value = code or name” per line</translation>
    </message>
    <message>
        <source>create the implementing organisations the registry does not know (national NGOs unless the file gives a type)</source>
        <translation>create the implementing organisations the registry does not know (national NGOs unless the file gives a type)</translation>
    </message>
    <message>
        <source>extra vocabulary file (synonyms of sectors, statuses …)</source>
        <translation>extra vocabulary file (synonyms of sectors, statuses …)</translation>
    </message>
    <message>
        <source>Left out: %1 rows; organisations created: %2; projects created: %3.</source>
        <translation>Left out: %1 rows; organisations created: %2; projects created: %3.</translation>
    </message>
    <message>
        <source>No action points.</source>
        <translation>No action points.</translation>
    </message>
    <message>
        <source>No overdue action points.</source>
        <translation>No overdue action points.</translation>
    </message>
    <message>
        <source>  [overdue]</source>
        <translation>  [overdue]</translation>
    </message>
    <message>
        <source>  (meeting %1)</source>
        <translation>  (meeting %1)</translation>
    </message>
    <message>
        <source>list, export: only action points open or in progress past their due date</source>
        <translation>list, export: only action points open or in progress past their due date</translation>
    </message>
    <message>
        <source>the responsible organisation (acronym)</source>
        <translation>the responsible organisation (acronym)</translation>
    </message>
    <message>
        <source>the meeting that set it (id)</source>
        <translation>the meeting that set it (id)</translation>
    </message>
    <message>
        <source>add: what is to be done</source>
        <translation>add: what is to be done</translation>
    </message>
    <message>
        <source>add: the due date</source>
        <translation>add: the due date</translation>
    </message>
    <message>
        <source>add: a sector code</source>
        <translation>add: a sector code</translation>
    </message>
    <message>
        <source>add: a place P-code</source>
        <translation>add: a place P-code</translation>
    </message>
    <message>
        <source>set-status: a note kept in the history</source>
        <translation>set-status: a note kept in the history</translation>
    </message>
    <message>
        <source>export: the file to write</source>
        <translation>export: the file to write</translation>
    </message>
    <message>
        <source>export: csv or xlsx</source>
        <translation>export: csv or xlsx</translation>
    </message>
    <message>
        <source>export: language of the header row and names, ar or en</source>
        <translation>export: language of the header row and names, ar or en</translation>
    </message>
    <message>
        <source>list, add, set-status ID STATUS, history ID, or export</source>
        <translation>list, add, set-status ID STATUS, history ID, or export</translation>
    </message>
    <message>
        <source>Lists, records and follows action points: open, in progress, done or dropped, with their history; overdue ones are marked.</source>
        <translation>Lists, records and follows action points: open, in progress, done or dropped, with their history; overdue ones are marked.</translation>
    </message>
    <message>
        <source>Exported %1 action points to %2.</source>
        <translation>Exported %1 action points to %2.</translation>
    </message>
    <message>
        <source>Action point %1 recorded.</source>
        <translation>Action point %1 recorded.</translation>
    </message>
    <message>
        <source>Action point %1 is now %2.</source>
        <translation>Action point %1 is now %2.</translation>
    </message>
    <message>
        <source>error: unknown action “%1” (list, add, set-status, history or export)</source>
        <translation>error: unknown action “%1” (list, add, set-status, history or export)</translation>
    </message>
    <message>
        <source>add: the English name</source>
        <translation>add: the English name</translation>
    </message>
    <message>
        <source>add: the Arabic name</source>
        <translation>add: the Arabic name</translation>
    </message>
    <message>
        <source>add: the sector code; none: cross-sector</source>
        <translation>add: the sector code; none: cross-sector</translation>
    </message>
    <message>
        <source>add: the governorate or district P-code</source>
        <translation>add: the governorate or district P-code</translation>
    </message>
    <message>
        <source>add: weekly, fortnightly, monthly, quarterly or as_needed</source>
        <translation>add: weekly, fortnightly, monthly, quarterly or as_needed</translation>
    </message>
    <message>
        <source>add: a member organisation, ORG or ORG:lead or ORG:co_lead (repeatable)</source>
        <translation>add: a member organisation, ORG or ORG:lead or ORG:co_lead (repeatable)</translation>
    </message>
    <message>
        <source>list or add</source>
        <translation>list or add</translation>
    </message>
    <message>
        <source>Lists and records working groups: sector, area, cadence, lead, co-lead and member organisations.</source>
        <translation>Lists and records working groups: sector, area, cadence, lead, co-lead and member organisations.</translation>
    </message>
    <message>
        <source>No working groups.</source>
        <translation>No working groups.</translation>
    </message>
    <message>
        <source>cross-sector</source>
        <translation>cross-sector</translation>
    </message>
    <message>
        <source>error: unknown action “%1” (list or add)</source>
        <translation>error: unknown action “%1” (list or add)</translation>
    </message>
    <message>
        <source>Working group %1 recorded.</source>
        <translation>Working group %1 recorded.</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Meeting %1</translation>
    </message>
    <message>
        <source>  date: %1</source>
        <translation>  date: %1</translation>
    </message>
    <message>
        <source>  title: %1</source>
        <translation>  title: %1</translation>
    </message>
    <message>
        <source>  working group: %1</source>
        <translation>  working group: %1</translation>
    </message>
    <message>
        <source>(general coordination meeting)</source>
        <translation>(general coordination meeting)</translation>
    </message>
    <message>
        <source>  place: %1 (%2)</source>
        <translation>  place: %1 (%2)</translation>
    </message>
    <message>
        <source>  venue: %1</source>
        <translation>  venue: %1</translation>
    </message>
    <message>
        <source>  chair: %1</source>
        <translation>  chair: %1</translation>
    </message>
    <message>
        <source>  attended: %1</source>
        <translation>  attended: %1</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(none recorded)</translation>
    </message>
    <message>
        <source>  agenda:</source>
        <translation>  agenda:</translation>
    </message>
    <message>
        <source>  decisions:</source>
        <translation>  decisions:</translation>
    </message>
    <message>
        <source>  action points:</source>
        <translation>  action points:</translation>
    </message>
    <message>
        <source>No meetings.</source>
        <translation>No meetings.</translation>
    </message>
    <message>
        <source>(general)</source>
        <translation>(general)</translation>
    </message>
    <message>
        <source>decisions: %1, organisations attended: %2</source>
        <translation>decisions: %1, organisations attended: %2</translation>
    </message>
    <message>
        <source>list: only meetings held in this month</source>
        <translation>list: only meetings held in this month</translation>
    </message>
    <message>
        <source>the working group (name or id); none: a general coordination meeting</source>
        <translation>the working group (name or id); none: a general coordination meeting</translation>
    </message>
    <message>
        <source>add: the meeting date</source>
        <translation>add: the meeting date</translation>
    </message>
    <message>
        <source>add: the meeting title</source>
        <translation>add: the meeting title</translation>
    </message>
    <message>
        <source>add: the place P-code</source>
        <translation>add: the place P-code</translation>
    </message>
    <message>
        <source>add: where it was held</source>
        <translation>add: where it was held</translation>
    </message>
    <message>
        <source>add: who chaired it</source>
        <translation>add: who chaired it</translation>
    </message>
    <message>
        <source>add: the agenda</source>
        <translation>add: the agenda</translation>
    </message>
    <message>
        <source>add: the minutes, as HTML or plain text from a file</source>
        <translation>add: the minutes, as HTML or plain text from a file</translation>
    </message>
    <message>
        <source>add: an organisation that attended (repeatable)</source>
        <translation>add: an organisation that attended (repeatable)</translation>
    </message>
    <message>
        <source>add: a decision (repeatable, in order)</source>
        <translation>add: a decision (repeatable, in order)</translation>
    </message>
    <message>
        <source>minutes: the PDF file to write</source>
        <translation>minutes: the PDF file to write</translation>
    </message>
    <message>
        <source>minutes: language of the PDF, ar or en</source>
        <translation>minutes: language of the PDF, ar or en</translation>
    </message>
    <message>
        <source>Lists, shows and records coordination meetings with their attendance and decisions, and prints their minutes as PDF.</source>
        <translation>Lists, shows and records coordination meetings with their attendance and decisions, and prints their minutes as PDF.</translation>
    </message>
    <message>
        <source>error: give --pdf FILE and --lang ar|en</source>
        <translation>error: give --pdf FILE and --lang ar|en</translation>
    </message>
    <message>
        <source>Minutes written to %1.</source>
        <translation>Minutes written to %1.</translation>
    </message>
    <message>
        <source>error: cannot read “%1”</source>
        <translation>error: cannot read “%1”</translation>
    </message>
    <message>
        <source>Meeting %1 recorded.</source>
        <translation>Meeting %1 recorded.</translation>
    </message>
    <message>
        <source>list and record working groups with their lead, co-lead and members</source>
        <translation>list and record working groups with their lead, co-lead and members</translation>
    </message>
    <message>
        <source>list, show and record meetings; print their minutes as PDF (Arabic or English)</source>
        <translation>list, show and record meetings; print their minutes as PDF (Arabic or English)</translation>
    </message>
    <message>
        <source>list (--overdue, --org), record and follow action points; export them as CSV or XLSX</source>
        <translation>list (--overdue, --org), record and follow action points; export them as CSV or XLSX</translation>
    </message>
    <message>
        <source>list: only registrations that expire within DAYS days or have expired</source>
        <translation>list: only registrations that expire within DAYS days or have expired</translation>
    </message>
    <message>
        <source>list: only active organisations without a current registration</source>
        <translation>list: only active organisations without a current registration</translation>
    </message>
    <message>
        <source>list: as of this day (YYYY-MM-DD) instead of today</source>
        <translation>list: as of this day (YYYY-MM-DD) instead of today</translation>
    </message>
    <message>
        <source>list: write the list to a CSV or XLSX file</source>
        <translation>list: write the list to a CSV or XLSX file</translation>
    </message>
    <message>
        <source>language of labels and names: ar or en</source>
        <translation>language of labels and names: ar or en</translation>
    </message>
    <message>
        <source>add: the organisation (acronym)</source>
        <translation>add: the organisation (acronym)</translation>
    </message>
    <message>
        <source>mosal (the ministry, default), mosal_directorate or other</source>
        <translation>mosal (the ministry, default), mosal_directorate or other</translation>
    </message>
    <message>
        <source>which directorate, or the other authority&apos;s name</source>
        <translation>which directorate, or the other authority&apos;s name</translation>
    </message>
    <message>
        <source>the registration number</source>
        <translation>the registration number</translation>
    </message>
    <message>
        <source>the registration date (YYYY-MM-DD)</source>
        <translation>the registration date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the expiry date (YYYY-MM-DD; empty for none)</source>
        <translation>the expiry date (YYYY-MM-DD; empty for none)</translation>
    </message>
    <message>
        <source>registered (default), pending, expired or suspended</source>
        <translation>registered (default), pending, expired or suspended</translation>
    </message>
    <message>
        <source>error: --today needs a date written YYYY-MM-DD</source>
        <translation>error: --today needs a date written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>error: --expiring needs a number of days</source>
        <translation>error: --expiring needs a number of days</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n organisations to %1.</source>
        <translation>
            <numerusform>Exported %n organisation to %1.</numerusform>
            <numerusform>Exported %n organisations to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No organisation to list.</source>
        <translation>No organisation to list.</translation>
    </message>
    <message>
        <source>list (the default), add, or set REGISTRATION-ID</source>
        <translation>list (the default), add, or set REGISTRATION-ID</translation>
    </message>
    <message>
        <source>Partner registrations with the Ministry of Social Affairs and Labour, its directorates or another authority. list shows every organisation&apos;s standing (! marks those to follow up); --expiring DAYS only registrations that expire within DAYS days or have expired; --missing only active organisations without a current registration.</source>
        <translation>Partner registrations with the Ministry of Social Affairs and Labour, its directorates or another authority. list shows every organisation&apos;s standing (! marks those to follow up); --expiring DAYS only registrations that expire within DAYS days or have expired; --missing only active organisations without a current registration.</translation>
    </message>
    <message>
        <source>error: --lang is ar or en</source>
        <translation>error: --lang is ar or en</translation>
    </message>
    <message>
        <source>error: unknown action “%1”; use list, add or set</source>
        <translation>error: unknown action “%1”; use list, add or set</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>No organisation has the acronym “%1”.</source>
        <translation>No organisation has the acronym “%1”.</translation>
    </message>
    <message>
        <source>Added registration %1.</source>
        <translation>Added registration %1.</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>registration</translation>
    </message>
    <message>
        <source>No registration has the id “%1” (list them with “tansiq-cli registrations list”).</source>
        <translation>No registration has the id “%1” (list them with “tansiq-cli registrations list”).</translation>
    </message>
    <message>
        <source>Updated registration %1.</source>
        <translation>Updated registration %1.</translation>
    </message>
    <message>
        <source>partner registrations: list (--expiring DAYS, --missing, --out FILE), add, set</source>
        <translation>partner registrations: list (--expiring DAYS, --missing, --out FILE), add, set</translation>
    </message>
    <message>
        <source>Usage: tansiq-cli office create-certification-key --out FILE [--name LABEL]   (head office, once, on a stick)
       tansiq-cli office init --name NAME [--head-office --certification-key FILE]
       tansiq-cli office enrol-request --out FILE
       tansiq-cli office enrol-sign REQUEST --out ANSWER --expect-fingerprint FP --certification-key FILE [--valid-days N]   (head office)
       tansiq-cli office enrol-accept ANSWER --expect-fingerprint FP
       tansiq-cli office roster
       tansiq-cli office revoke OFFICE --certification-key FILE   (head office)
       tansiq-cli office renew OFFICE --certification-key FILE [--valid-days N]   (head office)
       tansiq-cli office certify-new-key --certification-key FILE   (head office: a new laptop, docs/recovery.md)
       tansiq-cli office renew-replica
       tansiq-cli office confirm-time   (a head-office date held back)
Keys are protected by a passphrase: --passphrase-file FILE or TANSIQ_PASSPHRASE; the certification key by its own: --certification-passphrase-file FILE or TANSIQ_CERTIFICATION_PASSPHRASE. Enrolment needs the other side&apos;s fingerprint, read out by phone (--expect-fingerprint), unless --skip-fingerprint-check is given.</source>
        <translation>Usage: tansiq-cli office create-certification-key --out FILE [--name LABEL]   (head office, once, on a stick)
       tansiq-cli office init --name NAME [--head-office --certification-key FILE]
       tansiq-cli office enrol-request --out FILE
       tansiq-cli office enrol-sign REQUEST --out ANSWER --expect-fingerprint FP --certification-key FILE [--valid-days N]   (head office)
       tansiq-cli office enrol-accept ANSWER --expect-fingerprint FP
       tansiq-cli office roster
       tansiq-cli office revoke OFFICE --certification-key FILE   (head office)
       tansiq-cli office renew OFFICE --certification-key FILE [--valid-days N]   (head office)
       tansiq-cli office certify-new-key --certification-key FILE   (head office: a new laptop, docs/recovery.md)
       tansiq-cli office renew-replica
       tansiq-cli office confirm-time   (a head-office date held back)
Keys are protected by a passphrase: --passphrase-file FILE or TANSIQ_PASSPHRASE; the certification key by its own: --certification-passphrase-file FILE or TANSIQ_CERTIFICATION_PASSPHRASE. Enrolment needs the other side&apos;s fingerprint, read out by phone (--expect-fingerprint), unless --skip-fingerprint-check is given.</translation>
    </message>
    <message>
        <source>create-certification-key, init, enrol-request, enrol-sign, enrol-accept, roster, revoke, renew, certify-new-key, renew-replica, confirm-time</source>
        <translation>create-certification-key, init, enrol-request, enrol-sign, enrol-accept, roster, revoke, renew, certify-new-key, renew-replica, confirm-time</translation>
    </message>
    <message>
        <source>error: a head office needs its certification key: create it with “tansiq-cli office create-certification-key --out FILE” (on a stick), then give --certification-key FILE. Nothing was changed.</source>
        <translation>error: a head office needs its certification key: create it with “tansiq-cli office create-certification-key --out FILE” (on a stick), then give --certification-key FILE. Nothing was changed.</translation>
    </message>
    <message>
        <source>Office “%1” is set up. Its fingerprint: %2</source>
        <translation>Office “%1” is set up. Its fingerprint: %2</translation>
    </message>
    <message>
        <source>error: give the file to write with --out FILE (on a stick that stays offline)</source>
        <translation>error: give the file to write with --out FILE (on a stick that stays offline)</translation>
    </message>
    <message>
        <source>error: “%1” already exists; a certification key is never overwritten. Nothing was changed.</source>
        <translation>error: “%1” already exists; a certification key is never overwritten. Nothing was changed.</translation>
    </message>
    <message>
        <source>error: could not protect the key (not enough memory for the passphrase hash). Nothing was written.</source>
        <translation>error: could not protect the key (not enough memory for the passphrase hash). Nothing was written.</translation>
    </message>
    <message>
        <source>Certification key written to %1. Its fingerprint, which field offices confirm by phone when they enrol: %2. Keep the file offline, with a copy in a safe place; keep its passphrase apart from it.</source>
        <translation>Certification key written to %1. Its fingerprint, which field offices confirm by phone when they enrol: %2. Keep the file offline, with a copy in a safe place; keep its passphrase apart from it.</translation>
    </message>
    <message>
        <source>Office “%1” is set up as the head office, rooted in the certification key %2. Field offices confirm that fingerprint by phone when they enrol. Put the certification key away: it is needed only to enrol, renew or revoke offices and to certify a new everyday key.</source>
        <translation>Office “%1” is set up as the head office, rooted in the certification key %2. Field offices confirm that fingerprint by phone when they enrol. Put the certification key away: it is needed only to enrol, renew or revoke offices and to certify a new everyday key.</translation>
    </message>
    <message>
        <source>error: a new everyday key is certified with the certification key: give --certification-key FILE. Nothing was changed.</source>
        <translation>error: a new everyday key is certified with the certification key: give --certification-key FILE. Nothing was changed.</translation>
    </message>
    <message>
        <source>This head office now signs with a new everyday key (fingerprint %1), certified by the certification key. The old key is retired: what it signed up to now stays valid, anything it signs from now on is refused by every office that has received a bundle from this computer. Send every office a bundle now.</source>
        <translation>This head office now signs with a new everyday key (fingerprint %1), certified by the certification key. The old key is retired: what it signed up to now stays valid, anything it signs from now on is refused by every office that has received a bundle from this computer. Send every office a bundle now.</translation>
    </message>
    <message>
        <source>error: “%1” is too large for minutes (%2 MB; at most 2 MB)</source>
        <translation>error: “%1” is too large for minutes (%2 MB; at most 2 MB)</translation>
    </message>
    <message>
        <source>PostgreSQL connection string, e.g. &quot;host=server dbname=tansiq user=publisher&quot;</source>
        <translation>PostgreSQL connection string, e.g. &quot;host=server dbname=tansiq user=publisher&quot;</translation>
    </message>
    <message>
        <source>schema to publish into (default: tansiq)</source>
        <translation>schema to publish into (default: tansiq)</translation>
    </message>
    <message>
        <source>compare every record with the target instead of reading the op log</source>
        <translation>compare every record with the target instead of reading the op log</translation>
    </message>
    <message>
        <source>Publishes the registry to a PostgreSQL database (tables, boundaries, and views for the 4W matrix, unique reach and gaps), in one transaction. Only what changed since the last publication is written. See docs/publishing.md.</source>
        <translation>Publishes the registry to a PostgreSQL database (tables, boundaries, and views for the 4W matrix, unique reach and gaps), in one transaction. Only what changed since the last publication is written. See docs/publishing.md.</translation>
    </message>
    <message>
        <source>error: --postgres is required</source>
        <translation>error: --postgres is required</translation>
    </message>
    <message>
        <source>Published to schema %1 (%2: %3).</source>
        <translation>Published to schema %1 (%2: %3).</translation>
    </message>
    <message>
        <source>Records written: %1, deleted: %2.</source>
        <translation>Records written: %1, deleted: %2.</translation>
    </message>
    <message>
        <source>Boundaries: PostGIS geometry and WKT text.</source>
        <translation>Boundaries: PostGIS geometry and WKT text.</translation>
    </message>
    <message>
        <source>Boundaries: WKT text (PostGIS is not installed in this database).</source>
        <translation>Boundaries: WKT text (PostGIS is not installed in this database).</translation>
    </message>
    <message>
        <source>publish the registry to PostgreSQL (tables, boundaries, 4W and gap views); only what changed</source>
        <translation>publish the registry to PostgreSQL (tables, boundaries, 4W and gap views); only what changed</translation>
    </message>
    <message>
        <source>Snapshot cache: written in %1 ms (%2 MB), a cold start read from it in %3 ms</source>
        <translation>Snapshot cache: written in %1 ms (%2 MB), a cold start read from it in %3 ms</translation>
    </message>
    <message>
        <source>  (visit %1)</source>
        <translation>  (visit %1)</translation>
    </message>
    <message>
        <source>the monitoring visit it follows up (id)</source>
        <translation>the monitoring visit it follows up (id)</translation>
    </message>
    <message>
        <source>Coordination: %1 working groups, %2 meetings, %3 action points, %4 monitoring visits, %5 partner registrations.</source>
        <translation>Coordination: %1 working groups, %2 meetings, %3 action points, %4 monitoring visits, %5 partner registrations.</translation>
    </message>
    <message>
        <source>need: %1</source>
        <translation>need: %1</translation>
    </message>
    <message>
        <source>error: the meeting has %1 decisions; “%2” is not one of them</source>
        <translation>error: the meeting has %1 decisions; “%2” is not one of them</translation>
    </message>
    <message>
        <source>error: give --sector, --place or --need (- clears a link)</source>
        <translation>error: give --sector, --place or --need (- clears a link)</translation>
    </message>
    <message>
        <source>sector %1</source>
        <translation>sector %1</translation>
    </message>
    <message>
        <source>place %1 (%2)</source>
        <translation>place %1 (%2)</translation>
    </message>
    <message>
        <source>need %1</source>
        <translation>need %1</translation>
    </message>
    <message>
        <source>Decision %1 of meeting %2 is about: %3.</source>
        <translation>Decision %1 of meeting %2 is about: %3.</translation>
    </message>
    <message>
        <source>nothing in particular</source>
        <translation>nothing in particular</translation>
    </message>
    <message>
        <source>add: the place P-code; decision: the place the decision is about (- for none)</source>
        <translation>add: the place P-code; decision: the place the decision is about (- for none)</translation>
    </message>
    <message>
        <source>decision: the sector the decision is about, by code (- for none)</source>
        <translation>decision: the sector the decision is about, by code (- for none)</translation>
    </message>
    <message>
        <source>decision: the need (gap) the decision is about, by id (- for none)</source>
        <translation>decision: the need (gap) the decision is about, by id (- for none)</translation>
    </message>
    <message>
        <source>list, show ID, add, decision ID N (links decision N to a sector, place or need), or minutes ID</source>
        <translation>list, show ID, add, decision ID N (links decision N to a sector, place or need), or minutes ID</translation>
    </message>
    <message>
        <source>error: unknown action “%1” (list, show, add, decision or minutes)</source>
        <translation>error: unknown action “%1” (list, show, add, decision or minutes)</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>activity %1</translation>
    </message>
    <message>
        <source>follow-up action points: %1</source>
        <translation>follow-up action points: %1</translation>
    </message>
    <message>
        <source>  [%1 overdue]</source>
        <translation>  [%1 overdue]</translation>
    </message>
    <message>
        <source>No monitoring visits.</source>
        <translation>No monitoring visits.</translation>
    </message>
    <message>
        <source>list: only visits in this month</source>
        <translation>list: only visits in this month</translation>
    </message>
    <message>
        <source>the visiting organisation (acronym); list: only its visits</source>
        <translation>the visiting organisation (acronym); list: only its visits</translation>
    </message>
    <message>
        <source>add: the visit date</source>
        <translation>add: the visit date</translation>
    </message>
    <message>
        <source>add: the project visited (code)</source>
        <translation>add: the project visited (code)</translation>
    </message>
    <message>
        <source>add: the activity visited (id)</source>
        <translation>add: the activity visited (id)</translation>
    </message>
    <message>
        <source>add: on_track, delays or serious_problems</source>
        <translation>add: on_track, delays or serious_problems</translation>
    </message>
    <message>
        <source>add: what the visit found</source>
        <translation>add: what the visit found</translation>
    </message>
    <message>
        <source>Lists and records monitoring visits to projects and activities: the place, the visiting organisation, the rating of implementation and the findings. Their follow-up action points are recorded with actions add --visit ID.</source>
        <translation>Lists and records monitoring visits to projects and activities: the place, the visiting organisation, the rating of implementation and the findings. Their follow-up action points are recorded with actions add --visit ID.</translation>
    </message>
    <message>
        <source>error: “%1” is not an activity id</source>
        <translation>error: “%1” is not an activity id</translation>
    </message>
    <message>
        <source>Monitoring visit %1 recorded.</source>
        <translation>Monitoring visit %1 recorded.</translation>
    </message>
    <message>
        <source>list (--month, --org) and record monitoring visits to projects and activities</source>
        <translation>list (--month, --org) and record monitoring visits to projects and activities</translation>
    </message>
    <message>
        <source>instead of timing: write the activities, the bench&apos;s parameters and the engine&apos;s results of the five pivots as CSV into DIR (for scripts/bench-duckdb)</source>
        <translation>instead of timing: write the activities, the bench&apos;s parameters and the engine&apos;s results of the five pivots as CSV into DIR (for scripts/bench-duckdb)</translation>
    </message>
    <message>
        <source>%1 activities and the engine&apos;s results written to %2</source>
        <translation>%1 activities and the engine&apos;s results written to %2</translation>
    </message>
    <message>
        <source>instead: the head office imports one bundle from each of N field offices, each with the given number of changed activities</source>
        <translation>instead: the head office imports one bundle from each of N field offices, each with the given number of changed activities</translation>
    </message>
    <message>
        <source>office %1 of %2 ready: %3 bytes</source>
        <translation>office %1 of %2 ready: %3 bytes</translation>
    </message>
    <message>
        <source>error: cannot copy the head office&apos;s database</source>
        <translation>error: cannot copy the head office&apos;s database</translation>
    </message>
    <message>
        <source>error: a bundle left operations waiting or in conflict</source>
        <translation>error: a bundle left operations waiting or in conflict</translation>
    </message>
    <message>
        <source>error: the head office holds %1 activities, %2 were sent</source>
        <translation>error: the head office holds %1 activities, %2 were sent</translation>
    </message>
    <message>
        <source>run %1: %2 bundles imported in %3 ms (%4 operations applied)</source>
        <translation>run %1: %2 bundles imported in %3 ms (%4 operations applied)</translation>
    </message>
    <message>
        <source>Head office: %1 field offices, %2 changed activities each (%3 activities, %4 bundle bytes in all):</source>
        <translation>Head office: %1 field offices, %2 changed activities each (%3 activities, %4 bundle bytes in all):</translation>
    </message>
    <message>
        <source>  all bundles imported: median %1 ms (%2x plain inserts); one bundle: median %3 ms</source>
        <translation>  all bundles imported: median %1 ms (%2x plain inserts); one bundle: median %3 ms</translation>
    </message>
    <message>
        <source>  export at a field office: median %1 ms</source>
        <translation>  export at a field office: median %1 ms</translation>
    </message>
    <message>
        <source>  baseline, plain SQLite inserts of the same rows: %1 ms</source>
        <translation>  baseline, plain SQLite inserts of the same rows: %1 ms</translation>
    </message>
    <message>
        <source>then give the freed space back to the disk (VACUUM: rewrites the file, needs as much free space again)</source>
        <translation>then give the freed space back to the disk (VACUUM: rewrites the file, needs as much free space again)</translation>
    </message>
    <message>
        <source>Compacts the sync operation log: keeps only what convergence, relaying and conflict detection need.</source>
        <translation>Compacts the sync operation log: keeps only what convergence, relaying and conflict detection need.</translation>
    </message>
    <message>
        <source>Operations sealed into batches: %1; creates read from their records: %2; relayed batches acknowledged everywhere: %3; %4 bytes freed inside the file.</source>
        <translation>Operations sealed into batches: %1; creates read from their records: %2; relayed batches acknowledged everywhere: %3; %4 bytes freed inside the file.</translation>
    </message>
    <message>
        <source>Database file: %1 bytes before, %2 bytes after (%3 bytes per activity).</source>
        <translation>Database file: %1 bytes before, %2 bytes after (%3 bytes per activity).</translation>
    </message>
    <message>
        <source>The freed space is reused by later changes; --vacuum gives it back to the disk.</source>
        <translation>The freed space is reused by later changes; --vacuum gives it back to the disk.</translation>
    </message>
    <message>
        <source>compact the sync operation log (also done after each import)</source>
        <translation>compact the sync operation log (also done after each import)</translation>
    </message>
    <message>
        <source>with --offices: also import the bundles as separate imports (a safety backup and a compaction each), for comparison</source>
        <translation>with --offices: also import the bundles as separate imports (a safety backup and a compaction each), for comparison</translation>
    </message>
    <message>
        <source>run %1, separate imports: %2 bundles imported in %3 ms (%4 operations applied)</source>
        <translation>run %1, separate imports: %2 bundles imported in %3 ms (%4 operations applied)</translation>
    </message>
    <message>
        <source>  as separate imports (a safety backup and a compaction each): median %1 ms (%2x the single import)</source>
        <translation>  as separate imports (a safety backup and a compaction each): median %1 ms (%2x the single import)</translation>
    </message>
    <message>
        <source>the bundles to import</source>
        <translation>the bundles to import</translation>
    </message>
    <message>
        <source>Imports bundles, one after the other: each all or nothing, and safe to repeat.</source>
        <translation>Imports bundles, one after the other: each all or nothing, and safe to repeat.</translation>
    </message>
    <message>
        <source>error: give one bundle file or more</source>
        <translation>error: give one bundle file or more</translation>
    </message>
    <message>
        <source>Run “tansiq-cli %1 --help” for the options.</source>
        <translation>Run “tansiq-cli %1 --help” for the options.</translation>
    </message>
    <message>
        <source>the bulletin&apos;s month</source>
        <translation>the bulletin&apos;s month</translation>
    </message>
    <message>
        <source>language of the bulletin: ar or en</source>
        <translation>language of the bulletin: ar or en</translation>
    </message>
    <message>
        <source>P-code of a governorate, district or sub-district (default: the whole country)</source>
        <translation>P-code of a governorate, district or sub-district (default: the whole country)</translation>
    </message>
    <message>
        <source>arabic (٠١٢) or latin (012) digits; default: arabic in Arabic, latin in English</source>
        <translation>arabic (٠١٢) or latin (012) digits; default: arabic in Arabic, latin in English</translation>
    </message>
    <message>
        <source>the office named on the cover (default: this database&apos;s office)</source>
        <translation>the office named on the cover (default: this database&apos;s office)</translation>
    </message>
    <message>
        <source>the date printed as “produced on” (default: today)</source>
        <translation>the date printed as “produced on” (default: today)</translation>
    </message>
    <message>
        <source>--month is needed: the bulletin&apos;s month, as YYYY-MM.</source>
        <translation>--month is needed: the bulletin&apos;s month, as YYYY-MM.</translation>
    </message>
    <message>
        <source>“%1” is not a bulletin language: use ar or en.</source>
        <translation>“%1” is not a bulletin language: use ar or en.</translation>
    </message>
    <message>
        <source>“%1” is not a digit style: use arabic or latin.</source>
        <translation>“%1” is not a digit style: use arabic or latin.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD.</source>
        <translation>“%1” is not a date: write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>error: no %1 has the id “%2” (give at least its first 8 characters)</source>
        <translation>error: no %1 has the id “%2” (give at least its first 8 characters)</translation>
    </message>
    <message>
        <source>error: several records start with “%1”; give more of the id</source>
        <translation>error: several records start with “%1”; give more of the id</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>action point</source>
        <translation>action point</translation>
    </message>
    <message>
        <source>working group</source>
        <translation>working group</translation>
    </message>
    <message>
        <source>error: no organisation is called “%1”</source>
        <translation>error: no organisation is called “%1”</translation>
    </message>
    <message>
        <source>error: no sector has the code “%1”</source>
        <translation>error: no sector has the code “%1”</translation>
    </message>
    <message>
        <source>error: no project has the code “%1”</source>
        <translation>error: no project has the code “%1”</translation>
    </message>
    <message>
        <source>monitoring visit</source>
        <translation>monitoring visit</translation>
    </message>
    <message>
        <source>need</source>
        <translation>need</translation>
    </message>
    <message>
        <source>keep only activities matching DIM=VALUE[,VALUE] (repeatable; place=PCODE for any level)</source>
        <translation>keep only activities matching DIM=VALUE[,VALUE] (repeatable; place=PCODE for any level)</translation>
    </message>
    <message>
        <source>activities active during this month or these months</source>
        <translation>activities active during this month or these months</translation>
    </message>
    <message>
        <source>admin level of places: 1 governorate, 2 district, 3 sub-district, 4 community</source>
        <translation>admin level of places: 1 governorate, 2 district, 3 sub-district, 4 community</translation>
    </message>
    <message>
        <source>output: csv, json or hxl (CSV with HXL hashtags)</source>
        <translation>output: csv, json or hxl (CSV with HXL hashtags)</translation>
    </message>
    <message>
        <source>language of names and labels: en or ar</source>
        <translation>language of names and labels: en or ar</translation>
    </message>
    <message>
        <source>read the office passphrase from FILE (first line); otherwise from the TANSIQ_PASSPHRASE environment variable</source>
        <translation>read the office passphrase from FILE (first line); otherwise from the TANSIQ_PASSPHRASE environment variable</translation>
    </message>
    <message>
        <source>error: cannot read the passphrase file “%1”: %2</source>
        <translation>error: cannot read the passphrase file “%1”: %2</translation>
    </message>
    <message>
        <source>error: this command needs the office passphrase: give --passphrase-file FILE or set TANSIQ_PASSPHRASE</source>
        <translation>error: this command needs the office passphrase: give --passphrase-file FILE or set TANSIQ_PASSPHRASE</translation>
    </message>
    <message>
        <source>the head office&apos;s certification key file (kept offline, e.g. on a stick)</source>
        <translation>the head office&apos;s certification key file (kept offline, e.g. on a stick)</translation>
    </message>
    <message>
        <source>read the certification key&apos;s passphrase from FILE (first line); otherwise from the TANSIQ_CERTIFICATION_PASSPHRASE environment variable</source>
        <translation>read the certification key&apos;s passphrase from FILE (first line); otherwise from the TANSIQ_CERTIFICATION_PASSPHRASE environment variable</translation>
    </message>
    <message>
        <source>error: the certification key needs its own passphrase: give --certification-passphrase-file FILE or set TANSIQ_CERTIFICATION_PASSPHRASE</source>
        <translation>error: the certification key needs its own passphrase: give --certification-passphrase-file FILE or set TANSIQ_CERTIFICATION_PASSPHRASE</translation>
    </message>
    <message>
        <source>warning: this office&apos;s certificate expired on %1: other offices will refuse its bundles until the head office renews it (“tansiq-cli office renew %2” there) and a bundle from the head office arrives.</source>
        <translation>warning: this office&apos;s certificate expired on %1: other offices will refuse its bundles until the head office renews it (“tansiq-cli office renew %2” there) and a bundle from the head office arrives.</translation>
    </message>
    <message>
        <source>warning: this office&apos;s certificate expires on %1 (in %2 days). Ask the head office to renew it (“tansiq-cli office renew %3”).</source>
        <translation>warning: this office&apos;s certificate expires on %1 (in %2 days). Ask the head office to renew it (“tansiq-cli office renew %3”).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Usage: tansiq-cli [--db PATH] COMMAND [OPTIONS]</source>
        <translation>Usage: tansiq-cli [--db PATH] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Tansiq keeps the 4W registry of a humanitarian coordination office.</source>
        <translation>Tansiq keeps the 4W registry of a humanitarian coordination office.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>the database (default: %1)</source>
        <translation>the database (default: %1)</translation>
    </message>
    <message>
        <source>show this help; COMMAND --help shows a command&apos;s options</source>
        <translation>show this help; COMMAND --help shows a command&apos;s options</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>show the version</translation>
    </message>
    <message>
        <source>error: --db needs a path</source>
        <translation>error: --db needs a path</translation>
    </message>
    <message>
        <source>error: unknown command “%1”. Run “tansiq-cli --help” for the list.</source>
        <translation>error: unknown command “%1”. Run “tansiq-cli --help” for the list.</translation>
    </message>
    <message>
        <source>  processor time: all bundles imported: median %1 ms (%2x the plain inserts&apos; %3 ms)</source>
        <translation>  processor time: all bundles imported: median %1 ms (%2x the plain inserts&apos; %3 ms)</translation>
    </message>
    <message>
        <source>  processor time, separate imports: median %1 ms</source>
        <translation>  processor time, separate imports: median %1 ms</translation>
    </message>
    <message>
        <source>start from the snapshot cache beside the database when it fits, as the application does (else build it and write the cache); skips the cache&apos;s own timings</source>
        <translation>start from the snapshot cache beside the database when it fits, as the application does (else build it and write the cache); skips the cache&apos;s own timings</translation>
    </message>
    <message>
        <source>time only these pivots (names separated by commas)</source>
        <translation>time only these pivots (names separated by commas)</translation>
    </message>
    <message>
        <source>Snapshot read from the cache in %1 ms (%6 ms of processor time; columns %2 MB); resident memory %3 MB before, peak %4 MB after the engine runs (+%5 MB)</source>
        <translation>Snapshot read from the cache in %1 ms (%6 ms of processor time; columns %2 MB); resident memory %3 MB before, peak %4 MB after the engine runs (+%5 MB)</translation>
    </message>
</context>
<context>
    <name>tansiq::gui</name>
    <message>
        <source>Tansiq: coordination of humanitarian activities (4W).</source>
        <translation>Tansiq: coordination of humanitarian activities (4W).</translation>
    </message>
    <message>
        <source>interface language: ar or en</source>
        <translation>interface language: ar or en</translation>
    </message>
    <message>
        <source>print the time until the window is shown</source>
        <translation>print the time until the window is shown</translation>
    </message>
    <message>
        <source>The database could not be created.</source>
        <translation>The database could not be created.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>The database could not be opened.</translation>
    </message>
    <message>
        <source>window shown after %1 ms</source>
        <translation>window shown after %1 ms</translation>
    </message>
    <message>
        <source>database file (default: the file opened last, else the per-user database); a file that does not exist yet is set up as a new registry</source>
        <translation>database file (default: the file opened last, else the per-user database); a file that does not exist yet is set up as a new registry</translation>
    </message>
    <message>
        <source>render the setup assistant and every page to PNG files in DIR, then quit</source>
        <translation>render the setup assistant and every page to PNG files in DIR, then quit</translation>
    </message>
    <message>
        <source>activities in the sample data (and in the screenshots&apos; database)</source>
        <translation>activities in the sample data (and in the screenshots&apos; database)</translation>
    </message>
    <message numerus="yes">
        <source>%n screenshots written to %1</source>
        <translation>
            <numerusform>%n screenshot written to %1</numerusform>
            <numerusform>%n screenshots written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tansiq::interop</name>
    <message>
        <source>Line %1 of “%2” is not a value mapping: write “kind: partner value = code or name”, where kind is one of: %3.</source>
        <translation>Line %1 of “%2” is not a value mapping: write “kind: partner value = code or name”, where kind is one of: %3.</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>activity type</source>
        <translation>activity type</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>modality</translation>
    </message>
    <message>
        <source>population group</source>
        <translation>population group</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>Line %1 of “%2”: only organisations and projects can be created from a file.</source>
        <translation>Line %1 of “%2”: only organisations and projects can be created from a file.</translation>
    </message>
    <message>
        <source>“%1” is not a Tansiq vocabulary file: its first line must be “%2 %3”.</source>
        <translation>“%1” is not a Tansiq vocabulary file: its first line must be “%2 %3”.</translation>
    </message>
    <message>
        <source>“%1” is a vocabulary file of version %2; this Tansiq reads version %3.</source>
        <translation>“%1” is a vocabulary file of version %2; this Tansiq reads version %3.</translation>
    </message>
    <message>
        <source>“%1”: a vocabulary file only adds spellings; “%2” must name a value.</source>
        <translation>“%1”: a vocabulary file only adds spellings; “%2” must name a value.</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::BoundaryImporter</name>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Cannot open “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than 512 MB.</source>
        <translation>“%1” is larger than 512 MB.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was not imported: %n P-code(s) of level %2 are not in the gazetteer (%3). Import the matching gazetteer first; nothing was written.</source>
        <translation>
            <numerusform>“%1” was not imported: %n P-code(s) of level %2 are not in the gazetteer (%3). Import the matching gazetteer first; nothing was written.</numerusform>
            <numerusform>“%1” was not imported: %n P-code(s) of level %2 are not in the gazetteer (%3). Import the matching gazetteer first; nothing was written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tansiq::interop::CodAbGeoJson</name>
    <message>
        <source>“%1” is not GeoJSON (%2 at byte %3).</source>
        <translation>“%1” is not GeoJSON (%2 at byte %3).</translation>
    </message>
    <message>
        <source>“%1” is not a GeoJSON FeatureCollection.</source>
        <translation>“%1” is not a GeoJSON FeatureCollection.</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>feature %1</translation>
    </message>
    <message>
        <source>“%1”: %2 has no admin P-code (ADM1_PCODE, ADM2_PCODE or ADM3_PCODE).</source>
        <translation>“%1”: %2 has no admin P-code (ADM1_PCODE, ADM2_PCODE or ADM3_PCODE).</translation>
    </message>
    <message>
        <source>“%1” mixes administrative levels (%2 and %3); import one level per file.</source>
        <translation>“%1” mixes administrative levels (%2 and %3); import one level per file.</translation>
    </message>
    <message>
        <source>“%1” has the P-code %2 twice.</source>
        <translation>“%1” has the P-code %2 twice.</translation>
    </message>
    <message>
        <source>“%1”: the geometry of %2 is not a valid Polygon or MultiPolygon.</source>
        <translation>“%1”: the geometry of %2 is not a valid Polygon or MultiPolygon.</translation>
    </message>
    <message>
        <source>“%1” has no features.</source>
        <translation>“%1” has no features.</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::ExportFilterArguments</name>
    <message>
        <source>write name=value, e.g. sector=WASH.</source>
        <translation>write name=value, e.g. sector=WASH.</translation>
    </message>
    <message>
        <source>the value is empty.</source>
        <translation>the value is empty.</translation>
    </message>
    <message>
        <source>give a month (2026-10) or a period (2026-01-01..2026-03-31).</source>
        <translation>give a month (2026-10) or a period (2026-01-01..2026-03-31).</translation>
    </message>
    <message>
        <source>known filters are sector, place, active and org.</source>
        <translation>known filters are sector, place, active and org.</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filter</translation>
    </message>
    <message>
        <source>The filter “%1” is not understood: %2</source>
        <translation>The filter “%1” is not understood: %2</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::FourWColumns</name>
    <message>
        <source>Women and girls targeted</source>
        <translation>Women and girls targeted</translation>
    </message>
    <message>
        <source>Men and boys targeted</source>
        <translation>Men and boys targeted</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::FourWExporter</name>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>No organisation is called “%1”.%2</source>
        <translation>No organisation is called “%1”.%2</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Did you mean: %1?</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::ImportApplier</name>
    <message>
        <source>“%1” was not imported: %2 rows have errors. Correct them and import the file again; nothing was written.</source>
        <translation>“%1” was not imported: %2 rows have errors. Correct them and import the file again; nothing was written.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::ImportBenchmark</name>
    <message>
        <source>The benchmark plan creates %1 of %2 rows.</source>
        <translation>The benchmark plan creates %1 of %2 rows.</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::ImportPlanModel</name>
    <message>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>blank</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>left out</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::ImportPlanner</name>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>The partner “%1” is not a known organisation.%2</source>
        <translation>The partner “%1” is not a known organisation.%2</translation>
    </message>
    <message>
        <source>Closest: %1.</source>
        <translation>Closest: %1.</translation>
    </message>
    <message>
        <source>The column “%1” is not a 4W field and is ignored.</source>
        <translation>The column “%1” is not a 4W field and is ignored.</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>in-kind</source>
        <translation>in-kind</translation>
    </message>
    <message>
        <source>host community</source>
        <translation>host community</translation>
    </message>
    <message>
        <source>The file has no “%1” column: new activities are recorded as “%2”.</source>
        <translation>The file has no “%1” column: new activities are recorded as “%2”.</translation>
    </message>
    <message>
        <source>Sub-sectors are not recorded in Tansiq; the column is ignored.</source>
        <translation>Sub-sectors are not recorded in Tansiq; the column is ignored.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a record id (a UUID).</source>
        <translation>%1 “%2” is not a record id (a UUID).</translation>
    </message>
    <message>
        <source>The activity %1 was deleted in Tansiq; clear its record id to add it again.</source>
        <translation>The activity %1 was deleted in Tansiq; clear its record id to add it again.</translation>
    </message>
    <message>
        <source>This row describes the same activity as row %1.</source>
        <translation>This row describes the same activity as row %1.</translation>
    </message>
    <message>
        <source>The office vocabulary “%1” cannot be read: %2.</source>
        <translation>The office vocabulary “%1” cannot be read: %2.</translation>
    </message>
    <message>
        <source>reporting month</source>
        <translation>reporting month</translation>
    </message>
    <message>
        <source>The reporting month “%1” is not a month; write it as YYYY-MM, for example 2026-09.</source>
        <translation>The reporting month “%1” is not a month; write it as YYYY-MM, for example 2026-09.</translation>
    </message>
    <message>
        <source>The reporting month %1 was read from row %2: “%3”.</source>
        <translation>The reporting month %1 was read from row %2: “%3”.</translation>
    </message>
    <message>
        <source>“%1” has no reporting month column and its title rows name no month. Give the month of the whole file (--month YYYY-MM, or the month field of the import wizard).</source>
        <translation>“%1” has no reporting month column and its title rows name no month. Give the month of the whole file (--month YYYY-MM, or the month field of the import wizard).</translation>
    </message>
    <message>
        <source>Left out as chosen: %1.</source>
        <translation>Left out as chosen: %1.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::RowMapper</name>
    <message>
        <source>%1 “%2” matches %3 organisations; use the acronym.</source>
        <translation>%1 “%2” matches %3 organisations; use the acronym.</translation>
    </message>
    <message>
        <source>%1 “%2” names %3 places (%4); add the P-code or the governorate.</source>
        <translation>%1 “%2” names %3 places (%4); add the P-code or the governorate.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a number.</source>
        <translation>%1 “%2” is not a number.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a whole number of people.</source>
        <translation>%1 “%2” is not a whole number of people.</translation>
    </message>
    <message>
        <source>%1 “%2” is not an amount.</source>
        <translation>%1 “%2” is not an amount.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date (write 2026-10-31 or 31/10/2026).</source>
        <translation>%1 “%2” is not a date (write 2026-10-31 or 31/10/2026).</translation>
    </message>
    <message>
        <source>%1 “%2” is not a month (write 2026-10).</source>
        <translation>%1 “%2” is not a month (write 2026-10).</translation>
    </message>
    <message>
        <source>%1 is empty; “%2” is assumed.</source>
        <translation>%1 is empty; “%2” is assumed.</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>%1 is %2, but %3 add up to %4; please check the row.</source>
        <translation>%1 is %2, but %3 add up to %4; please check the row.</translation>
    </message>
    <message>
        <source>girls, women and elderly women</source>
        <translation>girls, women and elderly women</translation>
    </message>
    <message>
        <source>boys, men and elderly men</source>
        <translation>boys, men and elderly men</translation>
    </message>
    <message>
        <source>women and men</source>
        <translation>women and men</translation>
    </message>
    <message>
        <source>the six sex and age groups</source>
        <translation>the six sex and age groups</translation>
    </message>
    <message>
        <source>Closest: %1.</source>
        <translation>Closest: %1.</translation>
    </message>
    <message>
        <source>%1 “%2” is not known.</source>
        <translation>%1 “%2” is not known.</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::SheetLayout</name>
    <message>
        <source>implementing organisation (#org+impl+name)</source>
        <translation>implementing organisation (#org+impl+name)</translation>
    </message>
    <message>
        <source>sector (#sector+cluster+name)</source>
        <translation>sector (#sector+cluster+name)</translation>
    </message>
    <message>
        <source>place (#adm3+code or #adm3+name)</source>
        <translation>place (#adm3+code or #adm3+name)</translation>
    </message>
    <message>
        <source>start date (#date+start)</source>
        <translation>start date (#date+start)</translation>
    </message>
    <message>
        <source>“%1” has no column for: %2.</source>
        <translation>“%1” has no column for: %2.</translation>
    </message>
    <message>
        <source>column mapping</source>
        <translation>column mapping</translation>
    </message>
    <message>
        <source>“%1” is not a column mapping: write “Header text = #hxl+tag”.</source>
        <translation>“%1” is not a column mapping: write “Header text = #hxl+tag”.</translation>
    </message>
    <message>
        <source>The tag “%1” is not a 4W field Tansiq reads.</source>
        <translation>The tag “%1” is not a 4W field Tansiq reads.</translation>
    </message>
    <message>
        <source>“%1” has no HXL hashtag row in its first %2 rows and its headers are not known. Map its columns to HXL tags (headers seen: %3).</source>
        <translation>“%1” has no HXL hashtag row in its first %2 rows and its headers are not known. Map its columns to HXL tags (headers seen: %3).</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::SheetReader</name>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Cannot open “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; spreadsheets of more than %3 MB are not imported. Split the file by month or by partner.</source>
        <translation>“%1” is %2 MB; spreadsheets of more than %3 MB are not imported. Split the file by month or by partner.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” is empty.</translation>
    </message>
    <message>
        <source>“%1” is a damaged workbook or an old Excel 97-2003 (.xls) file. Open it in Excel and save it as .xlsx or CSV UTF-8.</source>
        <translation>“%1” is a damaged workbook or an old Excel 97-2003 (.xls) file. Open it in Excel and save it as .xlsx or CSV UTF-8.</translation>
    </message>
    <message>
        <source>“%1” has a line longer than %2 MB: it is not a spreadsheet export (or it is damaged).</source>
        <translation>“%1” has a line longer than %2 MB: it is not a spreadsheet export (or it is damaged).</translation>
    </message>
    <message>
        <source>“%1” has %2 columns in row %3; a 4W sheet has at most %4. The file is damaged or not a table.</source>
        <translation>“%1” has %2 columns in row %3; a 4W sheet has at most %4. The file is damaged or not a table.</translation>
    </message>
    <message>
        <source>“%1” holds no data.</source>
        <translation>“%1” holds no data.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>XLSX workbook, sheet “%1”</source>
        <translation>XLSX workbook, sheet “%1”</translation>
    </message>
    <message>
        <source>CSV text, %1, separated by %2</source>
        <translation>CSV text, %1, separated by %2</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::TableSink</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>no temporary folder</source>
        <translation>no temporary folder</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>cannot create the workbook</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::ValueResolver</name>
    <message>
        <source>The choice for %1 “%2” names “%3”, which is not a known %1.</source>
        <translation>The choice for %1 “%2” names “%3”, which is not a known %1.</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::XlsxReader</name>
    <message>
        <source>“%1” is not a readable XLSX workbook: %2 is damaged (%3, line %4).</source>
        <translation>“%1” is not a readable XLSX workbook: %2 is damaged (%3, line %4).</translation>
    </message>
    <message>
        <source>“%1” has a cell in column %2; a 4W sheet has at most %3 columns.</source>
        <translation>“%1” has a cell in column %2; a 4W sheet has at most %3 columns.</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::ZipArchive</name>
    <message>
        <source>part %1 is missing</source>
        <translation>part %1 is missing</translation>
    </message>
    <message>
        <source>part %1 is too large</source>
        <translation>part %1 is too large</translation>
    </message>
    <message>
        <source>part %1 cannot be inflated: %2</source>
        <translation>part %1 cannot be inflated: %2</translation>
    </message>
    <message>
        <source>“%1” is not a readable XLSX workbook (%2). It may be truncated: copy it again or save it from Excel once more.</source>
        <translation>“%1” is not a readable XLSX workbook (%2). It may be truncated: copy it again or save it from Excel once more.</translation>
    </message>
</context>
<context>
    <name>tansiq::publish::ChangeFeed</name>
    <message>
        <source>the registry is behind the last publication</source>
        <translation>the registry is behind the last publication</translation>
    </message>
    <message>
        <source>operations since the last publication were compacted</source>
        <translation>operations since the last publication were compacted</translation>
    </message>
    <message>
        <source>The registry&apos;s operation log could not be read: %1</source>
        <translation>The registry&apos;s operation log could not be read: %1</translation>
    </message>
</context>
<context>
    <name>tansiq::publish::PgTarget</name>
    <message>
        <source>The PostgreSQL server refused the publication: %1</source>
        <translation>The PostgreSQL server refused the publication: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed: install the package libqt6sql6-psql.</source>
        <translation>Qt&apos;s PostgreSQL driver (QPSQL) is not installed: install the package libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The PostgreSQL connection string “%1” is not understood at “%2”: write keyword=value pairs such as host=server dbname=tansiq user=publisher.</source>
        <translation>The PostgreSQL connection string “%1” is not understood at “%2”: write keyword=value pairs such as host=server dbname=tansiq user=publisher.</translation>
    </message>
    <message>
        <source>Could not connect to the PostgreSQL server with “%1”: %2</source>
        <translation>Could not connect to the PostgreSQL server with “%1”: %2</translation>
    </message>
    <message>
        <source>The schema “%1” already holds tables that Tansiq did not publish: choose another schema with --schema, or drop that one.</source>
        <translation>The schema “%1” already holds tables that Tansiq did not publish: choose another schema with --schema, or drop that one.</translation>
    </message>
</context>
<context>
    <name>tansiq::publish::Publisher</name>
    <message>
        <source>first publication to this schema</source>
        <translation>first publication to this schema</translation>
    </message>
    <message>
        <source>the schema changed (version %1)</source>
        <translation>the schema changed (version %1)</translation>
    </message>
    <message>
        <source>asked for with --compare-all</source>
        <translation>asked for with --compare-all</translation>
    </message>
    <message>
        <source>the last publication came from another registry or a restored one</source>
        <translation>the last publication came from another registry or a restored one</translation>
    </message>
    <message>
        <source>operations since the last publication</source>
        <translation>operations since the last publication</translation>
    </message>
    <message>
        <source>“%1” cannot be a schema name: use lower-case letters, digits and _, starting with a letter.</source>
        <translation>“%1” cannot be a schema name: use lower-case letters, digits and _, starting with a letter.</translation>
    </message>
</context>
<context>
    <name>tansiq::publish::RegistrySource</name>
    <message>
        <source>The registry&apos;s table %1 could not be read: %2</source>
        <translation>The registry&apos;s table %1 could not be read: %2</translation>
    </message>
</context>
<context>
    <name>tansiq::sampledata</name>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>“%1” holds sample data, made up to explore Tansiq: no bundle can be made from it, so invented activities never reach another office. Open the office&apos;s registry to exchange bundles.</source>
        <translation>“%1” holds sample data, made up to explore Tansiq: no bundle can be made from it, so invented activities never reach another office. Open the office&apos;s registry to exchange bundles.</translation>
    </message>
</context>
<context>
    <name>tansiq::sync</name>
    <message>
        <source>The bundle is damaged (%1). Ask the sender to export it again.</source>
        <translation>The bundle is damaged (%1). Ask the sender to export it again.</translation>
    </message>
    <message>
        <source>The import was interrupted; nothing was changed. Import the bundle again.</source>
        <translation>The import was interrupted; nothing was changed. Import the bundle again.</translation>
    </message>
    <message>
        <source>The bundle carried an older revocation list; it was ignored.</source>
        <translation>The bundle carried an older revocation list; it was ignored.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 hours behind the head office&apos;s. Please correct the date and time.</source>
        <translation>This computer&apos;s clock is %1 hours behind the head office&apos;s. Please correct the date and time.</translation>
    </message>
    <message>
        <source>%1 batches made by revoked offices were refused (in this bundle or waiting from earlier ones); they will not be applied.</source>
        <translation>%1 batches made by revoked offices were refused (in this bundle or waiting from earlier ones); they will not be applied.</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>passphrase</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or this office&apos;s key store is damaged. Nothing was changed.</source>
        <translation>The passphrase is wrong, or this office&apos;s key store is damaged. Nothing was changed.</translation>
    </message>
    <message>
        <source>The %1 is not signed by this network&apos;s head office, or it is damaged.</source>
        <translation>The %1 is not signed by this network&apos;s head office, or it is damaged.</translation>
    </message>
    <message>
        <source>office certificate</source>
        <translation>office certificate</translation>
    </message>
    <message>
        <source>revocation list</source>
        <translation>revocation list</translation>
    </message>
    <message>
        <source>Could not protect the keys (not enough memory for the passphrase hash).</source>
        <translation>Could not protect the keys (not enough memory for the passphrase hash).</translation>
    </message>
    <message>
        <source>This installation is not set up as an office yet: run “tansiq-cli office init”.</source>
        <translation>This installation is not set up as an office yet: run “tansiq-cli office init”.</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>the file is too large</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>bundle</translation>
    </message>
    <message>
        <source>The bundle written to “%1” does not read back correctly (a faulty or full stick?). Export again to another stick.</source>
        <translation>The bundle written to “%1” does not read back correctly (a faulty or full stick?). Export again to another stick.</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>batch</translation>
    </message>
    <message>
        <source>No quarantined batch “%1” (see the list); nothing was released.</source>
        <translation>No quarantined batch “%1” (see the list); nothing was released.</translation>
    </message>
    <message>
        <source>A batch from an office this office does not know (%1) was refused; the rest of the bundle was imported.</source>
        <translation>A batch from an office this office does not know (%1) was refused; the rest of the bundle was imported.</translation>
    </message>
    <message>
        <source>A batch said to come from “%1” does not carry its signature; it was refused, the rest of the bundle was imported. Tell the head office.</source>
        <translation>A batch said to come from “%1” does not carry its signature; it was refused, the rest of the bundle was imported. Tell the head office.</translation>
    </message>
    <message>
        <source>A batch signed by one office claimed another office&apos;s changes (%1); it was refused, the rest of the bundle was imported. Tell the head office.</source>
        <translation>A batch signed by one office claimed another office&apos;s changes (%1); it was refused, the rest of the bundle was imported. Tell the head office.</translation>
    </message>
    <message>
        <source>A damaged batch from “%1” was refused; the rest of the bundle was imported.</source>
        <translation>A damaged batch from “%1” was refused; the rest of the bundle was imported.</translation>
    </message>
    <message>
        <source>The head office&apos;s bundle is dated %1, days ahead of this computer&apos;s clock. Its changes were imported, but certificates are still judged by this computer&apos;s clock. If this computer&apos;s clock is wrong, correct it; if the head office&apos;s date is right, confirm it (tansiq-cli office confirm-time).</source>
        <translation>The head office&apos;s bundle is dated %1, days ahead of this computer&apos;s clock. Its changes were imported, but certificates are still judged by this computer&apos;s clock. If this computer&apos;s clock is wrong, correct it; if the head office&apos;s date is right, confirm it (tansiq-cli office confirm-time).</translation>
    </message>
    <message>
        <source>Replica %1 belongs to office %2, not to office %3.</source>
        <translation>Replica %1 belongs to office %2, not to office %3.</translation>
    </message>
    <message>
        <source>No head-office date is waiting for confirmation.</source>
        <translation>No head-office date is waiting for confirmation.</translation>
    </message>
    <message>
        <source>certification key</source>
        <translation>certification key</translation>
    </message>
    <message>
        <source>“%1” is not a Tansiq certification key file, or it is damaged.</source>
        <translation>“%1” is not a Tansiq certification key file, or it is damaged.</translation>
    </message>
    <message>
        <source>“%1” is a certification key file of format %2, made by a newer Tansiq. Update Tansiq to use it.</source>
        <translation>“%1” is a certification key file of format %2, made by a newer Tansiq. Update Tansiq to use it.</translation>
    </message>
    <message>
        <source>The certification key passphrase is wrong, or “%1” is damaged. Nothing was changed.</source>
        <translation>The certification key passphrase is wrong, or “%1” is damaged. Nothing was changed.</translation>
    </message>
    <message>
        <source>A batch signed with a retired key of “%1” claims changes made after the key was retired; it was refused, the rest of the bundle was imported. Tell the head office.</source>
        <translation>A batch signed with a retired key of “%1” claims changes made after the key was retired; it was refused, the rest of the bundle was imported. Tell the head office.</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>There is no open conflict number %1.</source>
        <translation>There is no open conflict number %1.</translation>
    </message>
    <message>
        <source>This version of Tansiq does not know table %1.</source>
        <translation>This version of Tansiq does not know table %1.</translation>
    </message>
    <message>
        <source>For a record edited at one office and deleted at another, keep “record” or “deletion”.</source>
        <translation>For a record edited at one office and deleted at another, keep “record” or “deletion”.</translation>
    </message>
    <message>
        <source>Keep “current” or the number of one of the %1 listed values.</source>
        <translation>Keep “current” or the number of one of the %1 listed values.</translation>
    </message>
    <message>
        <source>The record of conflict %1 no longer exists.</source>
        <translation>The record of conflict %1 no longer exists.</translation>
    </message>
    <message>
        <source>“%1” is not a Tansiq sync bundle.</source>
        <translation>“%1” is not a Tansiq sync bundle.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer Tansiq (%1). Update Tansiq, then import it again; nothing was changed.</source>
        <translation>This bundle was made by a newer Tansiq (%1). Update Tansiq, then import it again; nothing was changed.</translation>
    </message>
    <message>
        <source>This bundle is not for this office: it was encrypted for other offices. Nothing was changed.</source>
        <translation>This bundle is not for this office: it was encrypted for other offices. Nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle is damaged or was altered (%1). Ask the sender to export it again; nothing was changed.</source>
        <translation>The bundle is damaged or was altered (%1). Ask the sender to export it again; nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle comes from an office this installation does not know (%1). Enrol it through the head office first; nothing was changed.</source>
        <translation>The bundle comes from an office this installation does not know (%1). Enrol it through the head office first; nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle comes from office “%1”, whose keys the head office has revoked. Nothing was changed.</source>
        <translation>The bundle comes from office “%1”, whose keys the head office has revoked. Nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle is signed with a key of “%1” that the head office has retired (a replaced or stolen laptop). It was refused and nothing was changed; tell the head office.</source>
        <translation>The bundle is signed with a key of “%1” that the head office has retired (a replaced or stolen laptop). It was refused and nothing was changed; tell the head office.</translation>
    </message>
    <message>
        <source>The bundle comes from office “%1”, whose certificate expired on %2. The head office can renew it (“tansiq-cli office renew %1”); then import the bundle again. Nothing was changed.</source>
        <translation>The bundle comes from office “%1”, whose certificate expired on %2. The head office can renew it (“tansiq-cli office renew %1”); then import the bundle again. Nothing was changed.</translation>
    </message>
    <message>
        <source>The head office already has more changes from this database than it holds: it was restored from a backup or copied to another computer. Run “tansiq-cli office renew-replica” before exchanging bundles; nothing was changed.</source>
        <translation>The head office already has more changes from this database than it holds: it was restored from a backup or copied to another computer. Run “tansiq-cli office renew-replica” before exchanging bundles; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot use “%1”: %2</source>
        <translation>Cannot use “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder “%2” does not exist (was the stick removed?). Nothing was written or recorded as sent.</source>
        <translation>Cannot write “%1”: the folder “%2” does not exist (was the stick removed?). Nothing was written or recorded as sent.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the stick or disk holding “%2” is read-only (write-protected?). Use another stick; nothing was written or recorded as sent.</source>
        <translation>Cannot write “%1”: the stick or disk holding “%2” is read-only (write-protected?). Use another stick; nothing was written or recorded as sent.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: writing in “%2” is not allowed (a read-only or protected place). Choose another folder or stick; nothing was written or recorded as sent.</source>
        <translation>Cannot write “%1”: writing in “%2” is not allowed (a read-only or protected place). Choose another folder or stick; nothing was written or recorded as sent.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the stick or disk is full (the bundle needs %2 MB, %3 MB are free). Free some space or use another stick; nothing was written or recorded as sent.</source>
        <translation>Cannot write “%1”: the stick or disk is full (the bundle needs %2 MB, %3 MB are free). Free some space or use another stick; nothing was written or recorded as sent.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the stick or disk is full. Free some space or use another stick; no partial file was left and nothing was recorded as sent.</source>
        <translation>Cannot write “%1”: the stick or disk is full. Free some space or use another stick; no partial file was left and nothing was recorded as sent.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2 (was the stick removed?). No partial file was left and nothing was recorded as sent.</source>
        <translation>Cannot write “%1”: %2 (was the stick removed?). No partial file was left and nothing was recorded as sent.</translation>
    </message>
</context>
<context>
    <name>tansiq::sync::enrolment</name>
    <message>
        <source>The %1 is damaged or not a Tansiq enrolment file.</source>
        <translation>The %1 is damaged or not a Tansiq enrolment file.</translation>
    </message>
    <message>
        <source>validity</source>
        <translation>validity</translation>
    </message>
    <message>
        <source>A certificate must be valid for at least one day.</source>
        <translation>A certificate must be valid for at least one day.</translation>
    </message>
    <message>
        <source>This installation is already set up as an office.</source>
        <translation>This installation is already set up as an office.</translation>
    </message>
    <message>
        <source>enrolment request</source>
        <translation>enrolment request</translation>
    </message>
    <message>
        <source>Only the head office can enrol offices.</source>
        <translation>Only the head office can enrol offices.</translation>
    </message>
    <message>
        <source>enrolment answer</source>
        <translation>enrolment answer</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>fingerprint</translation>
    </message>
    <message>
        <source>The head office&apos;s fingerprint is %1, not %2: do not use this answer, and call the head office.</source>
        <translation>The head office&apos;s fingerprint is %1, not %2: do not use this answer, and call the head office.</translation>
    </message>
    <message>
        <source>Only the head office can revoke offices.</source>
        <translation>Only the head office can revoke offices.</translation>
    </message>
    <message>
        <source>The head office cannot revoke itself.</source>
        <translation>The head office cannot revoke itself.</translation>
    </message>
    <message>
        <source>Only the head office can renew certificates.</source>
        <translation>Only the head office can renew certificates.</translation>
    </message>
    <message>
        <source>office</source>
        <translation>office</translation>
    </message>
    <message>
        <source>No office %1 in the roster.</source>
        <translation>No office %1 in the roster.</translation>
    </message>
    <message>
        <source>The head office&apos;s own certificate does not expire.</source>
        <translation>The head office&apos;s own certificate does not expire.</translation>
    </message>
    <message>
        <source>Office “%1” is revoked: it must enrol again with new keys.</source>
        <translation>Office “%1” is revoked: it must enrol again with new keys.</translation>
    </message>
    <message>
        <source>This enrolment answer was not made for this office (or is damaged). Nothing was changed.</source>
        <translation>This enrolment answer was not made for this office (or is damaged). Nothing was changed.</translation>
    </message>
    <message>
        <source>The request claims the head office&apos;s own office id %1: it cannot be signed. Nothing was changed.</source>
        <translation>The request claims the head office&apos;s own office id %1: it cannot be signed. Nothing was changed.</translation>
    </message>
    <message>
        <source>The request claims office id %1, which already belongs to the enrolled office “%2” (fingerprint %3): it cannot be signed, and nothing was changed. To extend that office&apos;s certificate, renew it; an office with new keys enrols from a new installation.</source>
        <translation>The request claims office id %1, which already belongs to the enrolled office “%2” (fingerprint %3): it cannot be signed, and nothing was changed. To extend that office&apos;s certificate, renew it; an office with new keys enrols from a new installation.</translation>
    </message>
    <message>
        <source>Confirm the head office&apos;s fingerprint with the head office (by phone) before accepting its answer.</source>
        <translation>Confirm the head office&apos;s fingerprint with the head office (by phone) before accepting its answer.</translation>
    </message>
    <message>
        <source>head office</source>
        <translation>head office</translation>
    </message>
    <message>
        <source>This office already trusts a head office with another key; the answer from “%1” (fingerprint %2) was refused and nothing was changed. Call your head office.</source>
        <translation>This office already trusts a head office with another key; the answer from “%1” (fingerprint %2) was refused and nothing was changed. Call your head office.</translation>
    </message>
    <message>
        <source>This enrolment answer is of format %1, made by a newer Tansiq. Update Tansiq, then accept it again; nothing was changed.</source>
        <translation>This enrolment answer is of format %1, made by a newer Tansiq. Update Tansiq, then accept it again; nothing was changed.</translation>
    </message>
    <message>
        <source>certification key</source>
        <translation>certification key</translation>
    </message>
    <message>
        <source>Offices of this network are certified with the head office&apos;s offline certification key (fingerprint %1), not with this computer&apos;s everyday key. Give the certification key file (--certification-key FILE). Nothing was changed.</source>
        <translation>Offices of this network are certified with the head office&apos;s offline certification key (fingerprint %1), not with this computer&apos;s everyday key. Give the certification key file (--certification-key FILE). Nothing was changed.</translation>
    </message>
    <message>
        <source>The certification key given (fingerprint %1) is not this network&apos;s (fingerprint %2). Nothing was changed.</source>
        <translation>The certification key given (fingerprint %1) is not this network&apos;s (fingerprint %2). Nothing was changed.</translation>
    </message>
    <message>
        <source>A head office needs its certification key.</source>
        <translation>A head office needs its certification key.</translation>
    </message>
    <message>
        <source>Only the head office can certify its everyday key.</source>
        <translation>Only the head office can certify its everyday key.</translation>
    </message>
    <message>
        <source>This head office&apos;s everyday key is also its root (a network made before certification keys): it cannot be replaced without enrolling every office again.</source>
        <translation>This head office&apos;s everyday key is also its root (a network made before certification keys): it cannot be replaced without enrolling every office again.</translation>
    </message>
</context>
<context>
    <name>tansiq::sync::passphrase</name>
    <message>
        <source>passphrase</source>
        <translation>passphrase</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters. A few unrelated words make a good one.</source>
        <translation>The passphrase must have at least %1 characters. A few unrelated words make a good one.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it is a common password, or a run or repetition of characters. Choose a few unrelated words.</source>
        <translation>This passphrase is too easy to guess: it is a common password, or a run or repetition of characters. Choose a few unrelated words.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ActionPointEditor</name>
    <message>
        <source>New action point</source>
        <translation>New action point</translation>
    </message>
    <message>
        <source>Edit action point</source>
        <translation>Edit action point</translation>
    </message>
    <message>
        <source>Action point</source>
        <translation>Action point</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>Responsible organisation</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note on the status change</source>
        <translation>Note on the status change</translation>
    </message>
    <message>
        <source>Set by the meeting</source>
        <translation>Set by the meeting</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>New follow-up action point</source>
        <translation>New follow-up action point</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ActionPointsPage</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Overdue action points (open or in progress after their due date): %1</source>
        <translation>Overdue action points (open or in progress after their due date): %1</translation>
    </message>
    <message>
        <source>Delete action point</source>
        <translation>Delete action point</translation>
    </message>
    <message>
        <source>Delete this action point? Its history is kept.</source>
        <translation>Delete this action point? Its history is kept.</translation>
    </message>
    <message>
        <source>The action point could not be deleted.</source>
        <translation>The action point could not be deleted.</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Action point</source>
        <translation>Action point</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Action points</source>
        <translation>Action points</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Responsible:</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ActivitiesPage</name>
    <message>
        <source>%1 (updating…)</source>
        <translation>%1 (updating…)</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <source>Delete this activity? You can undo this.</source>
        <translation>Delete this activity? You can undo this.</translation>
    </message>
    <message>
        <source>The activity could not be deleted.</source>
        <translation>The activity could not be deleted.</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>From the first month</source>
        <translation>From the first month</translation>
    </message>
    <message>
        <source>To the last month</source>
        <translation>To the last month</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Search organisations, places, sectors, P-codes…</source>
        <translation>Search organisations, places, sectors, P-codes…</translation>
    </message>
    <message>
        <source>Loading the activities…</source>
        <translation>Loading the activities…</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>All places</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <source>Show all places</source>
        <translation>Show all places</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Activities (4W)</source>
        <translation>Activities (4W)</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ActivityEditor</name>
    <message>
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Implementing organisation</source>
        <translation>Implementing organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Reporting month</source>
        <translation>Reporting month</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modality</translation>
    </message>
    <message>
        <source>Population group</source>
        <translation>Population group</translation>
    </message>
    <message>
        <source>People targeted</source>
        <translation>People targeted</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>People reached</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>By sex and age</source>
        <translation>By sex and age</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ActivityLinesModel</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>P-code</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>Targeted</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ActivityTableModel</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>P-code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modality</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>Targeted</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Girls targeted</source>
        <translation>Girls targeted</translation>
    </message>
    <message>
        <source>Boys targeted</source>
        <translation>Boys targeted</translation>
    </message>
    <message>
        <source>Women targeted</source>
        <translation>Women targeted</translation>
    </message>
    <message>
        <source>Men targeted</source>
        <translation>Men targeted</translation>
    </message>
    <message>
        <source>Elderly women targeted</source>
        <translation>Elderly women targeted</translation>
    </message>
    <message>
        <source>Elderly men targeted</source>
        <translation>Elderly men targeted</translation>
    </message>
    <message>
        <source>Girls reached</source>
        <translation>Girls reached</translation>
    </message>
    <message>
        <source>Boys reached</source>
        <translation>Boys reached</translation>
    </message>
    <message>
        <source>Women reached</source>
        <translation>Women reached</translation>
    </message>
    <message>
        <source>Men reached</source>
        <translation>Men reached</translation>
    </message>
    <message>
        <source>Elderly women reached</source>
        <translation>Elderly women reached</translation>
    </message>
    <message>
        <source>Elderly men reached</source>
        <translation>Elderly men reached</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::BackgroundJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The operation failed: %1</source>
        <translation>The operation failed: %1</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>The operation failed.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>Back the database up now: to this computer&apos;s backup folder, or encrypted to a USB stick</source>
        <translation>Back the database up now: to this computer&apos;s backup folder, or encrypted to a USB stick</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Replace the database with one of its backups</source>
        <translation>Replace the database with one of its backups</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Where should the backup go?</source>
        <translation>Where should the backup go?</translation>
    </message>
    <message>
        <source>To the backup folder on this computer</source>
        <translation>To the backup folder on this computer</translation>
    </message>
    <message>
        <source>Encrypted with the office passphrase, to a file (a USB stick for a lost laptop)</source>
        <translation>Encrypted with the office passphrase, to a file (a USB stick for a lost laptop)</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Encrypted backup</translation>
    </message>
    <message>
        <source>Tansiq backups (%1)</source>
        <translation>Tansiq backups (%1)</translation>
    </message>
    <message>
        <source>The office passphrase (the one that protects this office&apos;s keys). The same passphrase restores the backup on another computer.</source>
        <translation>The office passphrase (the one that protects this office&apos;s keys). The same passphrase restores the backup on another computer.</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>The daily backup failed: %1</translation>
    </message>
    <message>
        <source>No backup was made.</source>
        <translation>No backup was made.</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Backup made: %1</translation>
    </message>
    <message>
        <source>The encrypted backup is written to %1 and was read back. Keep it away from this computer; it restores the office, keys included, with the office passphrase.</source>
        <translation>The encrypted backup is written to %1 and was read back. Keep it away from this computer; it restores the office, keys included, with the office passphrase.</translation>
    </message>
    <message>
        <source>The backup is made and checked: %1.</source>
        <translation>The backup is made and checked: %1.</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Restore from a file</translation>
    </message>
    <message>
        <source>Tansiq backups (%1);;All files (*)</source>
        <translation>Tansiq backups (%1);;All files (*)</translation>
    </message>
    <message>
        <source>The office passphrase this backup was encrypted with:</source>
        <translation>The office passphrase this backup was encrypted with:</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Nothing was restored.</translation>
    </message>
    <message>
        <source>Restoring is not available in this window.</source>
        <translation>Restoring is not available in this window.</translation>
    </message>
    <message>
        <source>The database is restored. Records in it — organisations: %1, projects: %2, activities: %3, needs: %4.</source>
        <translation>The database is restored. Records in it — organisations: %1, projects: %2, activities: %3, needs: %4.</translation>
    </message>
    <message>
        <source>The database as it was is kept as a backup (“before a restore”).</source>
        <translation>The database as it was is kept as a backup (“before a restore”).</translation>
    </message>
    <message>
        <source>Sync stays safe: this database now writes under a new replica id, and changes other offices already received from it come back with their next bundles.</source>
        <translation>Sync stays safe: this database now writes under a new replica id, and changes other offices already received from it come back with their next bundles.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::BackupListModel</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::BulletinPage</name>
    <message>
        <source>Save the bulletin</source>
        <translation>Save the bulletin</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <source>The bulletin&apos;s month</source>
        <translation>The bulletin&apos;s month</translation>
    </message>
    <message>
        <source>The bulletin&apos;s language (independent of the interface language)</source>
        <translation>The bulletin&apos;s language (independent of the interface language)</translation>
    </message>
    <message>
        <source>The whole country or one governorate</source>
        <translation>The whole country or one governorate</translation>
    </message>
    <message>
        <source>Arabic-Indic digits</source>
        <translation>Arabic-Indic digits</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Whole country</translation>
    </message>
    <message>
        <source>Choose a month, a language and an area, then Generate. The bulletin is previewed here before you save it.</source>
        <translation>Choose a month, a language and an area, then Generate. The bulletin is previewed here before you save it.</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Computing the figures…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Laying out the pages…</translation>
    </message>
    <message>
        <source>The bulletin could not be made: %1</source>
        <translation>The bulletin could not be made: %1</translation>
    </message>
    <message>
        <source>The bulletin was written but cannot be shown: %1</source>
        <translation>The bulletin was written but cannot be shown: %1</translation>
    </message>
    <message>
        <source>The bulletin was not saved.</source>
        <translation>The bulletin was not saved.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Cannot write “%1”.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Cancelled: no bulletin was made.</source>
        <translation>Cancelled: no bulletin was made.</translation>
    </message>
    <message numerus="yes">
        <source>%n pages. Save as… keeps a copy.</source>
        <translation>
            <numerusform>%n page. Save as… keeps a copy.</numerusform>
            <numerusform>%n pages. Save as… keeps a copy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ColumnMappingModel</name>
    <message>
        <source>— ignore this column —</source>
        <translation>— ignore this column —</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Header in the file</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>4W field</source>
        <translation>4W field</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ColumnMappingPage</name>
    <message>
        <source>The file has no HXL hashtag row. Say which 4W field each column holds; columns you do not need can be ignored. The mapping is remembered for the partner, so next month&apos;s file maps itself.</source>
        <translation>The file has no HXL hashtag row. Say which 4W field each column holds; columns you do not need can be ignored. The mapping is remembered for the partner, so next month&apos;s file maps itself.</translation>
    </message>
    <message>
        <source>Column headers are in row:</source>
        <translation>Column headers are in row:</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ConflictModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Shown now: %1</source>
        <translation>Shown now: %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Changed at office</source>
        <translation>Changed at office</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>kept and edited</source>
        <translation>kept and edited</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>(a linked record)</source>
        <translation>(a linked record)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <translation>Deleted or kept</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>Name (Arabic)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Title (English)</translation>
    </message>
    <message>
        <source>Title (Arabic)</source>
        <translation>Title (Arabic)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Organisation type</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Contact email</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>People in need</source>
        <translation>People in need</translation>
    </message>
    <message>
        <source>Action point</source>
        <translation>Action point</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Working group member</source>
        <translation>Working group member</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Which directorate or authority</source>
        <translation>Which directorate or authority</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>Monitoring visit</source>
        <translation>Monitoring visit</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Meeting cadence</source>
        <translation>Meeting cadence</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::CoordinationEdits</name>
    <message>
        <source>Add working group %1</source>
        <translation>Add working group %1</translation>
    </message>
    <message>
        <source>Edit working group %1</source>
        <translation>Edit working group %1</translation>
    </message>
    <message>
        <source>Add meeting %1</source>
        <translation>Add meeting %1</translation>
    </message>
    <message>
        <source>Edit meeting %1</source>
        <translation>Edit meeting %1</translation>
    </message>
    <message>
        <source>Add action point</source>
        <translation>Add action point</translation>
    </message>
    <message>
        <source>Edit action point</source>
        <translation>Edit action point</translation>
    </message>
    <message>
        <source>Add monitoring visit</source>
        <translation>Add monitoring visit</translation>
    </message>
    <message>
        <source>Edit monitoring visit</source>
        <translation>Edit monitoring visit</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::DashboardCharts</name>
    <message>
        <source>People reached by sector</source>
        <translation>People reached by sector</translation>
    </message>
    <message>
        <source>Activities by reporting month</source>
        <translation>Activities by reporting month</translation>
    </message>
    <message>
        <source>%1: %2 people reached</source>
        <translation>%1: %2 people reached</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::DashboardPage</name>
    <message>
        <source>All of Syria</source>
        <translation>All of Syria</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>People reached</translation>
    </message>
    <message>
        <source>People targeted</source>
        <translation>People targeted</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Overdue action points</source>
        <translation>Overdue action points</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::DatabaseCreator</name>
    <message>
        <source>Creating the database with the Syria gazetteer and demo data…</source>
        <translation>Creating the database with the Syria gazetteer and demo data…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tansiq</source>
        <translation>Tansiq</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::DatabaseLock</name>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>“%1” is already open in another Tansiq window (process %2). Work in that window, or close it and open the file again: two windows writing the same registry would undo each other&apos;s work.</source>
        <translation>“%1” is already open in another Tansiq window (process %2). Work in that window, or close it and open the file again: two windows writing the same registry would undo each other&apos;s work.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened for writing: its folder does not allow Tansiq to create the lock file “%2”. Copy the file to a folder you can write to.</source>
        <translation>“%1” cannot be opened for writing: its folder does not allow Tansiq to create the lock file “%2”. Copy the file to a folder you can write to.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::DrillDialog</name>
    <message>
        <source>Activities behind the figure</source>
        <translation>Activities behind the figure</translation>
    </message>
    <message numerus="yes">
        <source>%n activities; the first %1 are listed.</source>
        <translation>
            <numerusform>%n activity; the first %1 are listed.</numerusform>
            <numerusform>%n activities; the first %1 are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities.</source>
        <translation>
            <numerusform>%n activity.</numerusform>
            <numerusform>%n activities.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tansiq::ui::DuplicationPage</name>
    <message>
        <source>The group was not reopened.</source>
        <translation>The group was not reopened.</translation>
    </message>
    <message>
        <source>Looking for possible duplications…</source>
        <translation>Looking for possible duplications…</translation>
    </message>
    <message>
        <source>Select a group to see its activities.</source>
        <translation>Select a group to see its activities.</translation>
    </message>
    <message>
        <source>Reviewed as complementary: %1</source>
        <translation>Reviewed as complementary: %1</translation>
    </message>
    <message>
        <source>Change the note…</source>
        <translation>Change the note…</translation>
    </message>
    <message>
        <source>Mark complementary…</source>
        <translation>Mark complementary…</translation>
    </message>
    <message>
        <source>The group was not marked complementary.</source>
        <translation>The group was not marked complementary.</translation>
    </message>
    <message>
        <source>The review could not be undone or redone.</source>
        <translation>The review could not be undone or redone.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Write why the group “%1” is complementary: the note is required.</source>
        <translation>Write why the group “%1” is complementary: the note is required.</translation>
    </message>
    <message>
        <source>Mark complementary</source>
        <translation>Mark complementary</translation>
    </message>
    <message>
        <source>Reopen a duplication group</source>
        <translation>Reopen a duplication group</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Open (not reviewed)</source>
        <translation>Open (not reviewed)</translation>
    </message>
    <message>
        <source>Reviewed as complementary</source>
        <translation>Reviewed as complementary</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Remove the “complementary” decision: the group is listed as open again</source>
        <translation>Remove the “complementary” decision: the group is listed as open again</translation>
    </message>
    <message>
        <source>Duplication review</source>
        <translation>Duplication review</translation>
    </message>
    <message numerus="yes">
        <source>%n groups listed. Possible duplications found: %1, of which %2 reviewed as complementary.</source>
        <translation>
            <numerusform>%n group listed. Possible duplications found: %1, of which %2 reviewed as complementary.</numerusform>
            <numerusform>%n groups listed. Possible duplications found: %1, of which %2 reviewed as complementary.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1: %2 activities of %3 organisations, active together on %n days.</source>
        <translation>
            <numerusform>Group %1: %2 activities of %3 organisations, active together on %n day.</numerusform>
            <numerusform>Group %1: %2 activities of %3 organisations, active together on %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All sectors (%1)</source>
        <translation>All sectors (%1)</translation>
    </message>
    <message>
        <source>All of Syria</source>
        <translation>All of Syria</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Sector:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <source>Most likely duplication first</source>
        <translation>Most likely duplication first</translation>
    </message>
    <message>
        <source>Most people reached first</source>
        <translation>Most people reached first</translation>
    </message>
    <message>
        <source>Longest together first</source>
        <translation>Longest together first</translation>
    </message>
    <message>
        <source>By place</source>
        <translation>By place</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>from %1, open-ended</source>
        <translation>from %1, open-ended</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 — %4</source>
        <translation>%1 — %2 — %3 — %4</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::EditorForm</name>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ExportDialog</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Export the 4W</source>
        <translation>Export the 4W</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Nothing was exported; an earlier file of that name is unchanged.
%1</source>
        <translation>Nothing was exported; an earlier file of that name is unchanged.
%1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>CSV (UTF-8, comma separated)</source>
        <translation>CSV (UTF-8, comma separated)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <source>Headers and names:</source>
        <translation>Headers and names:</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Sector:</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>Implementing organisation:</source>
        <translation>Implementing organisation:</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>Only the selected place (no place is selected)</source>
        <translation>Only the selected place (no place is selected)</translation>
    </message>
    <message>
        <source>Only %1 and the places in it</source>
        <translation>Only %1 and the places in it</translation>
    </message>
    <message>
        <source>Only activities active between</source>
        <translation>Only activities active between</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>The file has a header row and the HXL hashtag row. Sensitive activities are written without coordinates, site name and focal point.</source>
        <translation>The file has a header row and the HXL hashtag row. Sensitive activities are written without coordinates, site name and focal point.</translation>
    </message>
    <message numerus="yes">
        <source>%n activities written…</source>
        <translation>
            <numerusform>%n activity written…</numerusform>
            <numerusform>%n activities written…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n activities to %1 (%2 sensitive: written without coordinates, site and focal point).</source>
        <translation>
            <numerusform>Exported %n activity to %1 (%2 sensitive: written without coordinates, site and focal point).</numerusform>
            <numerusform>Exported %n activities to %1 (%2 sensitive: written without coordinates, site and focal point).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as %2.</source>
        <translation>“%1” is not a date; write it as %2.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::FileActions</name>
    <message>
        <source>“%1” was not opened; the registry open until now stays open.</source>
        <translation>“%1” was not opened; the registry open until now stays open.</translation>
    </message>
    <message>
        <source>“%1” was not opened.</source>
        <translation>“%1” was not opened.</translation>
    </message>
    <message>
        <source>&amp;New registry…</source>
        <translation>&amp;New registry…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Recent &amp;files</source>
        <translation>Recent &amp;files</translation>
    </message>
    <message>
        <source>Open &amp;sample data</source>
        <translation>Open &amp;sample data</translation>
    </message>
    <message>
        <source>Show the database &amp;folder</source>
        <translation>Show the database &amp;folder</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>New registry</source>
        <translation>New registry</translation>
    </message>
    <message>
        <source>registry.db</source>
        <translation>registry.db</translation>
    </message>
    <message>
        <source>Tansiq databases (*.db)</source>
        <translation>Tansiq databases (*.db)</translation>
    </message>
    <message>
        <source>Open a registry</source>
        <translation>Open a registry</translation>
    </message>
    <message>
        <source>Tansiq databases (*.db);;All files (*)</source>
        <translation>Tansiq databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Nothing was restored.</translation>
    </message>
    <message>
        <source>The backup could not be copied to a temporary folder.</source>
        <translation>The backup could not be copied to a temporary folder.</translation>
    </message>
    <message>
        <source>The database could not be opened again.</source>
        <translation>The database could not be opened again.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::GapColours</name>
    <message>
        <source>minimal</source>
        <translation>minimal</translation>
    </message>
    <message>
        <source>stress</source>
        <translation>stress</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>severe</translation>
    </message>
    <message>
        <source>extreme</source>
        <translation>extreme</translation>
    </message>
    <message>
        <source>catastrophic</source>
        <translation>catastrophic</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::GapsPage</name>
    <message>
        <source>All sectors</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>%1 places and sectors listed; %2 severe needs (severity 3 or more) have no partner present.</source>
        <translation>%1 places and sectors listed; %2 severe needs (severity 3 or more) have no partner present.</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Sector:</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>Places:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Governorates</source>
        <translation>Governorates</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>Sub-districts</source>
        <translation>Sub-districts</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Communities</translation>
    </message>
    <message>
        <source>Only severe needs without a partner</source>
        <translation>Only severe needs without a partner</translation>
    </message>
    <message>
        <source>Coverage = people reached without double counting (in each place the largest number any partner reports) ÷ people in need. A gap is a severe need (severity 3 or more) with no partner whose activity is under way or done in the period. Selecting a line chooses its place for the other pages.</source>
        <translation>Coverage = people reached without double counting (in each place the largest number any partner reports) ÷ people in need. A gap is a severe need (severity 3 or more) with no partner whose activity is under way or done in the period. Selecting a line chooses its place for the other pages.</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ImportDetectionPage</name>
    <message>
        <source>found in row %1; the data starts in row %2</source>
        <translation>found in row %1; the data starts in row %2</translation>
    </message>
    <message>
        <source>none above the hashtag row</source>
        <translation>none above the hashtag row</translation>
    </message>
    <message>
        <source>rows %1 to %2 (not read)</source>
        <translation>rows %1 to %2 (not read)</translation>
    </message>
    <message>
        <source>not found in the first 25 rows</source>
        <translation>not found in the first 25 rows</translation>
    </message>
    <message>
        <source>row %1 (the columns are mapped from these headers)</source>
        <translation>row %1 (the columns are mapped from these headers)</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>not recognised</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Next: check how the columns are mapped to 4W fields.</source>
        <translation>Next: check how the columns are mapped to 4W fields.</translation>
    </message>
    <message>
        <source>Next: say which 4W field each column holds.</source>
        <translation>Next: say which 4W field each column holds.</translation>
    </message>
    <message>
        <source>Next: review what the import would do.</source>
        <translation>Next: review what the import would do.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>This file cannot be imported: %1</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Read as:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Rows:</translation>
    </message>
    <message>
        <source>HXL hashtag row:</source>
        <translation>HXL hashtag row:</translation>
    </message>
    <message>
        <source>Header rows:</source>
        <translation>Header rows:</translation>
    </message>
    <message>
        <source>4W fields recognised:</source>
        <translation>4W fields recognised:</translation>
    </message>
    <message>
        <source>Columns ignored:</source>
        <translation>Columns ignored:</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ImportFilePage</name>
    <message>
        <source>Choose a 4W spreadsheet</source>
        <translation>Choose a 4W spreadsheet</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <source>Import a partner&apos;s 4W spreadsheet (CSV or XLSX, with or without an HXL hashtag row). Nothing is written until you have reviewed what the import would do.</source>
        <translation>Import a partner&apos;s 4W spreadsheet (CSV or XLSX, with or without an HXL hashtag row). Nothing is written until you have reviewed what the import would do.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Not given: the file names its organisations</source>
        <translation>Not given: the file names its organisations</translation>
    </message>
    <message>
        <source>Optional: the organisation that sent the file. Its remembered column mapping is used, and rows without an implementing organisation are counted as its activities.</source>
        <translation>Optional: the organisation that sent the file. Its remembered column mapping is used, and rows without an implementing organisation are counted as its activities.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ImportReviewPage</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Rows with errors: %1. Correct them in the file (or add what is missing to the registry) and choose the file again: nothing is imported while any row has an error.</source>
        <translation>Rows with errors: %1. Correct them in the file (or add what is missing to the registry) and choose the file again: nothing is imported while any row has an error.</translation>
    </message>
    <message>
        <source>The file has errors: nothing can be imported.</source>
        <translation>The file has errors: nothing can be imported.</translation>
    </message>
    <message>
        <source>Every row is already in the registry as the file has it: importing changes nothing.</source>
        <translation>Every row is already in the registry as the file has it: importing changes nothing.</translation>
    </message>
    <message>
        <source>Import writes %1 new and %2 updated activities in one step: all of them or none.</source>
        <translation>Import writes %1 new and %2 updated activities in one step: all of them or none.</translation>
    </message>
    <message>
        <source>to create</source>
        <translation>to create</translation>
    </message>
    <message>
        <source>to update</source>
        <translation>to update</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>with errors</source>
        <translation>with errors</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>blank</translation>
    </message>
    <message>
        <source>Show only rows with errors or warnings</source>
        <translation>Show only rows with errors or warnings</translation>
    </message>
    <message>
        <source>Choose “Check again” to see what the import does with your choices.</source>
        <translation>Choose “Check again” to see what the import does with your choices.</translation>
    </message>
    <message>
        <source>Proposed: read from row %1 of the file: «%2». Change it if it is wrong.</source>
        <translation>Proposed: read from row %1 of the file: «%2». Change it if it is wrong.</translation>
    </message>
    <message>
        <source>Given for the whole file; rows with their own month keep it.</source>
        <translation>Given for the whole file; rows with their own month keep it.</translation>
    </message>
    <message>
        <source>The file names no month: type the reporting month (%1), then choose “Check again”.</source>
        <translation>The file names no month: type the reporting month (%1), then choose “Check again”.</translation>
    </message>
    <message>
        <source>The file has a month column; a month typed here fills its empty cells.</source>
        <translation>The file has a month column; a month typed here fills its empty cells.</translation>
    </message>
    <message>
        <source>Rows with errors: %1. Resolve the values above and choose “Check again”, or correct the file: nothing is imported while any row has an error.</source>
        <translation>Rows with errors: %1. Resolve the values above and choose “Check again”, or correct the file: nothing is imported while any row has an error.</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>left out</translation>
    </message>
    <message>
        <source>Reporting &amp;month:</source>
        <translation>Reporting &amp;month:</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Check a&amp;gain</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ImportWizard</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Choose the file to import.</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>There is no file “%1”.</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>Reading and checking the file…</translation>
    </message>
    <message>
        <source>%1
Nothing was written.</source>
        <translation>%1
Nothing was written.</translation>
    </message>
    <message>
        <source>Map at least the columns an activity needs: implementing organisation (or choose the partner), sector, place, start date and reporting month.</source>
        <translation>Map at least the columns an activity needs: implementing organisation (or choose the partner), sector, place, start date and reporting month.</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <source>Writing the activities (all or nothing)…</source>
        <translation>Writing the activities (all or nothing)…</translation>
    </message>
    <message>
        <source>The column mapping is remembered for %1: next time its files map themselves.</source>
        <translation>The column mapping is remembered for %1: next time its files map themselves.</translation>
    </message>
    <message>
        <source>Nothing was imported and nothing was written.
%1</source>
        <translation>Nothing was imported and nothing was written.
%1</translation>
    </message>
    <message>
        <source>Import a 4W spreadsheet</source>
        <translation>Import a 4W spreadsheet</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>What the file holds</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Map the columns</translation>
    </message>
    <message>
        <source>Review before importing</source>
        <translation>Review before importing</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was imported: %n activities created, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>“%1” was imported: %n activity created, %2 updated, %3 unchanged.</numerusform>
            <numerusform>“%1” was imported: %n activities created, %2 updated, %3 unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created from the file: %1 organisations and %2 projects.</source>
        <translation>Created from the file: %1 organisations and %2 projects.</translation>
    </message>
    <message>
        <source>Rows left out as you chose: %1.</source>
        <translation>Rows left out as you chose: %1.</translation>
    </message>
    <message>
        <source>Your choices for %1 values are remembered: the next files match them by themselves.</source>
        <translation>Your choices for %1 values are remembered: the next files match them by themselves.</translation>
    </message>
    <message>
        <source>Your choices for %1 values are remembered for %2: its next files match them by themselves.</source>
        <translation>Your choices for %1 values are remembered for %2: its next files match them by themselves.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::InteropActions</name>
    <message>
        <source>&amp;Import 4W spreadsheet…</source>
        <translation>&amp;Import 4W spreadsheet…</translation>
    </message>
    <message>
        <source>Import a partner&apos;s 4W from a CSV or XLSX file, with or without HXL tags</source>
        <translation>Import a partner&apos;s 4W from a CSV or XLSX file, with or without HXL tags</translation>
    </message>
    <message>
        <source>&amp;Export 4W…</source>
        <translation>&amp;Export 4W…</translation>
    </message>
    <message>
        <source>Export the 4W as an HXL-tagged CSV or XLSX file</source>
        <translation>Export the 4W as an HXL-tagged CSV or XLSX file</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::MainWindow</name>
    <message>
        <source>Tansiq — %1</source>
        <translation>Tansiq — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Tansiq — Sample data — %1</source>
        <translation>Tansiq — Sample data — %1</translation>
    </message>
    <message>
        <source>Tansiq — %1 — %2</source>
        <translation>Tansiq — %1 — %2</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <source>Invented data to explore Tansiq. It is not your office&apos;s registry, and nothing from it can be sent to other offices.</source>
        <translation>Invented data to explore Tansiq. It is not your office&apos;s registry, and nothing from it can be sent to other offices.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::MapPage</name>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>People reached</translation>
    </message>
    <message>
        <source>Partners (implementing organisations)</source>
        <translation>Partners (implementing organisations)</translation>
    </message>
    <message>
        <source>Highest severity of needs (1-5)</source>
        <translation>Highest severity of needs (1-5)</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Boundaries: OCHA/UNCS COD-AB via geoBoundaries, CC BY 3.0 IGO</source>
        <translation>Boundaries: OCHA/UNCS COD-AB via geoBoundaries, CC BY 3.0 IGO</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Governorates</source>
        <translation>Governorates</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>Sub-districts</source>
        <translation>Sub-districts</translation>
    </message>
    <message>
        <source>Shaded areas</source>
        <translation>Shaded areas</translation>
    </message>
    <message>
        <source>Proportional symbols</source>
        <translation>Proportional symbols</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Click a place to filter the dashboard, activities and needs; click it again to clear.</source>
        <translation>Click a place to filter the dashboard, activities and needs; click it again to clear.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>From the first month</source>
        <translation>From the first month</translation>
    </message>
    <message>
        <source>To the last month</source>
        <translation>To the last month</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::MapWidget</name>
    <message>
        <source>%1: no data</source>
        <translation>%1: no data</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::MatrixPage</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>People targeted</source>
        <translation>People targeted</translation>
    </message>
    <message>
        <source>People reached (sum of reports)</source>
        <translation>People reached (sum of reports)</translation>
    </message>
    <message>
        <source>People reached (without double counting)</source>
        <translation>People reached (without double counting)</translation>
    </message>
    <message>
        <source>Households reached</source>
        <translation>Households reached</translation>
    </message>
    <message>
        <source>Coverage of people in need</source>
        <translation>Coverage of people in need</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>All of Syria</source>
        <translation>All of Syria</translation>
    </message>
    <message>
        <source>%1 rows × %2 columns; total: %3; %4 activities. Double-click a figure to see its activities.</source>
        <translation>%1 rows × %2 columns; total: %3; %4 activities. Double-click a figure to see its activities.</translation>
    </message>
    <message>
        <source>Export the matrix</source>
        <translation>Export the matrix</translation>
    </message>
    <message>
        <source>matrix.csv</source>
        <translation>matrix.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The matrix was not exported.</source>
        <translation>The matrix was not exported.</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Rows:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Measure:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Sector:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <source>Show all places (the place is chosen on the map, the gaps list or the dashboard)</source>
        <translation>Show all places (the place is chosen on the map, the gaps list or the dashboard)</translation>
    </message>
    <message>
        <source>Show activities</source>
        <translation>Show activities</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Women reached</source>
        <translation>Women reached</translation>
    </message>
    <message>
        <source>Men reached</source>
        <translation>Men reached</translation>
    </message>
    <message>
        <source>Girls reached</source>
        <translation>Girls reached</translation>
    </message>
    <message>
        <source>Boys reached</source>
        <translation>Boys reached</translation>
    </message>
    <message>
        <source>Children reached</source>
        <translation>Children reached</translation>
    </message>
    <message>
        <source>Elderly people reached</source>
        <translation>Elderly people reached</translation>
    </message>
    <message>
        <source>Women targeted</source>
        <translation>Women targeted</translation>
    </message>
    <message>
        <source>Men targeted</source>
        <translation>Men targeted</translation>
    </message>
    <message>
        <source>Girls targeted</source>
        <translation>Girls targeted</translation>
    </message>
    <message>
        <source>Boys targeted</source>
        <translation>Boys targeted</translation>
    </message>
    <message>
        <source>Children targeted</source>
        <translation>Children targeted</translation>
    </message>
    <message>
        <source>Elderly people targeted</source>
        <translation>Elderly people targeted</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::MeetingEditor</name>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Working group (empty: general coordination)</source>
        <translation>Working group (empty: general coordination)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Agenda and minutes</source>
        <translation>Agenda and minutes</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Add decision</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Remove decision</translation>
    </message>
    <message>
        <source>What the selected decision is about (optional)</source>
        <translation>What the selected decision is about (optional)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Need (gap)</source>
        <translation>Need (gap)</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::MeetingsPage</name>
    <message>
        <source>Minutes as PDF</source>
        <translation>Minutes as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>General coordination</source>
        <translation>General coordination</translation>
    </message>
    <message>
        <source>Meetings with overdue action points: %1</source>
        <translation>Meetings with overdue action points: %1</translation>
    </message>
    <message>
        <source>Select a meeting first.</source>
        <translation>Select a meeting first.</translation>
    </message>
    <message>
        <source>The minutes could not be written.</source>
        <translation>The minutes could not be written.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Delete this meeting? Its action points are kept.</source>
        <translation>Delete this meeting? Its action points are kept.</translation>
    </message>
    <message>
        <source>The meeting could not be deleted.</source>
        <translation>The meeting could not be deleted.</translation>
    </message>
    <message>
        <source>In Arabic…</source>
        <translation>In Arabic…</translation>
    </message>
    <message>
        <source>In English…</source>
        <translation>In English…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Action points</source>
        <translation>Action points</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::MessageBoxes</name>
    <message>
        <source>Tansiq</source>
        <translation>Tansiq</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::MonitoringVisitEditor</name>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>New monitoring visit</source>
        <translation>New monitoring visit</translation>
    </message>
    <message>
        <source>Edit monitoring visit</source>
        <translation>Edit monitoring visit</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Visiting organisation</source>
        <translation>Visiting organisation</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Follow-up action points</source>
        <translation>Follow-up action points</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::MonitoringVisitsPage</name>
    <message>
        <source>Activity %1</source>
        <translation>Activity %1</translation>
    </message>
    <message>
        <source>Visits that found serious problems: %1</source>
        <translation>Visits that found serious problems: %1</translation>
    </message>
    <message>
        <source>Visits with overdue follow-up action points: %1</source>
        <translation>Visits with overdue follow-up action points: %1</translation>
    </message>
    <message>
        <source>Add follow-up action point</source>
        <translation>Add follow-up action point</translation>
    </message>
    <message>
        <source>Select a visit first.</source>
        <translation>Select a visit first.</translation>
    </message>
    <message>
        <source>Delete monitoring visit</source>
        <translation>Delete monitoring visit</translation>
    </message>
    <message>
        <source>Delete this monitoring visit? Its follow-up action points are kept.</source>
        <translation>Delete this monitoring visit? Its follow-up action points are kept.</translation>
    </message>
    <message>
        <source>The monitoring visit could not be deleted.</source>
        <translation>The monitoring visit could not be deleted.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Project or activity</source>
        <translation>Project or activity</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Visiting organisation</source>
        <translation>Visiting organisation</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Follow-up action points</source>
        <translation>Follow-up action points</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Monitoring visits</source>
        <translation>Monitoring visits</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::NeedEditor</name>
    <message>
        <source>New need</source>
        <translation>New need</translation>
    </message>
    <message>
        <source>Edit need</source>
        <translation>Edit need</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Severity (1-5)</source>
        <translation>Severity (1-5)</translation>
    </message>
    <message>
        <source>People in need</source>
        <translation>People in need</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Assessed on</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::NeedModel</name>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>P-code</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>People in need</source>
        <translation>People in need</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Assessed on</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::NeedsPage</name>
    <message>
        <source>Delete need</source>
        <translation>Delete need</translation>
    </message>
    <message>
        <source>Delete this need? You can undo this.</source>
        <translation>Delete this need? You can undo this.</translation>
    </message>
    <message>
        <source>The need could not be deleted.</source>
        <translation>The need could not be deleted.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::NoteDialog</name>
    <message>
        <source>Mark complementary</source>
        <translation>Mark complementary</translation>
    </message>
    <message>
        <source>These activities were checked and do not duplicate each other (%1). Write why, for the coordinators who will read this list after you:</source>
        <translation>These activities were checked and do not duplicate each other (%1). Write why, for the coordinators who will read this list after you:</translation>
    </message>
    <message>
        <source>e.g. different neighbourhoods; one trucks water, the other repairs the network</source>
        <translation>e.g. different neighbourhoods; one trucks water, the other repairs the network</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::OfficeKeysWidget</name>
    <message>
        <source>This office: %1 — head office</source>
        <translation>This office: %1 — head office</translation>
    </message>
    <message>
        <source>This office: %1 — field office</source>
        <translation>This office: %1 — field office</translation>
    </message>
    <message>
        <source>To enrol a field office: take its request file, call the office and have them read you their fingerprint, then sign the request and give them the answer file.</source>
        <translation>To enrol a field office: take its request file, call the office and have them read you their fingerprint, then sign the request and give them the answer file.</translation>
    </message>
    <message>
        <source>Enrolled with the head office: bundles can be exchanged.</source>
        <translation>Enrolled with the head office: bundles can be exchanged.</translation>
    </message>
    <message>
        <source>Not yet enrolled. 1. Make an enrolment request and give the file to the head office. 2. Read them this fingerprint by phone. 3. Accept the signed enrolment they give you back.</source>
        <translation>Not yet enrolled. 1. Make an enrolment request and give the file to the head office. 2. Read them this fingerprint by phone. 3. Accept the signed enrolment they give you back.</translation>
    </message>
    <message>
        <source>Creating this office&apos;s keys…</source>
        <translation>Creating this office&apos;s keys…</translation>
    </message>
    <message>
        <source>Office created</source>
        <translation>Office created</translation>
    </message>
    <message>
        <source>“%1” is set up as a field office. Next, make an enrolment request for the head office.</source>
        <translation>“%1” is set up as a field office. Next, make an enrolment request for the head office.</translation>
    </message>
    <message>
        <source>Its fingerprint: %1</source>
        <translation>Its fingerprint: %1</translation>
    </message>
    <message>
        <source>Make enrolment request</source>
        <translation>Make enrolment request</translation>
    </message>
    <message>
        <source>Enrolment requests (*.tqr)</source>
        <translation>Enrolment requests (*.tqr)</translation>
    </message>
    <message>
        <source>This office&apos;s passphrase:</source>
        <translation>This office&apos;s passphrase:</translation>
    </message>
    <message>
        <source>Writing the enrolment request…</source>
        <translation>Writing the enrolment request…</translation>
    </message>
    <message>
        <source>The enrolment request was not written.</source>
        <translation>The enrolment request was not written.</translation>
    </message>
    <message>
        <source>Enrolment request written</source>
        <translation>Enrolment request written</translation>
    </message>
    <message>
        <source>The request was written to %1. Give the file to the head office, then call them and read them this fingerprint:

%2</source>
        <translation>The request was written to %1. Give the file to the head office, then call them and read them this fingerprint:

%2</translation>
    </message>
    <message>
        <source>Accept signed enrolment</source>
        <translation>Accept signed enrolment</translation>
    </message>
    <message>
        <source>Signed enrolments (*.tqa);;All files (*)</source>
        <translation>Signed enrolments (*.tqa);;All files (*)</translation>
    </message>
    <message>
        <source>Checking the signed enrolment…</source>
        <translation>Checking the signed enrolment…</translation>
    </message>
    <message>
        <source>The signed enrolment was not accepted.</source>
        <translation>The signed enrolment was not accepted.</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Sign an enrolment request</source>
        <translation>Sign an enrolment request</translation>
    </message>
    <message>
        <source>Enrolment requests (*.tqr);;All files (*)</source>
        <translation>Enrolment requests (*.tqr);;All files (*)</translation>
    </message>
    <message>
        <source>This enrolment request cannot be used.</source>
        <translation>This enrolment request cannot be used.</translation>
    </message>
    <message>
        <source>Enrolment request from “%1”</source>
        <translation>Enrolment request from “%1”</translation>
    </message>
    <message>
        <source>Save the signed enrolment</source>
        <translation>Save the signed enrolment</translation>
    </message>
    <message>
        <source>Signed enrolments (*.tqa)</source>
        <translation>Signed enrolments (*.tqa)</translation>
    </message>
    <message>
        <source>Signing the enrolment…</source>
        <translation>Signing the enrolment…</translation>
    </message>
    <message>
        <source>The enrolment request was not signed.</source>
        <translation>The enrolment request was not signed.</translation>
    </message>
    <message>
        <source>Office enrolled</source>
        <translation>Office enrolled</translation>
    </message>
    <message>
        <source>“%1” is enrolled. Give it the file %2. When they accept it, read them the head office&apos;s fingerprint:

%3</source>
        <translation>“%1” is enrolled. Give it the file %2. When they accept it, read them the head office&apos;s fingerprint:

%3</translation>
    </message>
    <message>
        <source>Revoke an office</source>
        <translation>Revoke an office</translation>
    </message>
    <message>
        <source>Revoke “%1”?</source>
        <translation>Revoke “%1”?</translation>
    </message>
    <message>
        <source>Bundles from “%1” will be refused by every office once it has imported a bundle from the head office. This cannot be undone: the office would have to be set up and enrolled again.</source>
        <translation>Bundles from “%1” will be refused by every office once it has imported a bundle from the head office. This cannot be undone: the office would have to be set up and enrolled again.</translation>
    </message>
    <message>
        <source>Revoke “%1”</source>
        <translation>Revoke “%1”</translation>
    </message>
    <message>
        <source>Revoking “%1”…</source>
        <translation>Revoking “%1”…</translation>
    </message>
    <message>
        <source>The office was not revoked.</source>
        <translation>The office was not revoked.</translation>
    </message>
    <message>
        <source>Office revoked</source>
        <translation>Office revoked</translation>
    </message>
    <message>
        <source>“%1” is revoked. Send a bundle from the head office to every office so that they refuse its bundles too.</source>
        <translation>“%1” is revoked. Send a bundle from the head office to every office so that they refuse its bundles too.</translation>
    </message>
    <message>
        <source>Office and keys</source>
        <translation>Office and keys</translation>
    </message>
    <message>
        <source>This office&apos;s fingerprint (read it over the phone to confirm who you exchange bundles with):</source>
        <translation>This office&apos;s fingerprint (read it over the phone to confirm who you exchange bundles with):</translation>
    </message>
    <message>
        <source>Make enrolment request…</source>
        <translation>Make enrolment request…</translation>
    </message>
    <message>
        <source>Accept signed enrolment…</source>
        <translation>Accept signed enrolment…</translation>
    </message>
    <message>
        <source>Sign an enrolment request…</source>
        <translation>Sign an enrolment request…</translation>
    </message>
    <message>
        <source>Offices enrolled by the head office:</source>
        <translation>Offices enrolled by the head office:</translation>
    </message>
    <message>
        <source>Revoke office…</source>
        <translation>Revoke office…</translation>
    </message>
    <message>
        <source>Signed enrolment from “%1”</source>
        <translation>Signed enrolment from “%1”</translation>
    </message>
    <message>
        <source>Call the head office “%1” and ask them to read you the fingerprint shown in their Settings. Accept only if it is exactly:

%2

Does it match?</source>
        <translation>Call the head office “%1” and ask them to read you the fingerprint shown in their Settings. Accept only if it is exactly:

%2

Does it match?</translation>
    </message>
    <message>
        <source>Accepting the signed enrolment…</source>
        <translation>Accepting the signed enrolment…</translation>
    </message>
    <message>
        <source>This office is enrolled with the head office “%1”; bundles can now be exchanged.</source>
        <translation>This office is enrolled with the head office “%1”; bundles can now be exchanged.</translation>
    </message>
    <message>
        <source>Office “%1”, office id %2.

Call the office and ask them to read you the fingerprint shown in their Settings. Sign only if it is exactly:

%3

Does it match?</source>
        <translation>Office “%1”, office id %2.

Call the office and ask them to read you the fingerprint shown in their Settings. Sign only if it is exactly:

%3

Does it match?</translation>
    </message>
    <message>
        <source>This network&apos;s root is the head office&apos;s certification key: its file and its own passphrase are asked to sign, renew or revoke an office and to give this computer a new key. Keep the stick apart from this laptop, and a copy in a safe place.</source>
        <translation>This network&apos;s root is the head office&apos;s certification key: its file and its own passphrase are asked to sign, renew or revoke an office and to give this computer a new key. Keep the stick apart from this laptop, and a copy in a safe place.</translation>
    </message>
    <message>
        <source>“%1” is set up as the head office. Its certification key is saved: put that stick away, apart from this laptop.</source>
        <translation>“%1” is set up as the head office. Its certification key is saved: put that stick away, apart from this laptop.</translation>
    </message>
    <message>
        <source>Choose the office in the list first.</source>
        <translation>Choose the office in the list first.</translation>
    </message>
    <message>
        <source>Renew a certificate</source>
        <translation>Renew a certificate</translation>
    </message>
    <message>
        <source>Renew “%1”</source>
        <translation>Renew “%1”</translation>
    </message>
    <message>
        <source>Renewing “%1”…</source>
        <translation>Renewing “%1”…</translation>
    </message>
    <message>
        <source>The certificate was not renewed.</source>
        <translation>The certificate was not renewed.</translation>
    </message>
    <message>
        <source>Certificate renewed</source>
        <translation>Certificate renewed</translation>
    </message>
    <message>
        <source>“%1” has a new certificate, valid until %2. It reaches the office with the next bundle from the head office.</source>
        <translation>“%1” has a new certificate, valid until %2. It reaches the office with the next bundle from the head office.</translation>
    </message>
    <message>
        <source>New key for this computer</source>
        <translation>New key for this computer</translation>
    </message>
    <message>
        <source>This computer gets a new key, certified with the certification key; the old key is retired. What it signed up to now stays valid; anything it signs later is refused by every office that has had a bundle from this computer. Do this on a new laptop after the old one was lost or stolen (restore the last backup first), or to change keys. Then send every office a bundle.

Continue?</source>
        <translation>This computer gets a new key, certified with the certification key; the old key is retired. What it signed up to now stays valid; anything it signs later is refused by every office that has had a bundle from this computer. Do this on a new laptop after the old one was lost or stolen (restore the last backup first), or to change keys. Then send every office a bundle.

Continue?</translation>
    </message>
    <message>
        <source>Certifying a new key…</source>
        <translation>Certifying a new key…</translation>
    </message>
    <message>
        <source>This computer&apos;s key was not changed.</source>
        <translation>This computer&apos;s key was not changed.</translation>
    </message>
    <message>
        <source>This computer now signs with a new key (fingerprint %1); the old one is retired. Use the new passphrase from now on, and send every office a bundle now.</source>
        <translation>This computer now signs with a new key (fingerprint %1); the old one is retired. Use the new passphrase from now on, and send every office a bundle now.</translation>
    </message>
    <message>
        <source>Renew certificate…</source>
        <translation>Renew certificate…</translation>
    </message>
    <message>
        <source>New key for this computer…</source>
        <translation>New key for this computer…</translation>
    </message>
    <message>
        <source>A head office is created with its certification key file and that key&apos;s own passphrase; nothing was created. Type the office passphrase again to start over.</source>
        <translation>A head office is created with its certification key file and that key&apos;s own passphrase; nothing was created. Type the office passphrase again to start over.</translation>
    </message>
    <message>
        <source>This head office was set up before certification keys: its own key is the network&apos;s root, so its passphrase signs, renews and revokes. Moving it to a certification key is not possible yet: every field office would have to enrol again with a new head office. If this laptop is lost, that is also the way back.</source>
        <translation>This head office was set up before certification keys: its own key is the network&apos;s root, so its passphrase signs, renews and revokes. Moving it to a certification key is not possible yet: every field office would have to enrol again with a new head office. If this laptop is lost, that is also the way back.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::OfficeListModel</name>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Head office</translation>
    </message>
    <message>
        <source>Field office</source>
        <translation>Field office</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Last bundle sent</source>
        <translation>Last bundle sent</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>Last bundle received</translation>
    </message>
    <message>
        <source>Changes it confirmed</source>
        <translation>Changes it confirmed</translation>
    </message>
    <message>
        <source>Changes not yet confirmed</source>
        <translation>Changes not yet confirmed</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::OfficeSetupForm</name>
    <message>
        <source>Give this office a name (for example “Aleppo field office”).</source>
        <translation>Give this office a name (for example “Aleppo field office”).</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>The two passphrases are not the same. Type them again.</translation>
    </message>
    <message>
        <source>This installation is not an office yet. Create it here to exchange bundles: the head office once, every field office on its own laptop.</source>
        <translation>This installation is not an office yet. Create it here to exchange bundles: the head office once, every field office on its own laptop.</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>This installation is the head office</source>
        <translation>This installation is the head office</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Create this office</source>
        <translation>Create this office</translation>
    </message>
    <message>
        <source>At least %1 characters, not a common password: a few unrelated words are best. It protects this office&apos;s keys and is asked for every bundle. Nobody can recover it: keep it safe.</source>
        <translation>At least %1 characters, not a common password: a few unrelated words are best. It protects this office&apos;s keys and is asked for every bundle. Nobody can recover it: keep it safe.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::OrganisationEditor</name>
    <message>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Contact email</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Registration no. recorded before registrations were kept: %1. Add it as a registration with its authority and dates; the old number stays as it was.</source>
        <translation>Registration no. recorded before registrations were kept: %1. Add it as a registration with its authority and dates; the old number stays as it was.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::OrganisationModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Overdue action points:</source>
        <translation>Overdue action points:</translation>
    </message>
    <message>
        <source>Overdue action points</source>
        <translation>Overdue action points</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::OrganisationsPage</name>
    <message>
        <source>Delete organisation</source>
        <translation>Delete organisation</translation>
    </message>
    <message>
        <source>Delete the organisation %1? You can undo this.</source>
        <translation>Delete the organisation %1? You can undo this.</translation>
    </message>
    <message>
        <source>The organisation could not be deleted.</source>
        <translation>The organisation could not be deleted.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Overdue action points (%1)</source>
        <translation>Overdue action points (%1)</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::PathField</name>
    <message>
        <source>Copy path</source>
        <translation>Copy path</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::PeopleBreakdownGrid</name>
    <message>
        <source>%1 (from the breakdown)</source>
        <translation>%1 (from the breakdown)</translation>
    </message>
    <message>
        <source>People reached is %1, but the breakdown adds up to %2.</source>
        <translation>People reached is %1, but the breakdown adds up to %2.</translation>
    </message>
    <message>
        <source>People targeted is %1, but the breakdown adds up to %2.</source>
        <translation>People targeted is %1, but the breakdown adds up to %2.</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Girls</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Boys</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Elderly women</source>
        <translation>Elderly women</translation>
    </message>
    <message>
        <source>Elderly men</source>
        <translation>Elderly men</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>Targeted</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::PivotCsv</name>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Could not write “%1”: %2</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::PlaceChip</name>
    <message>
        <source>Place: %1 ✕</source>
        <translation>Place: %1 ✕</translation>
    </message>
    <message>
        <source>Only %1 is shown here, as chosen on the map. Click to show every place again.</source>
        <translation>Only %1 is shown here, as chosen on the map. Click to show every place again.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::PlacePicker</name>
    <message>
        <source>Type a place name or P-code</source>
        <translation>Type a place name or P-code</translation>
    </message>
    <message>
        <source>governorate</source>
        <translation>governorate</translation>
    </message>
    <message>
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <source>sub-district</source>
        <translation>sub-district</translation>
    </message>
    <message>
        <source>community</source>
        <translation>community</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ProjectEditor</name>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Edit project</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Title in English</translation>
    </message>
    <message>
        <source>Title in Arabic</source>
        <translation>Title in Arabic</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ProjectModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ProjectsPage</name>
    <message>
        <source>Delete project</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <source>Delete the project %1? You can undo this.</source>
        <translation>Delete the project %1? You can undo this.</translation>
    </message>
    <message>
        <source>The project could not be deleted.</source>
        <translation>The project could not be deleted.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::RecordEdits</name>
    <message>
        <source>Add organisation %1</source>
        <translation>Add organisation %1</translation>
    </message>
    <message>
        <source>Edit organisation %1</source>
        <translation>Edit organisation %1</translation>
    </message>
    <message>
        <source>Add project %1</source>
        <translation>Add project %1</translation>
    </message>
    <message>
        <source>Edit project %1</source>
        <translation>Edit project %1</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>Add need</translation>
    </message>
    <message>
        <source>Edit need</source>
        <translation>Edit need</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Delete organisation</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <source>Delete need</source>
        <translation>Delete need</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::RecordListPage</name>
    <message>
        <source>Search (Arabic or English)</source>
        <translation>Search (Arabic or English)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <source>%1 of %2 records shown</source>
        <translation>%1 of %2 records shown</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::RegistrationFollowUp</name>
    <message>
        <source>Registrations to follow up: none. Every active partner has a current registration.</source>
        <translation>Registrations to follow up: none. Every active partner has a current registration.</translation>
    </message>
    <message>
        <source>Registrations to follow up (expired, expiring within 60 days, or missing): %1</source>
        <translation>Registrations to follow up (expired, expiring within 60 days, or missing): %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>What to follow up</source>
        <translation>What to follow up</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::RegistrationRows</name>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Which directorate or authority</source>
        <translation>Which directorate or authority</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No registration recorded. Partners must be registered with the Ministry of Social Affairs and Labour or one of its directorates.</source>
        <translation>No registration recorded. Partners must be registered with the Ministry of Social Affairs and Labour or one of its directorates.</translation>
    </message>
    <message>
        <source>Add registration</source>
        <translation>Add registration</translation>
    </message>
    <message>
        <source>Remove this registration</source>
        <translation>Remove this registration</translation>
    </message>
    <message>
        <source>Date of registration (or of the application, when pending)</source>
        <translation>Date of registration (or of the application, when pending)</translation>
    </message>
    <message>
        <source>Leave empty when the registration does not expire</source>
        <translation>Leave empty when the registration does not expire</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>From a file…</translation>
    </message>
    <message>
        <source>There is no backup of this database in %1 yet. Choose “From a file…” to restore one from a USB stick.</source>
        <translation>There is no backup of this database in %1 yet. Choose “From a file…” to restore one from a USB stick.</translation>
    </message>
    <message>
        <source>Backups of this database, newest first (kept in %1). Restoring backs the database up as it is now, then replaces it.</source>
        <translation>Backups of this database, newest first (kept in %1). Restoring backs the database up as it is now, then replaces it.</translation>
    </message>
    <message>
        <source>Restore the backup made on %1 (%2)?

Records in it — organisations: %3, projects: %4, activities: %5, needs: %6.

The database as it is now is backed up first, then replaced. Changes made since that backup which were already sent to other offices come back with their next bundles.</source>
        <translation>Restore the backup made on %1 (%2)?

Records in it — organisations: %3, projects: %4, activities: %5, needs: %6.

The database as it is now is backed up first, then replaced. Changes made since that backup which were already sent to other offices come back with their next bundles.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::SettingsPage</name>
    <message>
        <source>The office name cannot be empty.</source>
        <translation>The office name cannot be empty.</translation>
    </message>
    <message>
        <source>The office name could not be saved.</source>
        <translation>The office name could not be saved.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Digits</translation>
    </message>
    <message>
        <source>As the language (Arabic-Indic in Arabic)</source>
        <translation>As the language (Arabic-Indic in Arabic)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>Arabic-Indic (٠١٢٣)</translation>
    </message>
    <message>
        <source>Latin (0123)</source>
        <translation>Latin (0123)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Tansiq %1 — coordination of humanitarian activities (4W), offline first.
Boundaries: OCHA/UNCS COD-AB via geoBoundaries, CC BY 3.0 IGO. Gazetteer: OpenSyria Data Geography, CC BY 4.0. Font: Noto Sans Arabic, SIL Open Font License.</source>
        <translation>Tansiq %1 — coordination of humanitarian activities (4W), offline first.
Boundaries: OCHA/UNCS COD-AB via geoBoundaries, CC BY 3.0 IGO. Gazetteer: OpenSyria Data Geography, CC BY 4.0. Font: Noto Sans Arabic, SIL Open Font License.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::StartPanel</name>
    <message>
        <source>This registry has no activities yet</source>
        <translation>This registry has no activities yet</translation>
    </message>
    <message>
        <source>Start with the partners&apos; 4W tables, add activities one by one, or explore Tansiq with invented sample data.</source>
        <translation>Start with the partners&apos; 4W tables, add activities one by one, or explore Tansiq with invented sample data.</translation>
    </message>
    <message>
        <source>Import a 4W table…</source>
        <translation>Import a 4W table…</translation>
    </message>
    <message>
        <source>Add an activity…</source>
        <translation>Add an activity…</translation>
    </message>
    <message>
        <source>Open the sample data</source>
        <translation>Open the sample data</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::SyncMessages</name>
    <message>
        <source>The bundle for “%1” was written to %2 and read back correctly: %3 changes in %4 batches (%5 bytes).

It is safe to remove the stick.</source>
        <translation>The bundle for “%1” was written to %2 and read back correctly: %3 changes in %4 batches (%5 bytes).

It is safe to remove the stick.</translation>
    </message>
    <message>
        <source>This bundle from “%1” was already imported before. Nothing changed.</source>
        <translation>This bundle from “%1” was already imported before. Nothing changed.</translation>
    </message>
    <message>
        <source>Bundle from “%1” imported.</source>
        <translation>Bundle from “%1” imported.</translation>
    </message>
    <message>
        <source>Changes applied: %1</source>
        <translation>Changes applied: %1</translation>
    </message>
    <message>
        <source>Already had: %1</source>
        <translation>Already had: %1</translation>
    </message>
    <message>
        <source>Conflicts to review: %1</source>
        <translation>Conflicts to review: %1</translation>
    </message>
    <message>
        <source>Waiting for earlier bundles: %1</source>
        <translation>Waiting for earlier bundles: %1</translation>
    </message>
    <message>
        <source>Two offices changed the same field. Every office shows the same value; review the conflicts on this page and keep the right one.</source>
        <translation>Two offices changed the same field. Every office shows the same value; review the conflicts on this page and keep the right one.</translation>
    </message>
    <message>
        <source>Some changes depend on a bundle that has not arrived yet. They will be applied when it is imported.</source>
        <translation>Some changes depend on a bundle that has not arrived yet. They will be applied when it is imported.</translation>
    </message>
    <message>
        <source>%1 batches were held back: their clock is more than 48 hours ahead of this computer&apos;s. Ask the sender to check the computer&apos;s date and time.</source>
        <translation>%1 batches were held back: their clock is more than 48 hours ahead of this computer&apos;s. Ask the sender to check the computer&apos;s date and time.</translation>
    </message>
    <message>
        <source>Warning: %1 batches contradict changes received earlier from the same database (a copied or restored database). They were set aside.</source>
        <translation>Warning: %1 batches contradict changes received earlier from the same database (a copied or restored database). They were set aside.</translation>
    </message>
    <message>
        <source>%1 changes are for data this version of Tansiq does not know; they are kept and will apply after an update.</source>
        <translation>%1 changes are for data this version of Tansiq does not know; they are kept and will apply after an update.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Bundles imported: %1</source>
        <translation>Bundles imported: %1</translation>
    </message>
    <message>
        <source>Already imported before: %1</source>
        <translation>Already imported before: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Not imported (cancelled): %1</source>
        <translation>Not imported (cancelled): %1</translation>
    </message>
    <message>
        <source>A safety backup of the database was kept before the first change; restoring it undoes this whole import.</source>
        <translation>A safety backup of the database was kept before the first change; restoring it undoes this whole import.</translation>
    </message>
    <message>
        <source>%1: imported, from “%2”. Changes applied: %3; already had: %4; conflicts to review: %5; waiting for earlier bundles: %6.</source>
        <translation>%1: imported, from “%2”. Changes applied: %3; already had: %4; conflicts to review: %5; waiting for earlier bundles: %6.</translation>
    </message>
    <message>
        <source>%1: this bundle from “%2” was already imported before; nothing changed.</source>
        <translation>%1: this bundle from “%2” was already imported before; nothing changed.</translation>
    </message>
    <message>
        <source>%1: refused, nothing was changed by it. %2</source>
        <translation>%1: refused, nothing was changed by it. %2</translation>
    </message>
    <message>
        <source>%1: not imported, the import was cancelled before it.</source>
        <translation>%1: not imported, the import was cancelled before it.</translation>
    </message>
    <message>
        <source>The bundles are imported, but tidying the change log afterwards failed; the next import does it. %1</source>
        <translation>The bundles are imported, but tidying the change log afterwards failed; the next import does it. %1</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::SyncPage</name>
    <message>
        <source>%1 (head office)</source>
        <translation>%1 (head office)</translation>
    </message>
    <message>
        <source>This installation is not set up as an office yet. To exchange bundles with other offices, create this office (or enrol it with the head office) in Settings → Office and keys.</source>
        <translation>This installation is not set up as an office yet. To exchange bundles with other offices, create this office (or enrol it with the head office) in Settings → Office and keys.</translation>
    </message>
    <message>
        <source>This office: %1 — head office</source>
        <translation>This office: %1 — head office</translation>
    </message>
    <message>
        <source>This office: %1 — field office</source>
        <translation>This office: %1 — field office</translation>
    </message>
    <message>
        <source>Not yet enrolled with the head office: make an enrolment request in Settings → Office and keys and give it to the head office.</source>
        <translation>Not yet enrolled with the head office: make an enrolment request in Settings → Office and keys and give it to the head office.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <source>Changes known here: %1</source>
        <translation>Changes known here: %1</translation>
    </message>
    <message>
        <source>Waiting for earlier bundles: %1</source>
        <translation>Waiting for earlier bundles: %1</translation>
    </message>
    <message>
        <source>Held back (sender&apos;s clock ahead): %1</source>
        <translation>Held back (sender&apos;s clock ahead): %1</translation>
    </message>
    <message>
        <source>Set aside (copied or restored database): %1</source>
        <translation>Set aside (copied or restored database): %1</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alert: %1</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>Conflicts to review (%1)</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>No conflicts to review.</translation>
    </message>
    <message>
        <source>Two offices changed the same field at the same time. Every office already shows the same value; choose the right one and press “Keep this value”. The decision travels with the next bundles.</source>
        <translation>Two offices changed the same field at the same time. Every office already shows the same value; choose the right one and press “Keep this value”. The decision travels with the next bundles.</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Keep this value</translation>
    </message>
    <message>
        <source>Keep the value shown now</source>
        <translation>Keep the value shown now</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <source>There is no other office to send a bundle to yet. Set up this office and enrol it with the head office in Settings → Office and keys.</source>
        <translation>There is no other office to send a bundle to yet. Set up this office and enrol it with the head office in Settings → Office and keys.</translation>
    </message>
    <message>
        <source>Which office is the bundle for?</source>
        <translation>Which office is the bundle for?</translation>
    </message>
    <message>
        <source>Export bundle for “%1”</source>
        <translation>Export bundle for “%1”</translation>
    </message>
    <message>
        <source>Tansiq bundles (*.tqb)</source>
        <translation>Tansiq bundles (*.tqb)</translation>
    </message>
    <message>
        <source>This office&apos;s passphrase:</source>
        <translation>This office&apos;s passphrase:</translation>
    </message>
    <message>
        <source>Exporting a bundle for “%1”…</source>
        <translation>Exporting a bundle for “%1”…</translation>
    </message>
    <message>
        <source>The bundle was not exported.</source>
        <translation>The bundle was not exported.</translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Bundle exported</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <source>Importing a bundle…</source>
        <translation>Importing a bundle…</translation>
    </message>
    <message>
        <source>The bundle was not imported. Nothing was changed.</source>
        <translation>The bundle was not imported. Nothing was changed.</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Bundle imported</translation>
    </message>
    <message>
        <source>The conflict could not be resolved.</source>
        <translation>The conflict could not be resolved.</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>This office</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Open Settings</translation>
    </message>
    <message>
        <source>Other offices</source>
        <translation>Other offices</translation>
    </message>
    <message>
        <source>Export bundle for…</source>
        <translation>Export bundle for…</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>Import bundle…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Import bundles</translation>
    </message>
    <message>
        <source>Tansiq bundles (*.tqb *.tansiq);;All files (*)</source>
        <translation>Tansiq bundles (*.tqb *.tansiq);;All files (*)</translation>
    </message>
    <message>
        <source>There is no Tansiq bundle (.tqb) in what was chosen.</source>
        <translation>There is no Tansiq bundle (.tqb) in what was chosen.</translation>
    </message>
    <message>
        <source>Importing %1 bundles…</source>
        <translation>Importing %1 bundles…</translation>
    </message>
    <message>
        <source>The bundles were not imported. Nothing was changed.</source>
        <translation>The bundles were not imported. Nothing was changed.</translation>
    </message>
    <message>
        <source>Bundles imported</source>
        <translation>Bundles imported</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::SyncProgressPanel</name>
    <message>
        <source>Cancelling… the operation stops at its next safe point.</source>
        <translation>Cancelling… the operation stops at its next safe point.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ValueChoicesPanel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modality</translation>
    </message>
    <message>
        <source>Population group</source>
        <translation>Population group</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>create it</source>
        <translation>create it</translation>
    </message>
    <message>
        <source>leave these rows out</source>
        <translation>leave these rows out</translation>
    </message>
    <message>
        <source>— to choose —</source>
        <translation>— to choose —</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Written in the file</source>
        <translation>Written in the file</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Your choice</translation>
    </message>
    <message>
        <source>Values that matched nothing in the registry</source>
        <translation>Values that matched nothing in the registry</translation>
    </message>
    <message>
        <source>For each value, take a suggestion, pick any known value, create it, or leave its rows out; then choose “Check again”. Your choices are remembered for this partner, so its next files match by themselves.</source>
        <translation>For each value, take a suggestion, pick any known value, create it, or leave its rows out; then choose “Check again”. Your choices are remembered for this partner, so its next files match by themselves.</translation>
    </message>
    <message>
        <source>Suggestion:</source>
        <translation>Suggestion:</translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation>Use suggestion</translation>
    </message>
    <message>
        <source>Create it</source>
        <translation>Create it</translation>
    </message>
    <message>
        <source>Leave these rows out</source>
        <translation>Leave these rows out</translation>
    </message>
    <message>
        <source>Or pick any known value:</source>
        <translation>Or pick any known value:</translation>
    </message>
    <message>
        <source>Type to filter (Arabic or Latin)</source>
        <translation>Type to filter (Arabic or Latin)</translation>
    </message>
    <message>
        <source>Use picked value</source>
        <translation>Use picked value</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::WorkingGroupEditor</name>
    <message>
        <source>New working group</source>
        <translation>New working group</translation>
    </message>
    <message>
        <source>Edit working group</source>
        <translation>Edit working group</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>Arabic name</translation>
    </message>
    <message>
        <source>Sector (empty: cross-sector)</source>
        <translation>Sector (empty: cross-sector)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Meets</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <source>Co-lead organisation</source>
        <translation>Co-lead organisation</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::WorkingGroupsPage</name>
    <message>
        <source>Cross-sector</source>
        <translation>Cross-sector</translation>
    </message>
    <message>
        <source>Working groups with overdue action points: %1. Select one to see them.</source>
        <translation>Working groups with overdue action points: %1. Select one to see them.</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, due %3</translation>
    </message>
    <message>
        <source>Overdue action points of this group:</source>
        <translation>Overdue action points of this group:</translation>
    </message>
    <message>
        <source>Delete working group</source>
        <translation>Delete working group</translation>
    </message>
    <message>
        <source>Delete this working group? Its meetings are kept.</source>
        <translation>Delete this working group? Its meetings are kept.</translation>
    </message>
    <message>
        <source>The working group could not be deleted.</source>
        <translation>The working group could not be deleted.</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Co-lead</source>
        <translation>Co-lead</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Overdue action points</source>
        <translation>Overdue action points</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Working groups</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::bundles</name>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>office</source>
        <translation>office</translation>
    </message>
    <message>
        <source>This office is not in the roster.</source>
        <translation>This office is not in the roster.</translation>
    </message>
    <message>
        <source>Unlocking this office&apos;s keys…</source>
        <translation>Unlocking this office&apos;s keys…</translation>
    </message>
    <message>
        <source>Collecting the changes “%1” does not have…</source>
        <translation>Collecting the changes “%1” does not have…</translation>
    </message>
    <message>
        <source>Writing the bundle to %1…</source>
        <translation>Writing the bundle to %1…</translation>
    </message>
    <message>
        <source>Reading the bundle back to check it…</source>
        <translation>Reading the bundle back to check it…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Checking and applying the changes…</source>
        <translation>Checking and applying the changes…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Bundle %1 of %2: checking and applying %3…</source>
        <translation>Bundle %1 of %2: checking and applying %3…</translation>
    </message>
    <message>
        <source>Finishing the import…</source>
        <translation>Finishing the import…</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::certification</name>
    <message>
        <source>Certification keys (*.key);;All files (*)</source>
        <translation>Certification keys (*.key);;All files (*)</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>passphrase</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Nothing was changed.</source>
        <translation>The two passphrases are not the same. Nothing was changed.</translation>
    </message>
    <message>
        <source>The head office&apos;s passphrase:</source>
        <translation>The head office&apos;s passphrase:</translation>
    </message>
    <message>
        <source>%1 — the certification key file (on its own stick)</source>
        <translation>%1 — the certification key file (on its own stick)</translation>
    </message>
    <message>
        <source>This certification key cannot be used.</source>
        <translation>This certification key cannot be used.</translation>
    </message>
    <message>
        <source>The certification key&apos;s passphrase (not the office passphrase):</source>
        <translation>The certification key&apos;s passphrase (not the office passphrase):</translation>
    </message>
    <message>
        <source>Save the certification key</source>
        <translation>Save the certification key</translation>
    </message>
    <message>
        <source>A passphrase for the certification key, its own (at least %1 characters):</source>
        <translation>A passphrase for the certification key, its own (at least %1 characters):</translation>
    </message>
    <message>
        <source>The certification key&apos;s passphrase again:</source>
        <translation>The certification key&apos;s passphrase again:</translation>
    </message>
    <message>
        <source>The certification key was not created.</source>
        <translation>The certification key was not created.</translation>
    </message>
    <message>
        <source>A new passphrase for this office&apos;s keys (at least %1 characters; whoever has the old laptop may know the old one):</source>
        <translation>A new passphrase for this office&apos;s keys (at least %1 characters; whoever has the old laptop may know the old one):</translation>
    </message>
    <message>
        <source>The new passphrase again:</source>
        <translation>The new passphrase again:</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::offices</name>
    <message>
        <source>office name</source>
        <translation>office name</translation>
    </message>
    <message>
        <source>Give the office a name.</source>
        <translation>Give the office a name.</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>fingerprint</translation>
    </message>
    <message>
        <source>The request&apos;s fingerprint is %1, not the %2 you confirmed: the file changed. Nothing was signed.</source>
        <translation>The request&apos;s fingerprint is %1, not the %2 you confirmed: the file changed. Nothing was signed.</translation>
    </message>
    <message>
        <source>certification key passphrase</source>
        <translation>certification key passphrase</translation>
    </message>
    <message>
        <source>The certification key needs a passphrase of its own, not the office&apos;s: whoever learns the office passphrase must not be able to open the key.</source>
        <translation>The certification key needs a passphrase of its own, not the office&apos;s: whoever learns the office passphrase must not be able to open the key.</translation>
    </message>
    <message>
        <source>certification key</source>
        <translation>certification key</translation>
    </message>
    <message>
        <source>This head office has no certification key: it was set up before certification keys, and its own key is the network&apos;s root. Nothing was changed.</source>
        <translation>This head office has no certification key: it was set up before certification keys, and its own key is the network&apos;s root. Nothing was changed.</translation>
    </message>
    <message>
        <source>“%1” is the certification key “%2” (fingerprint %3), not this network&apos;s (fingerprint %4). Nothing was changed.</source>
        <translation>“%1” is the certification key “%2” (fingerprint %3), not this network&apos;s (fingerprint %4). Nothing was changed.</translation>
    </message>
    <message>
        <source>Choose where to save the certification key file.</source>
        <translation>Choose where to save the certification key file.</translation>
    </message>
    <message>
        <source>There is already a file at %1; a certification key is never written over another file. Choose another name. Nothing was changed.</source>
        <translation>There is already a file at %1; a certification key is never written over another file. Choose another name. Nothing was changed.</translation>
    </message>
    <message>
        <source>This installation is already set up as an office.</source>
        <translation>This installation is already set up as an office.</translation>
    </message>
    <message>
        <source>The certification key could not be protected (not enough memory for the passphrase hash). Nothing was written.</source>
        <translation>The certification key could not be protected (not enough memory for the passphrase hash). Nothing was written.</translation>
    </message>
    <message>
        <source>A new key for this computer is certified with the certification key file.</source>
        <translation>A new key for this computer is certified with the certification key file.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::setup</name>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>There is already a file at “%1”: choose another name, or open it with File → Open.</source>
        <translation>There is already a file at “%1”: choose another name, or open it with File → Open.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::setup::CertificationKeyStep</name>
    <message>
        <source>Choose where to save the certification key, for example on a USB stick that you keep apart from this laptop.</source>
        <translation>Choose where to save the certification key, for example on a USB stick that you keep apart from this laptop.</translation>
    </message>
    <message>
        <source>There is already a file at “%1”: a certification key is never written over another file. Choose another name.</source>
        <translation>There is already a file at “%1”: a certification key is never written over another file. Choose another name.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the second one again.</source>
        <translation>The two passphrases are not the same. Type the second one again.</translation>
    </message>
    <message>
        <source>The head office&apos;s certification key</source>
        <translation>The head office&apos;s certification key</translation>
    </message>
    <message>
        <source>Every field office trusts this key: it certifies the offices and the list of revoked ones. It is saved in a file of its own, with a passphrase of its own. Save it on a USB stick that you keep apart from this laptop, and keep a copy in a safe place. If the laptop is lost or stolen, this key gives the head office a new one without enrolling every office again.</source>
        <translation>Every field office trusts this key: it certifies the offices and the list of revoked ones. It is saved in a file of its own, with a passphrase of its own. Save it on a USB stick that you keep apart from this laptop, and keep a copy in a safe place. If the laptop is lost or stolen, this key gives the head office a new one without enrolling every office again.</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>Not chosen yet.</source>
        <translation>Not chosen yet.</translation>
    </message>
    <message>
        <source>Choose where to save it…</source>
        <translation>Choose where to save it…</translation>
    </message>
    <message>
        <source>Choose another place…</source>
        <translation>Choose another place…</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Key passphrase</translation>
    </message>
    <message>
        <source>Key passphrase again</source>
        <translation>Key passphrase again</translation>
    </message>
    <message>
        <source>At least %1 characters, not a common password, and not the office passphrase. It is asked only to enrol, renew or revoke an office, or to give the head office a new key. Keep it apart from the stick.</source>
        <translation>At least %1 characters, not a common password, and not the office passphrase. It is asked only to enrol, renew or revoke an office, or to give the head office a new key. Keep it apart from the stick.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::setup::ChoiceStep</name>
    <message>
        <source>How do you want to start?</source>
        <translation>How do you want to start?</translation>
    </message>
    <message>
        <source>Your office&apos;s registry holds only what your office enters or receives from other offices. Sample data lives in a file of its own.</source>
        <translation>Your office&apos;s registry holds only what your office enters or receives from other offices. Sample data lives in a file of its own.</translation>
    </message>
    <message>
        <source>Set up this office&apos;s registry</source>
        <translation>Set up this office&apos;s registry</translation>
    </message>
    <message>
        <source>Starts with the places of Syria (governorates to communities, with their P-codes) and the sector and activity lists, and no organisations, projects or activities yet. For a head office or a field office.</source>
        <translation>Starts with the places of Syria (governorates to communities, with their P-codes) and the sector and activity lists, and no organisations, projects or activities yet. For a head office or a field office.</translation>
    </message>
    <message>
        <source>Explore with sample data</source>
        <translation>Explore with sample data</translation>
    </message>
    <message>
        <source>A separate file with invented partners, projects and activities, to try every page. It is never your registry, and nothing from it can be sent to other offices.</source>
        <translation>A separate file with invented partners, projects and activities, to try every page. It is never your registry, and nothing from it can be sent to other offices.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::setup::LanguageStep</name>
    <message>
        <source>Welcome to Tansiq</source>
        <translation>Welcome to Tansiq</translation>
    </message>
    <message>
        <source>Tansiq keeps your coordination office&apos;s 4W registry: who does what, where and when. It works without the internet; offices exchange their changes on USB sticks.</source>
        <translation>Tansiq keeps your coordination office&apos;s 4W registry: who does what, where and when. It works without the internet; offices exchange their changes on USB sticks.</translation>
    </message>
    <message>
        <source>In which language do you want to work? You can change it later in Settings.</source>
        <translation>In which language do you want to work? You can change it later in Settings.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::setup::OfficeStep</name>
    <message>
        <source>Give the office&apos;s name in Arabic (for example «مكتب حلب الميداني»).</source>
        <translation>Give the office&apos;s name in Arabic (for example «مكتب حلب الميداني»).</translation>
    </message>
    <message>
        <source>The passphrase is too short: it has %1 characters and needs at least %2. A few words that belong together are easy to remember and hard to guess.</source>
        <translation>The passphrase is too short: it has %1 characters and needs at least %2. A few words that belong together are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the second one again.</source>
        <translation>The two passphrases are not the same. Type the second one again.</translation>
    </message>
    <message>
        <source>This office&apos;s registry</source>
        <translation>This office&apos;s registry</translation>
    </message>
    <message>
        <source>The registry will be saved as “%1”.</source>
        <translation>The registry will be saved as “%1”.</translation>
    </message>
    <message>
        <source>Office name (Arabic)</source>
        <translation>Office name (Arabic)</translation>
    </message>
    <message>
        <source>for example: مكتب دير الزور الميداني</source>
        <translation>for example: مكتب دير الزور الميداني</translation>
    </message>
    <message>
        <source>Office name (English, optional)</source>
        <translation>Office name (English, optional)</translation>
    </message>
    <message>
        <source>for example: Deir-ez-Zor field office</source>
        <translation>for example: Deir-ez-Zor field office</translation>
    </message>
    <message>
        <source>This office is</source>
        <translation>This office is</translation>
    </message>
    <message>
        <source>a field office</source>
        <translation>a field office</translation>
    </message>
    <message>
        <source>It is enrolled by the head office: after this step you save an enrolment request, for example on a USB stick, and read its fingerprint to the head office by phone.</source>
        <translation>It is enrolled by the head office: after this step you save an enrolment request, for example on a USB stick, and read its fingerprint to the head office by phone.</translation>
    </message>
    <message>
        <source>the head office</source>
        <translation>the head office</translation>
    </message>
    <message>
        <source>There is one head office: it enrols the field offices and signs their certificates.</source>
        <translation>There is one head office: it enrols the field offices and signs their certificates.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>At least %1 characters. It protects this office&apos;s keys and is asked for every bundle. Nobody can recover it: keep it somewhere safe.</source>
        <translation>At least %1 characters. It protects this office&apos;s keys and is asked for every bundle. Nobody can recover it: keep it somewhere safe.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::setup::ReadyStep</name>
    <message>
        <source>Save the enrolment request…</source>
        <translation>Save the enrolment request…</translation>
    </message>
    <message>
        <source>The registry of %1 is ready</source>
        <translation>The registry of %1 is ready</translation>
    </message>
    <message>
        <source>It holds the places of Syria and the sector lists, and no records yet. Before this office can exchange bundles, the head office enrols it. This office&apos;s fingerprint, to read out to the head office by phone:</source>
        <translation>It holds the places of Syria and the sector lists, and no records yet. Before this office can exchange bundles, the head office enrols it. This office&apos;s fingerprint, to read out to the head office by phone:</translation>
    </message>
    <message>
        <source>Save the enrolment request, for example on a USB stick, and take it to the head office. When its answer comes back, accept it in Settings → Office and keys. You can also save the request later there.</source>
        <translation>Save the enrolment request, for example on a USB stick, and take it to the head office. When its answer comes back, accept it in Settings → Office and keys. You can also save the request later there.</translation>
    </message>
    <message>
        <source>The enrolment request was saved as “%1”.</source>
        <translation>The enrolment request was saved as “%1”.</translation>
    </message>
    <message>
        <source>The sample data is ready</source>
        <translation>The sample data is ready</translation>
    </message>
    <message numerus="yes">
        <source>%n invented activities with their partners, projects and needs, in “%1”.</source>
        <translation>
            <numerusform>%n invented activity with its partner, project and needs, in “%1”.</numerusform>
            <numerusform>%n invented activities with their partners, projects and needs, in “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The window shows “Sample data” in its title and status bar. To set up your office&apos;s registry later, use File → New registry…</source>
        <translation>The window shows “Sample data” in its title and status bar. To set up your office&apos;s registry later, use File → New registry…</translation>
    </message>
    <message>
        <source>It holds the places of Syria and the sector lists, and no records yet. This is the head office. The fingerprint of its certification key, which the field offices confirm by phone when they enrol:</source>
        <translation>It holds the places of Syria and the sector lists, and no records yet. This is the head office. The fingerprint of its certification key, which the field offices confirm by phone when they enrol:</translation>
    </message>
    <message>
        <source>Field offices send you their enrolment requests: sign them in Settings → Office and keys, with the certification key file and its passphrase. Between times, keep that stick apart from this laptop.</source>
        <translation>Field offices send you their enrolment requests: sign them in Settings → Office and keys, with the certification key file and its passphrase. Between times, keep that stick apart from this laptop.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::setup::SetupAssistant</name>
    <message>
        <source>The sample data could not be made.</source>
        <translation>The sample data could not be made.</translation>
    </message>
    <message>
        <source>%1 of %2 activities</source>
        <translation>%1 of %2 activities</translation>
    </message>
    <message>
        <source>Save the enrolment request</source>
        <translation>Save the enrolment request</translation>
    </message>
    <message>
        <source>Enrolment requests (*.tqr)</source>
        <translation>Enrolment requests (*.tqr)</translation>
    </message>
    <message>
        <source>Saving the enrolment request…</source>
        <translation>Saving the enrolment request…</translation>
    </message>
    <message>
        <source>Welcome to Tansiq</source>
        <translation>Welcome to Tansiq</translation>
    </message>
    <message>
        <source>New registry</source>
        <translation>New registry</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Create the registry</source>
        <translation>Create the registry</translation>
    </message>
    <message>
        <source>Open the sample data</source>
        <translation>Open the sample data</translation>
    </message>
    <message>
        <source>Open the registry</source>
        <translation>Open the registry</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Creating the registry</source>
        <translation>Creating the registry</translation>
    </message>
    <message>
        <source>Importing the places of Syria and making this office&apos;s keys…</source>
        <translation>Importing the places of Syria and making this office&apos;s keys…</translation>
    </message>
    <message>
        <source>Making the sample data</source>
        <translation>Making the sample data</translation>
    </message>
    <message>
        <source>Inventing partners, projects and needs…</source>
        <translation>Inventing partners, projects and needs…</translation>
    </message>
    <message>
        <source>Save the certification key</source>
        <translation>Save the certification key</translation>
    </message>
    <message>
        <source>Certification keys (*.key)</source>
        <translation>Certification keys (*.key)</translation>
    </message>
</context>
</TS>
