<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_SY">
<context>
    <name>tansiq</name>
    <message>
        <location filename="../core/gazetteer/GazetteerImporter.cpp" line="+32" />
        <source>P-code</source>
        <translation>الرمز المكاني</translation>
    </message>
    <message>
        <location filename="../core/io/TextDecoding.cpp" line="+57" />
        <source>binary data</source>
        <translation>بيانات ثنائية</translation>
    </message>
    <message>
        <location line="+28" />
        <source>“%1” is not a text file (it contains binary data).</source>
        <translation>الملف «%1» ليس ملفاً نصياً (يحتوي على بيانات ثنائية).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>“%1” is not UTF-8 text (it looks like %2). Save it as “CSV UTF-8” and try again.</source>
        <translation>الملف «%1» ليس نصاً بترميز UTF-8 (يبدو أنه %2). احفظه بصيغة «CSV UTF-8» ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This system cannot read Windows-1256 text.</source>
        <translation>لا يستطيع هذا النظام قراءة نص بترميز Windows-1256.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>“%1” looks like UTF-16 text but is damaged.</source>
        <translation>الملف «%1» يبدو نصاً بترميز UTF-16 لكنه تالف.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="+25" />
        <source>database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cannot open the database “%1”: %2</source>
        <translation>تعذّر فتح قاعدة البيانات «%1»: %2</translation>
    </message>
</context>
<context>
    <name>tansiq::CsvReader</name>
    <message>
        <location filename="../core/io/CsvReader.cpp" line="+115" />
        <source>“%1” has a cell longer than %2 characters: the file is damaged or not a table.</source>
        <translation>في الملف «%1» خلية أطول من %2 حرفاً: الملف تالف أو ليس جدولاً.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>“%1” has a quoted cell that never ends (it starts in record %2).</source>
        <translation>في الملف «%1» خلية بين علامتي اقتباس لا تنتهي (تبدأ في السجل %2).</translation>
    </message>
</context>
<context>
    <name>tansiq::Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+30" />
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>مشغّل SQLite الخاص بـ Qt ‏(QSQLITE) غير مثبّت</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the SQLite driver gave no usable handle</source>
        <translation>لم يقدّم مشغّل SQLite مقبضاً صالحاً للاستخدام</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+7" />
        <source>this file is not a Tansiq database</source>
        <translation>هذا الملف ليس قاعدة بيانات لتنسيق</translation>
    </message>
    <message>
        <location line="+44" />
        <source>The database refused the change: %1</source>
        <translation>رفضت قاعدة البيانات التعديل: %1</translation>
    </message>
</context>
<context>
    <name>tansiq::DemoGenerator</name>
    <message>
        <location filename="../core/demo/DemoActivities.cpp" line="+124" />
        <source>Demo generation was cancelled.</source>
        <translation>أُلغي إنشاء البيانات التجريبية.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="+21" />
        <source>database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The database already holds organisations or activities; demo data goes only into an empty registry.</source>
        <translation>قاعدة البيانات تحتوي مسبقاً على منظمات أو أنشطة؛ لا تُضاف البيانات التجريبية إلا إلى سجل فارغ.</translation>
    </message>
</context>
<context>
    <name>tansiq::FieldChecks</name>
    <message>
        <location filename="../core/registry/validation/FieldChecks.cpp" line="+25" />
        <source>%1 contains characters that are not valid text (broken UTF-8 or control characters).</source>
        <translation>يحتوي الحقل «%1» على محارف غير صالحة (ترميز UTF-8 تالف أو محارف تحكّم).</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+18" />
        <source>%1 is required.</source>
        <translation>الحقل «%1» مطلوب.</translation>
    </message>
    <message>
        <location line="-13" />
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>الحقل «%1» طويل جداً (%2 حرفاً، والحد الأقصى %3).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 “%2” is not a date; write it as YYYY-MM-DD, for example 2026-10-31.</source>
        <translation>قيمة %1 «%2» ليست تاريخاً؛ اكتبه بالشكل YYYY-MM-DD، مثل 2026-10-31.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 “%2” is not a month; write it as YYYY-MM, for example 2026-10.</source>
        <translation>قيمة %1 «%2» ليست شهراً؛ اكتبه بالشكل YYYY-MM، مثل 2026-10.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 %2 is before %3 %4.</source>
        <translation>%1 %2 يسبق %3 %4.</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+80" />
        <source>%1 cannot be negative (%2).</source>
        <translation>لا يمكن أن يكون %1 سالباً (%2).</translation>
    </message>
    <message>
        <location line="-70" />
        <source>%1 must be a non-negative amount (%2).</source>
        <translation>يجب أن يكون %1 مبلغاً غير سالب (%2).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 “%2” is not a currency code such as USD, EUR or SYP.</source>
        <translation>قيمة %1 «%2» ليست رمز عملة مثل USD أو EUR أو SYP.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 “%2” is not one of: %3.</source>
        <translation>قيمة %1 «%2» ليست من القيم المسموحة: %3.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location line="+1" />
        <source>longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give both latitude and longitude, or neither.</source>
        <translation>أدخل خط العرض وخط الطول معاً، أو اتركهما فارغين.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 %2 is outside -90 to 90.</source>
        <translation>قيمة %1 ‏%2 خارج المجال من ‎-90 إلى 90.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 %2 is outside -180 to 180.</source>
        <translation>قيمة %1 ‏%2 خارج المجال من ‎-180 إلى 180.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 “%2” is not a whole number.</source>
        <translation>قيمة %1 «%2» ليست عدداً صحيحاً.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 “%2” is not a plausible count.</source>
        <translation>قيمة %1 «%2» ليست عدداً معقولاً.</translation>
    </message>
</context>
<context>
    <name>tansiq::GazetteerColumns</name>
    <message>
        <location filename="../core/gazetteer/GazetteerColumns.cpp" line="+69" />
        <source>“%1” has P-codes for level %2 but not for level %3: the column admin%3Pcode (or ADM%3_PCODE) is missing.</source>
        <translation>في الملف «%1» رموز مكانية للمستوى %2 دون المستوى %3: العمود admin%3Pcode (أو ADM%3_PCODE) مفقود.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>“%1” is not an OCHA gazetteer: no column holds P-codes (admin1Pcode, ADM1_PCODE or adm1_pcode).</source>
        <translation>الملف «%1» ليس دليلاً جغرافياً من أوتشا: لا يوجد عمود للرموز المكانية (admin1Pcode أو ADM1_PCODE أو adm1_pcode).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>“%1” has no column %2: every level needs its English and Arabic names.</source>
        <translation>لا يحتوي الملف «%1» على العمود %2: يحتاج كل مستوى إلى اسميه بالإنكليزية والعربية.</translation>
    </message>
</context>
<context>
    <name>tansiq::GazetteerImporter</name>
    <message>
        <location filename="../core/gazetteer/GazetteerImporter.cpp" line="+35" />
        <location line="+4" />
        <location line="+15" />
        <source>file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Cannot read “%1”: %2</source>
        <translation>تعذّرت قراءة «%1»: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” is too large to be a gazetteer.</source>
        <translation>الملف «%1» أكبر من أن يكون دليلاً جغرافياً.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>“%1” has no rows below its header.</source>
        <translation>لا توجد صفوف تحت ترويسة الملف «%1».</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The level-%1 P-code is empty.</source>
        <translation>الرمز المكاني للمستوى %1 فارغ.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The parent of %1 is unknown: it is neither in this row nor in the gazetteer.</source>
        <translation>الوحدة الأعلى لـ %1 غير معروفة: ليست في هذا الصف ولا في الدليل الجغرافي.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>P-code %1 does not start with its parent's P-code %2.</source>
        <translation>الرمز المكاني %1 لا يبدأ برمز الوحدة الأعلى %2.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 has no English or no Arabic name.</source>
        <translation>ينقص %1 الاسم الإنكليزي أو الاسم العربي.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 appears under two different parents (%2 in row %3, %4 here).</source>
        <translation>يظهر %1 تحت وحدتين أعليين مختلفتين (%2 في الصف %3، و%4 هنا).</translation>
    </message>
</context>
<context>
    <name>tansiq::Issue</name>
    <message>
        <location filename="../core/common/Issue.cpp" line="+12" />
        <source>row %1: %2</source>
        <translation>الصف %1: %2</translation>
    </message>
</context>
<context>
    <name>tansiq::Migrator</name>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="+28" />
        <location line="+12" />
        <location line="+12" />
        <source>schema version</source>
        <translation>إصدار البنية</translation>
    </message>
    <message>
        <location line="-22" />
        <source>This database was written by a newer Tansiq (schema version %1; this version knows up to %2). Please update Tansiq.</source>
        <translation>كُتبت قاعدة البيانات هذه بإصدار أحدث من تنسيق (إصدار البنية %1، وهذا الإصدار يعرف حتى %2). يُرجى تحديث تنسيق.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The upgrade script for schema version %1 is missing from this build.</source>
        <translation>نص الترقية لإصدار البنية %1 مفقود من هذا الإصدار.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Upgrading the database to schema version %1 failed: %2</source>
        <translation>فشلت ترقية قاعدة البيانات إلى إصدار البنية %1: %2</translation>
    </message>
</context>
<context>
    <name>tansiq::RecordWriter</name>
    <message>
        <location filename="../core/registry/RecordWriter.cpp" line="+40" />
        <source>No record %1 exists in %2.</source>
        <translation>لا يوجد السجل %1 في %2.</translation>
    </message>
</context>
<context>
    <name>tansiq::Registry</name>
    <message>
        <location filename="../core/registry/Registry.cpp" line="+25" />
        <source>Coordination office</source>
        <translation>مكتب التنسيق</translation>
    </message>
</context>
<context>
    <name>tansiq::Statement</name>
    <message>
        <location filename="../core/storage/Statement.cpp" line="+115" />
        <source>The database refused the change: %1</source>
        <translation>رفضت قاعدة البيانات التعديل: %1</translation>
    </message>
</context>
<context>
    <name>tansiq::Validators</name>
    <message>
        <location filename="../core/registry/validation/Validators.cpp" line="+19" />
        <location line="+13" />
        <location line="+12" />
        <source>%1 is required.</source>
        <translation>الحقل «%1» مطلوب.</translation>
    </message>
    <message>
        <location line="-22" />
        <source>%1 “%2” is not in the gazetteer.</source>
        <translation>قيمة %1 «%2» غير موجودة في الدليل الجغرافي.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 “%2” is not a known organisation.</source>
        <translation>قيمة %1 «%2» ليست منظمة معروفة.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 “%2” is not a known sector.</source>
        <translation>قيمة %1 «%2» ليست قطاعاً معروفاً.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English name</source>
        <translation>الاسم بالإنكليزية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arabic name</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>organisation type</source>
        <translation>نوع المنظمة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>registration number</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+114" />
        <source>contact name</source>
        <translation>اسم جهة الاتصال</translation>
    </message>
    <message>
        <location line="-113" />
        <location line="+3" />
        <location line="+1" />
        <location line="+110" />
        <source>contact email</source>
        <translation>بريد جهة الاتصال</translation>
    </message>
    <message>
        <location line="-113" />
        <location line="+114" />
        <source>contact phone</source>
        <translation>هاتف جهة الاتصال</translation>
    </message>
    <message>
        <location line="-111" />
        <source>%1 “%2” is not an email address.</source>
        <translation>قيمة %1 «%2» ليست عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>project code</source>
        <translation>رمز المشروع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English title</source>
        <translation>العنوان بالإنكليزية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arabic title</source>
        <translation>العنوان بالعربية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lead organisation</source>
        <translation>المنظمة الرائدة</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+85" />
        <source>start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location line="-85" />
        <location line="+85" />
        <source>end date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location line="-84" />
        <location line="+86" />
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="-85" />
        <location line="+92" />
        <source>budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location line="-91" />
        <location line="+92" />
        <source>currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="-90" />
        <source>partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location line="+1" />
        <source>partner role</source>
        <translation>دور الشريك</translation>
    </message>
    <message>
        <location line="+32" />
        <source>girls reached</source>
        <translation>الفتيات المستفيدات</translation>
    </message>
    <message>
        <location line="+0" />
        <source>boys reached</source>
        <translation>الفتيان المستفيدون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>women reached</source>
        <translation>النساء المستفيدات</translation>
    </message>
    <message>
        <location line="+0" />
        <source>men reached</source>
        <translation>الرجال المستفيدون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>elderly women reached</source>
        <translation>المسنّات المستفيدات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>elderly men reached</source>
        <translation>المسنّون المستفيدون</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+42" />
        <location line="+11" />
        <source>people reached</source>
        <translation>عدد المستفيدين</translation>
    </message>
    <message>
        <location line="-51" />
        <source>The breakdown by sex and age adds up to %1, more than the %2 people reached in total.</source>
        <translation>مجموع التوزيع حسب الجنس والعمر %1، وهو أكثر من إجمالي المستفيدين البالغ %2.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>implementing organisation</source>
        <translation>المنظمة المنفّذة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>reporting organisation</source>
        <translation>المنظمة المُبلِّغة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>programming partner</source>
        <translation>الشريك البرامجي</translation>
    </message>
    <message>
        <location line="+1" />
        <source>donor</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 “%2” is not a known project.</source>
        <translation>قيمة %1 «%2» ليست مشروعاً معروفاً.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+3" />
        <location line="+2" />
        <source>activity type</source>
        <translation>نوع النشاط</translation>
    </message>
    <message>
        <location line="-3" />
        <source>%1 “%2” is not a known activity type.</source>
        <translation>قيمة %1 «%2» ليست نوع نشاط معروفاً.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The activity type does not belong to the chosen sector.</source>
        <translation>نوع النشاط لا ينتمي إلى القطاع المختار.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+34" />
        <source>place P-code</source>
        <translation>الرمز المكاني للموقع</translation>
    </message>
    <message>
        <location line="-33" />
        <source>site</source>
        <translation>الموقع التفصيلي</translation>
    </message>
    <message>
        <location line="+3" />
        <source>reporting month</source>
        <translation>شهر الإبلاغ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>modality</source>
        <translation>طريقة التقديم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>population group</source>
        <translation>الفئة السكانية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>people targeted</source>
        <translation>عدد المستهدفين</translation>
    </message>
    <message>
        <location line="+2" />
        <source>households</source>
        <translation>عدد الأسر</translation>
    </message>
    <message>
        <location line="+4" />
        <source>transfer value</source>
        <translation>قيمة التحويل</translation>
    </message>
    <message>
        <location line="+4" />
        <source>comments</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 people reached is more than the %2 targeted; please check the figures.</source>
        <translation>عدد المستفيدين (%1) أكبر من عدد المستهدفين (%2)؛ يُرجى التحقق من الأرقام.</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+2" />
        <source>severity</source>
        <translation>درجة الشدة</translation>
    </message>
    <message>
        <location line="-1" />
        <source>%1 must be from 1 (minimal) to 5 (catastrophic), not %2.</source>
        <translation>يجب أن تكون %1 من 1 (طفيفة) إلى 5 (كارثية)، لا %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>people in need</source>
        <translation>عدد المحتاجين</translation>
    </message>
    <message>
        <location line="+1" />
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>assessment date</source>
        <translation>تاريخ التقييم</translation>
    </message>
</context>
<context>
    <name>tansiq::Workspace</name>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="+40" />
        <source>There is no database at “%1”.</source>
        <translation>لا توجد قاعدة بيانات في «%1».</translation>
    </message>
</context>
<context>
    <name>tansiq::cli</name>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="+15" />
        <source>create the database (with the gazetteer) if it does not exist</source>
        <translation>إنشاء قاعدة البيانات (مع الدليل الجغرافي) إن لم تكن موجودة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>import an OCHA COD tabular gazetteer (CSV)</source>
        <translation>استيراد دليل جغرافي جدولي من أوتشا (CSV)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>fill an empty database with realistic demo data</source>
        <translation>ملء قاعدة بيانات فارغة ببيانات تجريبية واقعية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>count records per entity and places per level</source>
        <translation>عدّ السجلات لكل كيان والمواقع لكل مستوى</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/DemoCommand.cpp" line="+14" />
        <source>random seed (same seed, same data)</source>
        <translation>البذرة العشوائية (البذرة نفسها تعطي البيانات نفسها)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>number of activities</source>
        <translation>عدد الأنشطة</translation>
    </message>
    <message>
        <location line="+2" />
        <source>number of projects</source>
        <translation>عدد المشاريع</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fills an empty database with demo data.</source>
        <translation>يملأ قاعدة بيانات فارغة ببيانات تجريبية.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>error: --seed, --activities and --projects take whole numbers (at most 50,000,000 activities)</source>
        <translation>خطأ: الخيارات ‎--seed و‎--activities و‎--projects تأخذ أعداداً صحيحة (50,000,000 نشاط على الأكثر)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 of %2 activities</source>
        <translation>%1 من %2 نشاط</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Demo data: %1 organisations, %2 projects, %3 needs, %4 activities (%5 planted duplicates, %6 planted gaps) in %7 s.</source>
        <translation>البيانات التجريبية: المنظمات %1، المشاريع %2، الاحتياجات %3، الأنشطة %4 (تكرارات مزروعة %5، فجوات مزروعة %6) خلال %7 ثانية.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ImportGazetteerCommand.cpp" line="+14" />
        <source>an OCHA COD tabular gazetteer (CSV, UTF-8)</source>
        <translation>دليل جغرافي جدولي من أوتشا (CSV بترميز UTF-8)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adds new places and updates the names of known ones.</source>
        <translation>يضيف المواقع الجديدة ويحدّث أسماء المواقع المعروفة.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>error: give exactly one gazetteer file</source>
        <translation>خطأ: حدّد ملف دليل جغرافي واحداً فقط</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 rows read: %2 places added, %3 updated, %4 unchanged.</source>
        <translation>الصفوف المقروءة: %1؛ المواقع المضافة: %2، المحدّثة: %3، دون تغيير: %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/InitCommand.cpp" line="+15" />
        <source>the name of this office</source>
        <translation>اسم هذا المكتب</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Creates the database with the bundled gazetteer.</source>
        <translation>ينشئ قاعدة البيانات مع الدليل الجغرافي المرفق.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Database ready: %1 (schema version %2, %3 places)</source>
        <translation>قاعدة البيانات جاهزة: %1 (إصدار البنية %2، عدد المواقع %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/StatsCommand.cpp" line="+14" />
        <source>print JSON</source>
        <translation>طباعة بصيغة JSON</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Counts records per entity and places per level.</source>
        <translation>يعدّ السجلات لكل كيان والمواقع لكل مستوى.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Database: %1 (schema version %2)</source>
        <translation>قاعدة البيانات: %1 (إصدار البنية %2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisations: %1</source>
        <translation>المنظمات: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Projects: %1</source>
        <translation>المشاريع: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activities: %1</source>
        <translation>الأنشطة: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs: %1</source>
        <translation>الاحتياجات: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sectors: %1 (%2 activity types)</source>
        <translation>القطاعات: %1 (أنواع الأنشطة: %2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Governorates: %1, districts: %2, sub-districts: %3, communities: %4</source>
        <translation>المحافظات: %1، المناطق: %2، النواحي: %3، التجمعات: %4</translation>
    </message>
</context>
<context>
    <name>tansiq::cli::CliContext</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+37" />
        <location line="+17" />
        <source>error: </source>
        <translation>خطأ: </translation>
    </message>
    <message>
        <location line="-17" />
        <source>warning: </source>
        <translation>تحذير: </translation>
    </message>
    <message>
        <location line="+18" />
        <source>Run “tansiq-cli %1 --help” for the options.</source>
        <translation>شغّل «tansiq-cli %1 --help» لعرض الخيارات.</translation>
    </message>
</context>
<context>
    <name>tansiq::demo</name>
    <message>
        <location filename="../core/demo/DemoRegistry.cpp" line="+45" />
        <source>gazetteer</source>
        <translation>الدليل الجغرافي</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The database has no sub-districts: import the gazetteer first.</source>
        <translation>لا توجد نواحٍ في قاعدة البيانات: استورد الدليل الجغرافي أولاً.</translation>
    </message>
</context>
<context>
    <name>tansiq::gui</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+45" />
        <source>Tansiq: coordination of humanitarian activities (4W).</source>
        <translation>تنسيق: تنسيق الأنشطة الإنسانية (4W).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>database file (default: the per-user database)</source>
        <translation>ملف قاعدة البيانات (الافتراضي: قاعدة بيانات المستخدم)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>render every page to PNG files in DIR, then quit</source>
        <translation>حفظ صورة PNG لكل صفحة في المجلد DIR ثم الخروج</translation>
    </message>
    <message>
        <location line="+2" />
        <source>interface language: ar or en</source>
        <translation>لغة الواجهة: ar أو en</translation>
    </message>
    <message>
        <location line="+3" />
        <source>activities of demo data in a new database</source>
        <translation>عدد الأنشطة التجريبية في قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <location line="+3" />
        <source>print the time until the window is shown</source>
        <translation>طباعة الزمن حتى ظهور النافذة</translation>
    </message>
    <message>
        <location line="+43" />
        <source>The database could not be created.</source>
        <translation>تعذّر إنشاء قاعدة البيانات.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The database could not be opened.</source>
        <translation>تعذّر فتح قاعدة البيانات.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 screenshots written to %2</source>
        <translation>عدد الصور المحفوظة: %1، في %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>window shown after %1 ms</source>
        <translation>ظهرت النافذة بعد %1 ميلي ثانية</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ActivitiesPage</name>
    <message>
        <location filename="../ui/registry/ActivitiesPage.cpp" line="+152" />
        <source>%1 activities</source>
        <translation>عدد الأنشطة: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (updating…)</source>
        <translation>%1 (جارٍ التحديث…)</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Delete activity</source>
        <translation>حذف النشاط</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Delete this activity? You can undo this.</source>
        <translation>هل تريد حذف هذا النشاط؟ يمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The activity could not be deleted.</source>
        <translation>تعذّر حذف النشاط.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Search organisations, places, sectors, sites…</source>
        <translation>ابحث في المنظمات والمواقع والقطاعات…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All sectors</source>
        <translation>كل القطاعات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All organisations</source>
        <translation>كل المنظمات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From the first month</source>
        <translation>من أول شهر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To the last month</source>
        <translation>حتى آخر شهر</translation>
    </message>
    <message>
        <location line="+5" />
        <source>All places</source>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Place: %1</source>
        <translation>الموقع: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show all places</source>
        <translation>عرض كل المواقع</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../ui/registry/ActivitiesPage.h" line="+28" />
        <source>Activities (4W)</source>
        <translation>الأنشطة (4W)</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ActivityEditor</name>
    <message>
        <location filename="../ui/registry/ActivityEditor.cpp" line="+187" />
        <source>New activity</source>
        <translation>نشاط جديد</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit activity</source>
        <translation>تعديل النشاط</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Implementing organisation</source>
        <translation>المنظمة المنفّذة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activity type</source>
        <translation>نوع النشاط</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Place</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Site</source>
        <translation>الموقع التفصيلي</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location line="+0" />
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reporting month</source>
        <translation>شهر الإبلاغ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Modality</source>
        <translation>طريقة التقديم</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Population group</source>
        <translation>الفئة السكانية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People targeted</source>
        <translation>المستهدفون</translation>
    </message>
    <message>
        <location line="+0" />
        <source>People reached</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Households</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Comments</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ActivityTableModel</name>
    <message>
        <location filename="../ui/registry/ActivityTableModel.cpp" line="+165" />
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Place</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location line="+2" />
        <source>P-code</source>
        <translation>الرمز المكاني</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Modality</source>
        <translation>طريقة التقديم</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Targeted</source>
        <translation>المستهدفون</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reached</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Households</source>
        <translation>الأسر</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::DashboardCharts</name>
    <message>
        <location filename="../ui/dashboard/DashboardCharts.cpp" line="+51" />
        <source>People reached by sector</source>
        <translation>المستفيدون حسب القطاع</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Activities by reporting month</source>
        <translation>الأنشطة حسب شهر الإبلاغ</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="+97" />
        <location line="+46" />
        <source>All of Syria</source>
        <translation>كل سوريا</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Area:</source>
        <translation>المنطقة:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>People reached</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <location line="+0" />
        <source>People targeted</source>
        <translation>المستهدفون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Places</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.h" line="+23" />
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::DatabaseCreator</name>
    <message>
        <location filename="../ui/shell/DatabaseCreator.cpp" line="+31" />
        <source>Creating the database with the Syria gazetteer and demo data…</source>
        <translation>جارٍ إنشاء قاعدة البيانات مع الدليل الجغرافي لسوريا وبيانات تجريبية…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tansiq</source>
        <translation>تنسيق</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::EditorForm</name>
    <message>
        <location filename="../ui/common/EditorForm.cpp" line="+80" />
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+107" />
        <source>Tansiq</source>
        <translation>تنسيق</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tansiq — %1</source>
        <translation>تنسيق — %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::MapPage</name>
    <message>
        <location filename="../ui/map/MapPage.cpp" line="+84" />
        <location line="+39" />
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location line="-37" />
        <location line="+37" />
        <source>People reached</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <location line="-35" />
        <source>Partners (implementing organisations)</source>
        <translation>الشركاء (المنظمات المنفّذة)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Highest severity of needs (1-5)</source>
        <translation>أعلى درجة لشدة الاحتياجات (1-5)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No data</source>
        <translation>لا توجد بيانات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Boundaries: OCHA/UNCS COD-AB via geoBoundaries, CC BY 3.0 IGO</source>
        <translation>الحدود: OCHA/UNCS COD-AB عبر geoBoundaries، بترخيص CC BY 3.0 IGO</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Governorates</source>
        <translation>المحافظات</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Districts</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sub-districts</source>
        <translation>النواحي</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Shaded areas</source>
        <translation>مناطق ملوّنة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Proportional symbols</source>
        <translation>رموز متناسبة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Severity</source>
        <translation>الشدة</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Click a place to filter the dashboard, activities and needs; click it again to clear.</source>
        <translation>انقر على موقع لتصفية لوحة المعلومات والأنشطة والاحتياجات؛ وانقر عليه مرة أخرى لإلغاء التصفية.</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.h" line="+24" />
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::MessageBoxes</name>
    <message>
        <location filename="../ui/common/MessageBoxes.cpp" line="+10" />
        <source>Tansiq</source>
        <translation>تنسيق</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::NeedEditor</name>
    <message>
        <location filename="../ui/registry/NeedEditor.cpp" line="+83" />
        <source>New need</source>
        <translation>احتياج جديد</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit need</source>
        <translation>تعديل الاحتياج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Place</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Severity (1-5)</source>
        <translation>الشدة (1-5)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People in need</source>
        <translation>المحتاجون</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Assessed on</source>
        <translation>تاريخ التقييم</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::NeedModel</name>
    <message>
        <location filename="../ui/registry/NeedModel.cpp" line="+66" />
        <source>Place</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location line="+2" />
        <source>P-code</source>
        <translation>الرمز المكاني</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Severity</source>
        <translation>الشدة</translation>
    </message>
    <message>
        <location line="+2" />
        <source>People in need</source>
        <translation>المحتاجون</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Assessed on</source>
        <translation>تاريخ التقييم</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::NeedsPage</name>
    <message>
        <location filename="../ui/registry/NeedsPage.cpp" line="+58" />
        <source>Delete need</source>
        <translation>حذف الاحتياج</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Delete this need? You can undo this.</source>
        <translation>هل تريد حذف هذا الاحتياج؟ يمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The need could not be deleted.</source>
        <translation>تعذّر حذف الاحتياج.</translation>
    </message>
    <message>
        <location filename="../ui/registry/NeedsPage.h" line="+18" />
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::OrganisationEditor</name>
    <message>
        <location filename="../ui/registry/OrganisationEditor.cpp" line="+114" />
        <source>New organisation</source>
        <translation>منظمة جديدة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit organisation</source>
        <translation>تعديل المنظمة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name in English</source>
        <translation>الاسم بالإنكليزية</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Registration no.</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Contact person</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Contact phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Active</source>
        <translation>فعّالة</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::OrganisationModel</name>
    <message>
        <location filename="../ui/registry/OrganisationModel.cpp" line="+57" />
        <source>Active</source>
        <translation>فعّالة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Inactive</source>
        <translation>غير فعّالة</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Registration no.</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::OrganisationsPage</name>
    <message>
        <location filename="../ui/registry/OrganisationsPage.cpp" line="+51" />
        <source>Delete organisation</source>
        <translation>حذف المنظمة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the organisation %1? You can undo this.</source>
        <translation>هل تريد حذف المنظمة %1؟ يمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The organisation could not be deleted.</source>
        <translation>تعذّر حذف المنظمة.</translation>
    </message>
    <message>
        <location filename="../ui/registry/OrganisationsPage.h" line="+16" />
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::PlacePicker</name>
    <message>
        <location filename="../ui/common/PlacePicker.cpp" line="+29" />
        <source>Type a place name or P-code</source>
        <translation>اكتب اسم موقع أو رمزه المكاني</translation>
    </message>
    <message>
        <location line="+21" />
        <source>governorate</source>
        <translation>محافظة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>district</source>
        <translation>منطقة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sub-district</source>
        <translation>ناحية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>community</source>
        <translation>تجمّع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2، %3)</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ProjectEditor</name>
    <message>
        <location filename="../ui/registry/ProjectEditor.cpp" line="+106" />
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit project</source>
        <translation>تعديل المشروع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Title in English</source>
        <translation>العنوان بالإنكليزية</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Title in Arabic</source>
        <translation>العنوان بالعربية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lead organisation</source>
        <translation>المنظمة الرائدة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location line="+0" />
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ProjectModel</name>
    <message>
        <location filename="../ui/registry/ProjectModel.cpp" line="+69" />
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lead organisation</source>
        <translation>المنظمة الرائدة</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <location line="+2" />
        <source>End</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ProjectsPage</name>
    <message>
        <location filename="../ui/registry/ProjectsPage.cpp" line="+60" />
        <source>Delete project</source>
        <translation>حذف المشروع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the project %1? You can undo this.</source>
        <translation>هل تريد حذف المشروع %1؟ يمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The project could not be deleted.</source>
        <translation>تعذّر حذف المشروع.</translation>
    </message>
    <message>
        <location filename="../ui/registry/ProjectsPage.h" line="+17" />
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::RecordEdits</name>
    <message>
        <location filename="../ui/registry/RecordEdits.cpp" line="+84" />
        <source>Add organisation %1</source>
        <translation>إضافة المنظمة %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Edit organisation %1</source>
        <translation>تعديل المنظمة %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add project %1</source>
        <translation>إضافة المشروع %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Edit project %1</source>
        <translation>تعديل المشروع %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Add activity</source>
        <translation>إضافة نشاط</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Edit activity</source>
        <translation>تعديل النشاط</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add need</source>
        <translation>إضافة احتياج</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Edit need</source>
        <translation>تعديل الاحتياج</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Delete organisation</source>
        <translation>حذف المنظمة</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Delete project</source>
        <translation>حذف المشروع</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Delete activity</source>
        <translation>حذف النشاط</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Delete need</source>
        <translation>حذف الاحتياج</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::RecordListPage</name>
    <message>
        <location filename="../ui/registry/RecordListPage.cpp" line="+80" />
        <source>Search (Arabic or English)</source>
        <translation>بحث (بالعربية أو الإنكليزية)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 records</source>
        <translation>عدد السجلات: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2 records shown</source>
        <translation>المعروض %1 من أصل %2 سجلاً</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::SettingsPage</name>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="+81" />
        <source>The office name cannot be empty.</source>
        <translation>لا يمكن أن يكون اسم المكتب فارغاً.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The office name could not be saved.</source>
        <translation>تعذّر حفظ اسم المكتب.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Office name</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location line="+1" />
        <source>As the language (Arabic-Indic in Arabic)</source>
        <translation>حسب اللغة (هندية في العربية)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>هندية (٠١٢٣)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Latin (0123)</source>
        <translation>عربية غربية (0123)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tansiq %1 — coordination of humanitarian activities (4W), offline first.
Boundaries: OCHA/UNCS COD-AB via geoBoundaries, CC BY 3.0 IGO. Gazetteer: OpenSyria Data Geography, CC BY 4.0. Font: Noto Sans Arabic, SIL Open Font License.</source>
        <translation>تنسيق %1 — تنسيق الأنشطة الإنسانية (4W)، يعمل دون اتصال أولاً.
الحدود: OCHA/UNCS COD-AB عبر geoBoundaries، بترخيص CC BY 3.0 IGO. الدليل الجغرافي: OpenSyria Data Geography، بترخيص CC BY 4.0. الخط: Noto Sans Arabic، برخصة SIL Open Font License.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.h" line="+22" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
</TS>
