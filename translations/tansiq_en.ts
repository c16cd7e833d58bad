<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>tansiq</name>
    <message>
        <location filename="../core/gazetteer/GazetteerImporter.cpp" line="+32" />
        <source>P-code</source>
        <translation>P-code</translation>
    </message>
    <message>
        <location filename="../core/io/TextDecoding.cpp" line="+57" />
        <source>binary data</source>
        <translation>binary data</translation>
    </message>
    <message>
        <location line="+28" />
        <source>“%1” is not a text file (it contains binary data).</source>
        <translation>“%1” is not a text file (it contains binary data).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>“%1” is not UTF-8 text (it looks like %2). Save it as “CSV UTF-8” and try again.</source>
        <translation>“%1” is not UTF-8 text (it looks like %2). Save it as “CSV UTF-8” and try again.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This system cannot read Windows-1256 text.</source>
        <translation>This system cannot read Windows-1256 text.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>“%1” looks like UTF-16 text but is damaged.</source>
        <translation>“%1” looks like UTF-16 text but is damaged.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="+25" />
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cannot open the database “%1”: %2</source>
        <translation>Cannot open the database “%1”: %2</translation>
    </message>
</context>
<context>
    <name>tansiq::CsvReader</name>
    <message>
        <location filename="../core/io/CsvReader.cpp" line="+115" />
        <source>“%1” has a cell longer than %2 characters: the file is damaged or not a table.</source>
        <translation>“%1” has a cell longer than %2 characters: the file is damaged or not a table.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>“%1” has a quoted cell that never ends (it starts in record %2).</source>
        <translation>“%1” has a quoted cell that never ends (it starts in record %2).</translation>
    </message>
</context>
<context>
    <name>tansiq::Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+30" />
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>the Qt SQLite driver (QSQLITE) is not installed</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the SQLite driver gave no usable handle</source>
        <translation>the SQLite driver gave no usable handle</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+7" />
        <source>this file is not a Tansiq database</source>
        <translation>this file is not a Tansiq database</translation>
    </message>
    <message>
        <location line="+44" />
        <source>The database refused the change: %1</source>
        <translation>The database refused the change: %1</translation>
    </message>
</context>
<context>
    <name>tansiq::DemoGenerator</name>
    <message>
        <location filename="../core/demo/DemoActivities.cpp" line="+124" />
        <source>Demo generation was cancelled.</source>
        <translation>Demo generation was cancelled.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="+21" />
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The database already holds organisations or activities; demo data goes only into an empty registry.</source>
        <translation>The database already holds organisations or activities; demo data goes only into an empty registry.</translation>
    </message>
</context>
<context>
    <name>tansiq::FieldChecks</name>
    <message>
        <location filename="../core/registry/validation/FieldChecks.cpp" line="+25" />
        <source>%1 contains characters that are not valid text (broken UTF-8 or control characters).</source>
        <translation>%1 contains characters that are not valid text (broken UTF-8 or control characters).</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+18" />
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <location line="-13" />
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1 is too long (%2 characters; at most %3).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 “%2” is not a date; write it as YYYY-MM-DD, for example 2026-10-31.</source>
        <translation>%1 “%2” is not a date; write it as YYYY-MM-DD, for example 2026-10-31.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 “%2” is not a month; write it as YYYY-MM, for example 2026-10.</source>
        <translation>%1 “%2” is not a month; write it as YYYY-MM, for example 2026-10.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 %2 is before %3 %4.</source>
        <translation>%1 %2 is before %3 %4.</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+80" />
        <source>%1 cannot be negative (%2).</source>
        <translation>%1 cannot be negative (%2).</translation>
    </message>
    <message>
        <location line="-70" />
        <source>%1 must be a non-negative amount (%2).</source>
        <translation>%1 must be a non-negative amount (%2).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 “%2” is not a currency code such as USD, EUR or SYP.</source>
        <translation>%1 “%2” is not a currency code such as USD, EUR or SYP.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 “%2” is not one of: %3.</source>
        <translation>%1 “%2” is not one of: %3.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <location line="+1" />
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Give both latitude and longitude, or neither.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 %2 is outside -90 to 90.</source>
        <translation>%1 %2 is outside -90 to 90.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 %2 is outside -180 to 180.</source>
        <translation>%1 %2 is outside -180 to 180.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 “%2” is not a whole number.</source>
        <translation>%1 “%2” is not a whole number.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 “%2” is not a plausible count.</source>
        <translation>%1 “%2” is not a plausible count.</translation>
    </message>
</context>
<context>
    <name>tansiq::GazetteerColumns</name>
    <message>
        <location filename="../core/gazetteer/GazetteerColumns.cpp" line="+69" />
        <source>“%1” has P-codes for level %2 but not for level %3: the column admin%3Pcode (or ADM%3_PCODE) is missing.</source>
        <translation>“%1” has P-codes for level %2 but not for level %3: the column admin%3Pcode (or ADM%3_PCODE) is missing.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>“%1” is not an OCHA gazetteer: no column holds P-codes (admin1Pcode, ADM1_PCODE or adm1_pcode).</source>
        <translation>“%1” is not an OCHA gazetteer: no column holds P-codes (admin1Pcode, ADM1_PCODE or adm1_pcode).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>“%1” has no column %2: every level needs its English and Arabic names.</source>
        <translation>“%1” has no column %2: every level needs its English and Arabic names.</translation>
    </message>
</context>
<context>
    <name>tansiq::GazetteerImporter</name>
    <message>
        <location filename="../core/gazetteer/GazetteerImporter.cpp" line="+35" />
        <location line="+4" />
        <location line="+15" />
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Cannot read “%1”: %2</source>
        <translation>Cannot read “%1”: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” is too large to be a gazetteer.</source>
        <translation>“%1” is too large to be a gazetteer.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>“%1” has no rows below its header.</source>
        <translation>“%1” has no rows below its header.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The level-%1 P-code is empty.</source>
        <translation>The level-%1 P-code is empty.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The parent of %1 is unknown: it is neither in this row nor in the gazetteer.</source>
        <translation>The parent of %1 is unknown: it is neither in this row nor in the gazetteer.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>P-code %1 does not start with its parent's P-code %2.</source>
        <translation>P-code %1 does not start with its parent's P-code %2.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 has no English or no Arabic name.</source>
        <translation>%1 has no English or no Arabic name.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 appears under two different parents (%2 in row %3, %4 here).</source>
        <translation>%1 appears under two different parents (%2 in row %3, %4 here).</translation>
    </message>
</context>
<context>
    <name>tansiq::Issue</name>
    <message>
        <location filename="../core/common/Issue.cpp" line="+12" />
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
</context>
<context>
    <name>tansiq::Migrator</name>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="+28" />
        <location line="+12" />
        <location line="+12" />
        <source>schema version</source>
        <translation>schema version</translation>
    </message>
    <message>
        <location line="-22" />
        <source>This database was written by a newer Tansiq (schema version %1; this version knows up to %2). Please update Tansiq.</source>
        <translation>This database was written by a newer Tansiq (schema version %1; this version knows up to %2). Please update Tansiq.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The upgrade script for schema version %1 is missing from this build.</source>
        <translation>The upgrade script for schema version %1 is missing from this build.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Upgrading the database to schema version %1 failed: %2</source>
        <translation>Upgrading the database to schema version %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>tansiq::RecordWriter</name>
    <message>
        <location filename="../core/registry/RecordWriter.cpp" line="+40" />
        <source>No record %1 exists in %2.</source>
        <translation>No record %1 exists in %2.</translation>
    </message>
</context>
<context>
    <name>tansiq::Registry</name>
    <message>
        <location filename="../core/registry/Registry.cpp" line="+25" />
        <source>Coordination office</source>
        <translation>Coordination office</translation>
    </message>
</context>
<context>
    <name>tansiq::Statement</name>
    <message>
        <location filename="../core/storage/Statement.cpp" line="+115" />
        <source>The database refused the change: %1</source>
        <translation>The database refused the change: %1</translation>
    </message>
</context>
<context>
    <name>tansiq::Validators</name>
    <message>
        <location filename="../core/registry/validation/Validators.cpp" line="+19" />
        <location line="+13" />
        <location line="+12" />
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <location line="-22" />
        <source>%1 “%2” is not in the gazetteer.</source>
        <translation>%1 “%2” is not in the gazetteer.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 “%2” is not a known organisation.</source>
        <translation>%1 “%2” is not a known organisation.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 “%2” is not a known sector.</source>
        <translation>%1 “%2” is not a known sector.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>acronym</source>
        <translation>acronym</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arabic name</source>
        <translation>Arabic name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>organisation type</source>
        <translation>organisation type</translation>
    </message>
    <message>
        <location line="+1" />
        <source>registration number</source>
        <translation>registration number</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+114" />
        <source>contact name</source>
        <translation>contact name</translation>
    </message>
    <message>
        <location line="-113" />
        <location line="+3" />
        <location line="+1" />
        <location line="+110" />
        <source>contact email</source>
        <translation>contact email</translation>
    </message>
    <message>
        <location line="-113" />
        <location line="+114" />
        <source>contact phone</source>
        <translation>contact phone</translation>
    </message>
    <message>
        <location line="-111" />
        <source>%1 “%2” is not an email address.</source>
        <translation>%1 “%2” is not an email address.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>project code</source>
        <translation>project code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English title</source>
        <translation>English title</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arabic title</source>
        <translation>Arabic title</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lead organisation</source>
        <translation>lead organisation</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+85" />
        <source>start date</source>
        <translation>start date</translation>
    </message>
    <message>
        <location line="-85" />
        <location line="+85" />
        <source>end date</source>
        <translation>end date</translation>
    </message>
    <message>
        <location line="-84" />
        <location line="+86" />
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="-85" />
        <location line="+92" />
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <location line="-91" />
        <location line="+92" />
        <source>currency</source>
        <translation>currency</translation>
    </message>
    <message>
        <location line="-90" />
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>partner role</source>
        <translation>partner role</translation>
    </message>
    <message>
        <location line="+32" />
        <source>girls reached</source>
        <translation>girls reached</translation>
    </message>
    <message>
        <location line="+0" />
        <source>boys reached</source>
        <translation>boys reached</translation>
    </message>
    <message>
        <location line="+1" />
        <source>women reached</source>
        <translation>women reached</translation>
    </message>
    <message>
        <location line="+0" />
        <source>men reached</source>
        <translation>men reached</translation>
    </message>
    <message>
        <location line="+1" />
        <source>elderly women reached</source>
        <translation>elderly women reached</translation>
    </message>
    <message>
        <location line="+1" />
        <source>elderly men reached</source>
        <translation>elderly men reached</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+42" />
        <location line="+11" />
        <source>people reached</source>
        <translation>people reached</translation>
    </message>
    <message>
        <location line="-51" />
        <source>The breakdown by sex and age adds up to %1, more than the %2 people reached in total.</source>
        <translation>The breakdown by sex and age adds up to %1, more than the %2 people reached in total.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>implementing organisation</source>
        <translation>implementing organisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>reporting organisation</source>
        <translation>reporting organisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>programming partner</source>
        <translation>programming partner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>donor</source>
        <translation>donor</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 “%2” is not a known project.</source>
        <translation>%1 “%2” is not a known project.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+3" />
        <location line="+2" />
        <source>activity type</source>
        <translation>activity type</translation>
    </message>
    <message>
        <location line="-3" />
        <source>%1 “%2” is not a known activity type.</source>
        <translation>%1 “%2” is not a known activity type.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The activity type does not belong to the chosen sector.</source>
        <translation>The activity type does not belong to the chosen sector.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+34" />
        <source>place P-code</source>
        <translation>place P-code</translation>
    </message>
    <message>
        <location line="-33" />
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <location line="+3" />
        <source>reporting month</source>
        <translation>reporting month</translation>
    </message>
    <message>
        <location line="+2" />
        <source>modality</source>
        <translation>modality</translation>
    </message>
    <message>
        <location line="+1" />
        <source>population group</source>
        <translation>population group</translation>
    </message>
    <message>
        <location line="+1" />
        <source>people targeted</source>
        <translation>people targeted</translation>
    </message>
    <message>
        <location line="+2" />
        <source>households</source>
        <translation>households</translation>
    </message>
    <message>
        <location line="+4" />
        <source>transfer value</source>
        <translation>transfer value</translation>
    </message>
    <message>
        <location line="+4" />
        <source>comments</source>
        <translation>comments</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 people reached is more than the %2 targeted; please check the figures.</source>
        <translation>%1 people reached is more than the %2 targeted; please check the figures.</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+2" />
        <source>severity</source>
        <translation>severity</translation>
    </message>
    <message>
        <location line="-1" />
        <source>%1 must be from 1 (minimal) to 5 (catastrophic), not %2.</source>
        <translation>%1 must be from 1 (minimal) to 5 (catastrophic), not %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>people in need</source>
        <translation>people in need</translation>
    </message>
    <message>
        <location line="+1" />
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location line="+1" />
        <source>assessment date</source>
        <translation>assessment date</translation>
    </message>
</context>
<context>
    <name>tansiq::Workspace</name>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="+40" />
        <source>There is no database at “%1”.</source>
        <translation>There is no database at “%1”.</translation>
    </message>
</context>
<context>
    <name>tansiq::cli</name>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="+15" />
        <source>create the database (with the gazetteer) if it does not exist</source>
        <translation>create the database (with the gazetteer) if it does not exist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>import an OCHA COD tabular gazetteer (CSV)</source>
        <translation>import an OCHA COD tabular gazetteer (CSV)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>fill an empty database with realistic demo data</source>
        <translation>fill an empty database with realistic demo data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>count records per entity and places per level</source>
        <translation>count records per entity and places per level</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/DemoCommand.cpp" line="+14" />
        <source>random seed (same seed, same data)</source>
        <translation>random seed (same seed, same data)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>number of activities</source>
        <translation>number of activities</translation>
    </message>
    <message>
        <location line="+2" />
        <source>number of projects</source>
        <translation>number of projects</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fills an empty database with demo data.</source>
        <translation>Fills an empty database with demo data.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>error: --seed, --activities and --projects take whole numbers (at most 50,000,000 activities)</source>
        <translation>error: --seed, --activities and --projects take whole numbers (at most 50,000,000 activities)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 of %2 activities</source>
        <translation>%1 of %2 activities</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Demo data: %1 organisations, %2 projects, %3 needs, %4 activities (%5 planted duplicates, %6 planted gaps) in %7 s.</source>
        <translation>Demo data: %1 organisations, %2 projects, %3 needs, %4 activities (%5 planted duplicates, %6 planted gaps) in %7 s.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ImportGazetteerCommand.cpp" line="+14" />
        <source>an OCHA COD tabular gazetteer (CSV, UTF-8)</source>
        <translation>an OCHA COD tabular gazetteer (CSV, UTF-8)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adds new places and updates the names of known ones.</source>
        <translation>Adds new places and updates the names of known ones.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>error: give exactly one gazetteer file</source>
        <translation>error: give exactly one gazetteer file</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 rows read: %2 places added, %3 updated, %4 unchanged.</source>
        <translation>%1 rows read: %2 places added, %3 updated, %4 unchanged.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/InitCommand.cpp" line="+15" />
        <source>the name of this office</source>
        <translation>the name of this office</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Creates the database with the bundled gazetteer.</source>
        <translation>Creates the database with the bundled gazetteer.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Database ready: %1 (schema version %2, %3 places)</source>
        <translation>Database ready: %1 (schema version %2, %3 places)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/StatsCommand.cpp" line="+14" />
        <source>print JSON</source>
        <translation>print JSON</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Counts records per entity and places per level.</source>
        <translation>Counts records per entity and places per level.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Database: %1 (schema version %2)</source>
        <translation>Database: %1 (schema version %2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisations: %1</source>
        <translation>Organisations: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Projects: %1</source>
        <translation>Projects: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activities: %1</source>
        <translation>Activities: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs: %1</source>
        <translation>Needs: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sectors: %1 (%2 activity types)</source>
        <translation>Sectors: %1 (%2 activity types)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Governorates: %1, districts: %2, sub-districts: %3, communities: %4</source>
        <translation>Governorates: %1, districts: %2, sub-districts: %3, communities: %4</translation>
    </message>
</context>
<context>
    <name>tansiq::cli::CliContext</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+37" />
        <location line="+17" />
        <source>error: </source>
        <translation>error: </translation>
    </message>
    <message>
        <location line="-17" />
        <source>warning: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <location line="+18" />
        <source>Run “tansiq-cli %1 --help” for the options.</source>
        <translation>Run “tansiq-cli %1 --help” for the options.</translation>
    </message>
</context>
<context>
    <name>tansiq::demo</name>
    <message>
        <location filename="../core/demo/DemoRegistry.cpp" line="+45" />
        <source>gazetteer</source>
        <translation>gazetteer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The database has no sub-districts: import the gazetteer first.</source>
        <translation>The database has no sub-districts: import the gazetteer first.</translation>
    </message>
</context>
<context>
    <name>tansiq::gui</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+45" />
        <source>Tansiq: coordination of humanitarian activities (4W).</source>
        <translation>Tansiq: coordination of humanitarian activities (4W).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>database file (default: the per-user database)</source>
        <translation>database file (default: the per-user database)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>render every page to PNG files in DIR, then quit</source>
        <translation>render every page to PNG files in DIR, then quit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>interface language: ar or en</source>
        <translation>interface language: ar or en</translation>
    </message>
    <message>
        <location line="+3" />
        <source>activities of demo data in a new database</source>
        <translation>activities of demo data in a new database</translation>
    </message>
    <message>
        <location line="+3" />
        <source>print the time until the window is shown</source>
        <translation>print the time until the window is shown</translation>
    </message>
    <message>
        <location line="+43" />
        <source>The database could not be created.</source>
        <translation>The database could not be created.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The database could not be opened.</source>
        <translation>The database could not be opened.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 screenshots written to %2</source>
        <translation>%1 screenshots written to %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>window shown after %1 ms</source>
        <translation>window shown after %1 ms</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ActivitiesPage</name>
    <message>
        <location filename="../ui/registry/ActivitiesPage.cpp" line="+152" />
        <source>%1 activities</source>
        <translation>%1 activities</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (updating…)</source>
        <translation>%1 (updating…)</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Delete activity</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Delete this activity? You can undo this.</source>
        <translation>Delete this activity? You can undo this.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The activity could not be deleted.</source>
        <translation>The activity could not be deleted.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Search organisations, places, sectors, sites…</source>
        <translation>Search organisations, places, sectors, sites…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All sectors</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All organisations</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From the first month</source>
        <translation>From the first month</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To the last month</source>
        <translation>To the last month</translation>
    </message>
    <message>
        <location line="+5" />
        <source>All places</source>
        <translation>All places</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show all places</source>
        <translation>Show all places</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../ui/registry/ActivitiesPage.h" line="+28" />
        <source>Activities (4W)</source>
        <translation>Activities (4W)</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ActivityEditor</name>
    <message>
        <location filename="../ui/registry/ActivityEditor.cpp" line="+187" />
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit activity</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Implementing organisation</source>
        <translation>Implementing organisation</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activity type</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+0" />
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reporting month</source>
        <translation>Reporting month</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Modality</source>
        <translation>Modality</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Population group</source>
        <translation>Population group</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People targeted</source>
        <translation>People targeted</translation>
    </message>
    <message>
        <location line="+0" />
        <source>People reached</source>
        <translation>People reached</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ActivityTableModel</name>
    <message>
        <location filename="../ui/registry/ActivityTableModel.cpp" line="+165" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+2" />
        <source>P-code</source>
        <translation>P-code</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Modality</source>
        <translation>Modality</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Targeted</source>
        <translation>Targeted</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Households</source>
        <translation>Households</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::DashboardCharts</name>
    <message>
        <location filename="../ui/dashboard/DashboardCharts.cpp" line="+51" />
        <source>People reached by sector</source>
        <translation>People reached by sector</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Activities by reporting month</source>
        <translation>Activities by reporting month</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="+97" />
        <location line="+46" />
        <source>All of Syria</source>
        <translation>All of Syria</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Area:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location line="+0" />
        <source>People reached</source>
        <translation>People reached</translation>
    </message>
    <message>
        <location line="+0" />
        <source>People targeted</source>
        <translation>People targeted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.h" line="+23" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::DatabaseCreator</name>
    <message>
        <location filename="../ui/shell/DatabaseCreator.cpp" line="+31" />
        <source>Creating the database with the Syria gazetteer and demo data…</source>
        <translation>Creating the database with the Syria gazetteer and demo data…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tansiq</source>
        <translation>Tansiq</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::EditorForm</name>
    <message>
        <location filename="../ui/common/EditorForm.cpp" line="+80" />
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+107" />
        <source>Tansiq</source>
        <translation>Tansiq</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tansiq — %1</source>
        <translation>Tansiq — %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::MapPage</name>
    <message>
        <location filename="../ui/map/MapPage.cpp" line="+84" />
        <location line="+39" />
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location line="-37" />
        <location line="+37" />
        <source>People reached</source>
        <translation>People reached</translation>
    </message>
    <message>
        <location line="-35" />
        <source>Partners (implementing organisations)</source>
        <translation>Partners (implementing organisations)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Highest severity of needs (1-5)</source>
        <translation>Highest severity of needs (1-5)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Boundaries: OCHA/UNCS COD-AB via geoBoundaries, CC BY 3.0 IGO</source>
        <translation>Boundaries: OCHA/UNCS COD-AB via geoBoundaries, CC BY 3.0 IGO</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Governorates</source>
        <translation>Governorates</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sub-districts</source>
        <translation>Sub-districts</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Shaded areas</source>
        <translation>Shaded areas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Proportional symbols</source>
        <translation>Proportional symbols</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Click a place to filter the dashboard, activities and needs; click it again to clear.</source>
        <translation>Click a place to filter the dashboard, activities and needs; click it again to clear.</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.h" line="+24" />
        <source>Map</source>
        <translation>Map</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::MessageBoxes</name>
    <message>
        <location filename="../ui/common/MessageBoxes.cpp" line="+10" />
        <source>Tansiq</source>
        <translation>Tansiq</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::NeedEditor</name>
    <message>
        <location filename="../ui/registry/NeedEditor.cpp" line="+83" />
        <source>New need</source>
        <translation>New need</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit need</source>
        <translation>Edit need</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Severity (1-5)</source>
        <translation>Severity (1-5)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People in need</source>
        <translation>People in need</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Assessed on</source>
        <translation>Assessed on</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::NeedModel</name>
    <message>
        <location filename="../ui/registry/NeedModel.cpp" line="+66" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+2" />
        <source>P-code</source>
        <translation>P-code</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+2" />
        <source>People in need</source>
        <translation>People in need</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Assessed on</source>
        <translation>Assessed on</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::NeedsPage</name>
    <message>
        <location filename="../ui/registry/NeedsPage.cpp" line="+58" />
        <source>Delete need</source>
        <translation>Delete need</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Delete this need? You can undo this.</source>
        <translation>Delete this need? You can undo this.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The need could not be deleted.</source>
        <translation>The need could not be deleted.</translation>
    </message>
    <message>
        <location filename="../ui/registry/NeedsPage.h" line="+18" />
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::OrganisationEditor</name>
    <message>
        <location filename="../ui/registry/OrganisationEditor.cpp" line="+114" />
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit organisation</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name in Arabic</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Registration no.</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact email</source>
        <translation>Contact email</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::OrganisationModel</name>
    <message>
        <location filename="../ui/registry/OrganisationModel.cpp" line="+57" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Registration no.</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::OrganisationsPage</name>
    <message>
        <location filename="../ui/registry/OrganisationsPage.cpp" line="+51" />
        <source>Delete organisation</source>
        <translation>Delete organisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the organisation %1? You can undo this.</source>
        <translation>Delete the organisation %1? You can undo this.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The organisation could not be deleted.</source>
        <translation>The organisation could not be deleted.</translation>
    </message>
    <message>
        <location filename="../ui/registry/OrganisationsPage.h" line="+16" />
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::PlacePicker</name>
    <message>
        <location filename="../ui/common/PlacePicker.cpp" line="+29" />
        <source>Type a place name or P-code</source>
        <translation>Type a place name or P-code</translation>
    </message>
    <message>
        <location line="+21" />
        <source>governorate</source>
        <translation>governorate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sub-district</source>
        <translation>sub-district</translation>
    </message>
    <message>
        <location line="+1" />
        <source>community</source>
        <translation>community</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ProjectEditor</name>
    <message>
        <location filename="../ui/registry/ProjectEditor.cpp" line="+106" />
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit project</source>
        <translation>Edit project</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Title in English</source>
        <translation>Title in English</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Title in Arabic</source>
        <translation>Title in Arabic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lead organisation</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+0" />
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ProjectModel</name>
    <message>
        <location filename="../ui/registry/ProjectModel.cpp" line="+69" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lead organisation</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+2" />
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ProjectsPage</name>
    <message>
        <location filename="../ui/registry/ProjectsPage.cpp" line="+60" />
        <source>Delete project</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the project %1? You can undo this.</source>
        <translation>Delete the project %1? You can undo this.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The project could not be deleted.</source>
        <translation>The project could not be deleted.</translation>
    </message>
    <message>
        <location filename="../ui/registry/ProjectsPage.h" line="+17" />
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::RecordEdits</name>
    <message>
        <location filename="../ui/registry/RecordEdits.cpp" line="+84" />
        <source>Add organisation %1</source>
        <translation>Add organisation %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Edit organisation %1</source>
        <translation>Edit organisation %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add project %1</source>
        <translation>Add project %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Edit project %1</source>
        <translation>Edit project %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Add activity</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Edit activity</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add need</source>
        <translation>Add need</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Edit need</source>
        <translation>Edit need</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Delete organisation</source>
        <translation>Delete organisation</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Delete project</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Delete activity</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Delete need</source>
        <translation>Delete need</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::RecordListPage</name>
    <message>
        <location filename="../ui/registry/RecordListPage.cpp" line="+80" />
        <source>Search (Arabic or English)</source>
        <translation>Search (Arabic or English)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 records</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2 records shown</source>
        <translation>%1 of %2 records shown</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::SettingsPage</name>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="+81" />
        <source>The office name cannot be empty.</source>
        <translation>The office name cannot be empty.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The office name could not be saved.</source>
        <translation>The office name could not be saved.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Office name</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Digits</source>
        <translation>Digits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>As the language (Arabic-Indic in Arabic)</source>
        <translation>As the language (Arabic-Indic in Arabic)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>Arabic-Indic (٠١٢٣)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Latin (0123)</source>
        <translation>Latin (0123)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tansiq %1 — coordination of humanitarian activities (4W), offline first.
Boundaries: OCHA/UNCS COD-AB via geoBoundaries, CC BY 3.0 IGO. Gazetteer: OpenSyria Data Geography, CC BY 4.0. Font: Noto Sans Arabic, SIL Open Font License.</source>
        <translation>Tansiq %1 — coordination of humanitarian activities (4W), offline first.
Boundaries: OCHA/UNCS COD-AB via geoBoundaries, CC BY 3.0 IGO. Gazetteer: OpenSyria Data Geography, CC BY 4.0. Font: Noto Sans Arabic, SIL Open Font License.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.h" line="+22" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
</TS>
