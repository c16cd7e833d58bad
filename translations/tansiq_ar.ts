<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_SY">
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>ا&amp;ختيار</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>مجلد &amp;جديد</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>مجلد جديد</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>إنشاء مجلد جديد</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>إعادة ال&amp;تسمية</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>البحث في:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ا&amp;سم الملف:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>نوع الملفات:</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>إظهار الملفات الم&amp;خفية</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;لصق</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>تحديد الكل</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>حفظ الكل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>نعم لل&amp;كل</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>لا لل&amp;كل</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>استعادة الإعدادات الافتراضية</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;لصق</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>تحديد الكل</translation>
    </message>
</context>
<context>
    <name>tansiq::Bulletin</name>
    <message>
        <source>Figure</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>Change from last month</source>
        <translation>التغير عن الشهر الماضي</translation>
    </message>
    <message>
        <source>Active partners</source>
        <translation>الشركاء النشطون</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>People reached (unique estimate)</source>
        <translation>المستفيدون (تقدير دون تكرار العدّ)</translation>
    </message>
    <message>
        <source>People reached (sum of reports)</source>
        <translation>المستفيدون (مجموع التقارير)</translation>
    </message>
    <message>
        <source>Sectors with activities</source>
        <translation>القطاعات التي فيها أنشطة</translation>
    </message>
    <message>
        <source>“People reached (unique estimate)” takes, in each place and sector, the highest number reached by any one partner, and adds these up: people served by two partners are counted once. The sum of reports counts them twice.</source>
        <translation>يأخذ مؤشر «المستفيدون (تقدير دون تكرار العدّ)» في كل موقع وقطاع أعلى عدد من المستفيدين أبلغ عنه شريك واحد، ثم يجمع هذه الأعداد: من خدمهم شريكان يُحسبون مرة واحدة، أما مجموع التقارير فيحسبهم مرتين.</translation>
    </message>
    <message>
        <source>People reached by sector</source>
        <translation>المستفيدون حسب القطاع</translation>
    </message>
    <message>
        <source>Unique estimate of people reached in %1, per sector.</source>
        <translation>تقدير المستفيدين دون تكرار العدّ في ⁨%1⁩، حسب القطاع.</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>الاتجاه الشهري</translation>
    </message>
    <message>
        <source>Unique estimate of people reached by activities active in each month.</source>
        <translation>تقدير المستفيدين دون تكرار العدّ، من الأنشطة القائمة في كل شهر.</translation>
    </message>
    <message>
        <source>Where partners reach people</source>
        <translation>أين يصل الشركاء إلى الناس</translation>
    </message>
    <message>
        <source>People reached (unique estimate) per place in %1; grey: no activity.</source>
        <translation>المستفيدون (تقدير دون تكرار العدّ) في كل موقع في ⁨%1⁩؛ الرمادي: لا نشاط.</translation>
    </message>
    <message>
        <source>Activities active in the month per place: the area of a circle is proportional to the number of activities.</source>
        <translation>الأنشطة القائمة خلال الشهر في كل موقع: مساحة الدائرة متناسبة مع عدد الأنشطة.</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>المنهجية</translation>
    </message>
    <message>
        <source>An activity counts in a month when its period overlaps that month, whatever month it started or was reported in; activities without an end date count while their status is ongoing.</source>
        <translation>يُحسب النشاط في شهر ما إذا تقاطعت مدته مع ذلك الشهر، أياً كان شهر بدئه أو الإبلاغ عنه؛ وتُحسب الأنشطة التي لا تاريخ انتهاء لها ما دامت حالتها «قيد التنفيذ».</translation>
    </message>
    <message>
        <source>Active partners are the organisations implementing at least one activity in the month. People reached (unique estimate): within each place and sector, the highest figure reported by one partner; these maxima are added across places, and across sectors the highest value per place is kept.</source>
        <translation>الشركاء النشطون هم المنظمات التي تنفذ نشاطاً واحداً على الأقل في الشهر. المستفيدون (تقدير دون تكرار العدّ): في كل موقع وقطاع، أعلى رقم أبلغ عنه شريك واحد؛ تُجمع هذه القيم العليا عبر المواقع، وعبر القطاعات تُعتمد أعلى قيمة لكل موقع.</translation>
    </message>
    <message>
        <source>Coverage is the unique estimate of people reached divided by the people in need. Gaps are place and sector pairs with severity 3 or more; they are ordered by severity, then by people in need not yet reached.</source>
        <translation>التغطية هي تقدير المستفيدين دون تكرار العدّ مقسوماً على عدد المحتاجين. الفجوات هي ثنائيات الموقع والقطاع التي تبلغ شدة الاحتياج فيها ٣ أو أكثر، مرتبةً حسب شدة الاحتياج ثم حسب عدد المحتاجين الذين لم يستفيدوا بعد.</translation>
    </message>
    <message>
        <source>Possible duplication: activities of different organisations in the same sub-district, sector, activity type and population group whose periods overlap, unless a coordinator marked them complementary.</source>
        <translation>ازدواجية محتملة: أنشطة لمنظمات مختلفة في الناحية نفسها والقطاع نفسه ونوع النشاط نفسه والفئة السكانية نفسها، تتقاطع مددها، ما لم يسمها منسق بأنها تكاملية.</translation>
    </message>
    <message>
        <source>Data sources and licences</source>
        <translation>مصادر البيانات والتراخيص</translation>
    </message>
    <message>
        <source>Activities and needs: partner 4W reports to %1, as registered in Tansiq.</source>
        <translation>الأنشطة والاحتياجات: تقارير «من يفعل ماذا وأين» (4W) المقدَّمة من الشركاء إلى ⁨%1⁩، كما سُجّلت في تنسيق.</translation>
    </message>
    <message>
        <source>Administrative boundaries and P-codes: OCHA / UNCS Syria COD-AB via geoBoundaries (CC BY 3.0 IGO); gazetteer: OpenSyria Data Geography (CC BY 4.0), GeoNames (CC BY 4.0), Wikidata (CC0).</source>
        <translation>الحدود الإدارية والرموز المكانية: OCHA / UNCS Syria COD-AB عبر geoBoundaries (CC BY 3.0 IGO)؛ الدليل الجغرافي: OpenSyria Data Geography (CC BY 4.0)، GeoNames (CC BY 4.0)، Wikidata (CC0).</translation>
    </message>
    <message>
        <source>Fonts: Noto Naskh Arabic and Noto Sans (SIL Open Font Licence 1.1).</source>
        <translation>الخطوط: Noto Naskh Arabic وNoto Sans (رخصة SIL Open Font Licence 1.1).</translation>
    </message>
    <message>
        <source>The boundaries and names on the maps do not imply official endorsement or acceptance by the United Nations or any partner.</source>
        <translation>لا تعني الحدود والأسماء الواردة في الخرائط اعترافاً أو قبولاً رسمياً من الأمم المتحدة أو من أي شريك.</translation>
    </message>
    <message>
        <source>Humanitarian response bulletin</source>
        <translation>نشرة الاستجابة الإنسانية</translation>
    </message>
    <message>
        <source>Produced on %1 with Tansiq.</source>
        <translation>أُعدّت في ⁨%1⁩ باستخدام تنسيق.</translation>
    </message>
    <message>
        <source>Key figures for %1</source>
        <translation>الأرقام الرئيسية لشهر ⁨%1⁩</translation>
    </message>
    <message>
        <source>Who does what where</source>
        <translation>من يفعل ماذا وأين</translation>
    </message>
    <message>
        <source>Gaps: where needs are severe and the response short</source>
        <translation>الفجوات: حيث الاحتياجات شديدة والاستجابة قاصرة</translation>
    </message>
    <message>
        <source>Possible duplication still open</source>
        <translation>حالات الازدواجية المحتملة التي لم تُراجع بعد</translation>
    </message>
    <message>
        <source>No open duplication alert this month.</source>
        <translation>لا توجد تنبيهات ازدواجية مفتوحة هذا الشهر.</translation>
    </message>
    <message>
        <source>Partners present</source>
        <translation>الشركاء الموجودون</translation>
    </message>
    <message>
        <source>Humanitarian response bulletin — %1 — %2</source>
        <translation>نشرة الاستجابة الإنسانية — ⁨%1⁩ — ⁨%2⁩</translation>
    </message>
    <message>
        <source>new this month</source>
        <translation>جديد هذا الشهر</translation>
    </message>
    <message>
        <source>The SQL baseline failed: %1</source>
        <translation>فشل خط الأساس SQL: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>سوريا</translation>
    </message>
    <message>
        <source>The registry held %1 activities when this bulletin was made, active from %2 to %3, and %4 needs assessments (place and sector).</source>
        <translation>عند إعداد هذه النشرة كان السجل يضم: الأنشطة: ⁨%1⁩ (قائمة من ⁨%2⁩ إلى ⁨%3⁩)؛ تقييمات الاحتياجات (موقع وقطاع): ⁨%4⁩.</translation>
    </message>
    <message>
        <source>No activity</source>
        <translation>لا نشاط</translation>
    </message>
    <message>
        <source>Boundaries: OCHA/UNCS COD-AB via geoBoundaries, CC BY 3.0 IGO</source>
        <translation>الحدود: OCHA/UNCS COD-AB عبر geoBoundaries، بترخيص CC BY 3.0 IGO</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>⁨%1⁩ كم</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <source>District</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Sub-district</source>
        <translation>الناحية</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>التجمع</translation>
    </message>
    <message>
        <source>People reached (unique)</source>
        <translation>المستفيدون (دون تكرار العدّ)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Each cell: partners (organisations) with at least one activity active in %1 in that place and sector. Totals count each partner and each person once.</source>
        <translation>كل خانة: الشركاء (المنظمات) الذين لديهم نشاط واحد على الأقل قائم في ⁨%1⁩ في ذلك الموقع والقطاع. تحسب المجاميع كل شريك وكل شخص مرة واحدة.</translation>
    </message>
    <message>
        <source>Sectors:</source>
        <translation>القطاعات:</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>شدة الاحتياج</translation>
    </message>
    <message>
        <source>People in need</source>
        <translation>المحتاجون</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Reached (unique)</source>
        <translation>المستفيدون (دون تكرار العدّ)</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>غير المستفيدين</translation>
    </message>
    <message>
        <source>Coverage = people reached (unique estimate) ÷ people in need.</source>
        <translation>التغطية = المستفيدون (تقدير دون تكرار العدّ) ÷ المحتاجون.</translation>
    </message>
    <message>
        <source>%1 place and sector pairs have severe needs (severity 3 or more) in %2; %3 of them have no partner present. Listed: the first %4 in priority order.</source>
        <translation>ثنائيات الموقع والقطاع ذات الاحتياجات الشديدة (شدة الاحتياج ٣ أو أكثر) في ⁨%2⁩: ⁨%1⁩، منها بلا أي شريك: ⁨%3⁩. المدرج هنا: أول ⁨%4⁩ حسب الأولوية.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>نوع النشاط</translation>
    </message>
    <message>
        <source>Population group</source>
        <translation>الفئة السكانية</translation>
    </message>
    <message>
        <source>Time overlap</source>
        <translation>التداخل الزمني</translation>
    </message>
    <message>
        <source>Reach ÷ need</source>
        <translation>المستفيدون ÷ المحتاجون</translation>
    </message>
    <message>
        <source>%1 possible duplications active in %2 are open (not marked complementary); listed: the %3 with the highest score. Score = time overlap × (0.5 + 0.5 × min(1, reach ÷ need)).</source>
        <translation>حالات الازدواجية المحتملة القائمة في ⁨%2⁩ والمفتوحة (غير الموسومة بأنها تكاملية): ⁨%1⁩؛ المدرج هنا: الأعلى درجةً، وعددها ⁨%3⁩. الدرجة = التداخل الزمني × (٠٫٥ + ٠٫٥ × أصغر القيمتين: ١ و(المستفيدون ÷ المحتاجون)).</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>صفحة ⁨%1⁩ من ⁨%2⁩</translation>
    </message>
    <message>
        <source>Tansiq | %1 | %2</source>
        <translation>تنسيق | ⁨%1⁩ | ⁨%2⁩</translation>
    </message>
    <message>
        <source>General coordination</source>
        <translation>تنسيق عام</translation>
    </message>
    <message>
        <source>Action point</source>
        <translation>نقطة العمل</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>Meetings held and their decisions</source>
        <translation>الاجتماعات المنعقدة وقراراتها</translation>
    </message>
    <message>
        <source>No coordination meeting was recorded this month.</source>
        <translation>لم يُسجَّل أي اجتماع تنسيقي هذا الشهر.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>مجموعة العمل</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>Overdue action points</source>
        <translation>نقاط العمل المتأخرة</translation>
    </message>
    <message>
        <source>No action point is overdue.</source>
        <translation>لا توجد نقطة عمل متأخرة.</translation>
    </message>
    <message>
        <source>Open or in progress after their due date, on %1.</source>
        <translation>مفتوحة أو قيد التنفيذ بعد تاريخ استحقاقها، في ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Action points due this month</source>
        <translation>نقاط العمل المستحقة هذا الشهر</translation>
    </message>
    <message>
        <source>No action point was due this month.</source>
        <translation>لم تستحق أي نقطة عمل هذا الشهر.</translation>
    </message>
    <message>
        <source>Action points done this month</source>
        <translation>نقاط العمل المنجزة هذا الشهر</translation>
    </message>
    <message>
        <source>No action point was marked done this month.</source>
        <translation>لم تُسجَّل أي نقطة عمل منجزة هذا الشهر.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>وضع التسجيل</translation>
    </message>
    <message>
        <source>Registrations with the Ministry of Social Affairs and Labour, its directorates or another authority, as they stood on %1 (the last day of the month), for the partners working in the area: expired, or expiring within 60 days.</source>
        <translation>تسجيل الشركاء العاملين في المنطقة لدى وزارة الشؤون الاجتماعية والعمل أو مديرياتها أو جهة أخرى، كما كان في ⁨%1⁩ (آخر يوم من الشهر): المنتهي منه أو الذي ينتهي خلال ٦٠ يوماً.</translation>
    </message>
    <message>
        <source>New partners and registrations</source>
        <translation>الشركاء الجدد والتسجيل</translation>
    </message>
    <message>
        <source>New partners this month</source>
        <translation>الشركاء الجدد هذا الشهر</translation>
    </message>
    <message>
        <source>No partner implemented here for the first time this month.</source>
        <translation>لم ينفّذ أي شريك نشاطاً هنا لأول مرة هذا الشهر.</translation>
    </message>
    <message>
        <source>Registrations expired or expiring</source>
        <translation>تسجيل منتهٍ أو على وشك الانتهاء</translation>
    </message>
    <message>
        <source>Registrations were not read for this bulletin.</source>
        <translation>لم يُقرأ تسجيل الشركاء لهذه النشرة.</translation>
    </message>
    <message>
        <source>No registration of a partner working here has expired or expires within 60 days.</source>
        <translation>لا تسجيل لشريك يعمل هنا منتهٍ أو ينتهي خلال ٦٠ يوماً.</translation>
    </message>
    <message>
        <source>need: %1</source>
        <translation>الاحتياج: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>النشاط ⁨%1⁩</translation>
    </message>
    <message>
        <source>Monitoring visits</source>
        <translation>زيارات الرصد</translation>
    </message>
    <message>
        <source>No monitoring visit was recorded this month.</source>
        <translation>لم تُسجَّل أي زيارة رصد هذا الشهر.</translation>
    </message>
    <message>
        <source>Project or activity</source>
        <translation>المشروع أو النشاط</translation>
    </message>
    <message>
        <source>Visiting organisation</source>
        <translation>المنظمة الزائرة</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>سير التنفيذ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الملاحظات الميدانية</translation>
    </message>
    <message>
        <source>“%1” is not a month: write it as YYYY-MM, for example 2026-10.</source>
        <translation>«⁨%1⁩» ليس شهراً: اكتبه بصيغة YYYY-MM، مثلاً 2026-10.</translation>
    </message>
    <message>
        <source>“%1” is not a P-code of the gazetteer: give a governorate (SY09), a district (SY0901), a sub-district (SY090100) or a community.</source>
        <translation>«⁨%1⁩» ليس رمزاً مكانياً في الدليل الجغرافي: أدخل محافظة (SY09) أو منطقة (SY0901) أو ناحية (SY090100) أو تجمعاً.</translation>
    </message>
    <message>
        <source>No bulletin for %1: the registry holds no activity.</source>
        <translation>لا نشرة لـ ⁨%1⁩: لا يضم السجل أي نشاط.</translation>
    </message>
    <message>
        <source>No bulletin for %1: the registry&apos;s activities run from %2 to %3.</source>
        <translation>لا نشرة لـ ⁨%1⁩: أنشطة السجل تمتد من ⁨%2⁩ إلى ⁨%3⁩.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>تعذّرت كتابة «⁨%1⁩»: ⁨%2⁩</translation>
    </message>
    <message>
        <source>The PDF “%1” could not be drawn.</source>
        <translation>تعذّر رسم ملف PDF «⁨%1⁩».</translation>
    </message>
</context>
<context>
    <name>tansiq::BulletinSector</name>
    <message>
        <source>Camps</source>
        <translation>المخيمات</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>التعليم</translation>
    </message>
    <message>
        <source>Early recovery</source>
        <translation>التعافي المبكر</translation>
    </message>
    <message>
        <source>Food security</source>
        <translation>الأمن الغذائي</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>اللوجستيات</translation>
    </message>
    <message>
        <source>Nutrition</source>
        <translation>التغذية</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>الحماية</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>المأوى</translation>
    </message>
    <message>
        <source>Water and hygiene</source>
        <translation>المياه والنظافة</translation>
    </message>
</context>
<context>
    <name>tansiq::CsvReader</name>
    <message>
        <source>“%1” has a cell longer than %2 characters: the file is damaged or not a table.</source>
        <translation>في الملف «⁨%1⁩» خلية تتجاوز الحد الأقصى لطول الخلية (⁨%2⁩ من الأحرف): الملف تالف أو ليس جدولاً.</translation>
    </message>
    <message>
        <source>“%1” has a quoted cell that never ends (it starts in record %2).</source>
        <translation>في الملف «⁨%1⁩» خلية بين علامتي اقتباس لا تنتهي (تبدأ في السجل ⁨%2⁩).</translation>
    </message>
</context>
<context>
    <name>tansiq::Database</name>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>مشغّل SQLite الخاص بـ Qt ‏(QSQLITE) غير مثبّت</translation>
    </message>
    <message>
        <source>the SQLite driver gave no usable handle</source>
        <translation>لم يقدّم مشغّل SQLite مقبضاً صالحاً للاستخدام</translation>
    </message>
    <message>
        <source>this file is not a Tansiq database</source>
        <translation>هذا الملف ليس قاعدة بيانات لتنسيق</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>رفضت قاعدة البيانات التعديل: ⁨%1⁩</translation>
    </message>
    <message>
        <source>database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Cannot open the database “%1”: %2</source>
        <translation>تعذّر فتح قاعدة البيانات «⁨%1⁩»: ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>tansiq::DemoGenerator</name>
    <message>
        <source>Demo generation was cancelled.</source>
        <translation>أُلغي إنشاء البيانات التجريبية.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>The database already holds organisations or activities; demo data goes only into an empty registry.</source>
        <translation>قاعدة البيانات تحتوي مسبقاً على منظمات أو أنشطة؛ لا تُضاف البيانات التجريبية إلا إلى سجل فارغ.</translation>
    </message>
    <message>
        <source>gazetteer</source>
        <translation>الدليل الجغرافي</translation>
    </message>
    <message>
        <source>The database has no sub-districts: import the gazetteer first.</source>
        <translation>لا توجد نواحٍ في قاعدة البيانات: استورد الدليل الجغرافي أولاً.</translation>
    </message>
</context>
<context>
    <name>tansiq::Engine</name>
    <message>
        <source>implementing organisation</source>
        <translation>الجهة المنفذة</translation>
    </message>
    <message>
        <source>reporting organisation</source>
        <translation>الجهة المبلِّغة</translation>
    </message>
    <message>
        <source>funding organisation (donor)</source>
        <translation>الجهة المموّلة (المانح)</translation>
    </message>
    <message>
        <source>type of the implementing organisation</source>
        <translation>نوع الجهة المنفذة</translation>
    </message>
    <message>
        <source>sector (cluster)</source>
        <translation>القطاع (المجموعة)</translation>
    </message>
    <message>
        <source>activity type</source>
        <translation>نوع النشاط</translation>
    </message>
    <message>
        <source>governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <source>district</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>sub-district</source>
        <translation>الناحية</translation>
    </message>
    <message>
        <source>community</source>
        <translation>التجمع</translation>
    </message>
    <message>
        <source>month in which the activity was active</source>
        <translation>الشهر الذي كان النشاط قائماً فيه</translation>
    </message>
    <message>
        <source>quarter in which the activity was active</source>
        <translation>الربع الذي كان النشاط قائماً فيه</translation>
    </message>
    <message>
        <source>year in which the activity was active</source>
        <translation>السنة التي كان النشاط قائماً فيها</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>طريقة تقديم المساعدة</translation>
    </message>
    <message>
        <source>population group</source>
        <translation>الفئة السكانية</translation>
    </message>
    <message>
        <source>number of activities</source>
        <translation>عدد الأنشطة</translation>
    </message>
    <message>
        <source>number of different implementing organisations</source>
        <translation>عدد الجهات المنفذة المختلفة</translation>
    </message>
    <message>
        <source>people targeted (sum)</source>
        <translation>المستهدفون (المجموع)</translation>
    </message>
    <message>
        <source>people reached (sum, counts people served twice twice)</source>
        <translation>المستفيدون (المجموع، ومن خُدم مرتين يُحسب مرتين)</translation>
    </message>
    <message>
        <source>people reached without double counting (largest reach per place, summed)</source>
        <translation>المستفيدون دون تكرار العدّ (أكبر عدد مستفيدين في كل موقع، ثم الجمع)</translation>
    </message>
    <message>
        <source>households reached (sum)</source>
        <translation>الأسر المستفيدة (المجموع)</translation>
    </message>
    <message>
        <source>people reached without double counting ÷ people in need</source>
        <translation>المستفيدون دون تكرار العدّ ÷ المحتاجون</translation>
    </message>
    <message>
        <source>budget of the activities (sum)</source>
        <translation>ميزانية الأنشطة (المجموع)</translation>
    </message>
    <message>
        <source>complementary</source>
        <translation>تكاملية</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>نوع النشاط</translation>
    </message>
    <message>
        <source>Population group</source>
        <translation>الفئة السكانية</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>All active from</source>
        <translation>جميعها قائمة من</translation>
    </message>
    <message>
        <source>until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Time overlap</source>
        <translation>التداخل الزمني</translation>
    </message>
    <message>
        <source>Combined reach ÷ people in need</source>
        <translation>مجموع المستفيدين ÷ المحتاجون</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>تمت مراجعته</translation>
    </message>
    <message>
        <source>Priority: highest severity first; then most people in need not yet reached (people in need − people reached without double counting); then most people in need.</source>
        <translation>الأولوية: الأشد احتياجاً أولاً؛ ثم الأكثر محتاجين لم يستفيدوا بعد (المحتاجون − المستفيدون دون تكرار العدّ)؛ ثم الأكثر محتاجين.</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>فجوة</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>لم يُقيَّم</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>الرمز المكاني</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>شدة الاحتياج</translation>
    </message>
    <message>
        <source>People in need</source>
        <translation>المحتاجون</translation>
    </message>
    <message>
        <source>Partners present</source>
        <translation>الشركاء الموجودون</translation>
    </message>
    <message>
        <source>Reached (without double counting)</source>
        <translation>المستفيدون (دون تكرار العدّ)</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>In need, not reached</source>
        <translation>المحتاجون غير المستفيدين</translation>
    </message>
    <message>
        <source>Severe need, no partner</source>
        <translation>احتياج شديد، دون شريك</translation>
    </message>
    <message>
        <source>(reported for a wider area)</source>
        <translation>(مُبلَّغ عنه لمنطقة أوسع)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>The 4W engine could not read the registry: %1</source>
        <translation>تعذّر على محرك 4W قراءة السجل: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The SQL baseline failed: %1</source>
        <translation>فشل خط الأساس SQL: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The SQL pivot failed: %1</source>
        <translation>فشل الجدول المحوري SQL: ⁨%1⁩</translation>
    </message>
    <message>
        <source>women reached (sum of the breakdowns given)</source>
        <translation>النساء المستفيدات (مجموع التوزيعات المُدخلة)</translation>
    </message>
    <message>
        <source>men reached (sum of the breakdowns given)</source>
        <translation>الرجال المستفيدون (مجموع التوزيعات المُدخلة)</translation>
    </message>
    <message>
        <source>girls reached (sum of the breakdowns given)</source>
        <translation>الفتيات المستفيدات (مجموع التوزيعات المُدخلة)</translation>
    </message>
    <message>
        <source>boys reached (sum of the breakdowns given)</source>
        <translation>الفتيان المستفيدون (مجموع التوزيعات المُدخلة)</translation>
    </message>
    <message>
        <source>children reached: girls and boys (sum of the breakdowns given)</source>
        <translation>الأطفال المستفيدون: الفتيات والفتيان (مجموع التوزيعات المُدخلة)</translation>
    </message>
    <message>
        <source>elderly people reached: women and men (sum of the breakdowns given)</source>
        <translation>المسنّون المستفيدون: نساءً ورجالاً (مجموع التوزيعات المُدخلة)</translation>
    </message>
    <message>
        <source>women targeted (sum of the breakdowns given)</source>
        <translation>النساء المستهدفات (مجموع التوزيعات المُدخلة)</translation>
    </message>
    <message>
        <source>men targeted (sum of the breakdowns given)</source>
        <translation>الرجال المستهدفون (مجموع التوزيعات المُدخلة)</translation>
    </message>
    <message>
        <source>girls targeted (sum of the breakdowns given)</source>
        <translation>الفتيات المستهدفات (مجموع التوزيعات المُدخلة)</translation>
    </message>
    <message>
        <source>boys targeted (sum of the breakdowns given)</source>
        <translation>الفتيان المستهدفون (مجموع التوزيعات المُدخلة)</translation>
    </message>
    <message>
        <source>children targeted: girls and boys (sum of the breakdowns given)</source>
        <translation>الأطفال المستهدفون: الفتيات والفتيان (مجموع التوزيعات المُدخلة)</translation>
    </message>
    <message>
        <source>elderly people targeted: women and men (sum of the breakdowns given)</source>
        <translation>المسنّون المستهدفون: نساءً ورجالاً (مجموع التوزيعات المُدخلة)</translation>
    </message>
    <message>
        <source>The 4W engine could not write its cache %1: %2</source>
        <translation>تعذّر على محرك 4W كتابة ذاكرته المؤقتة ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>تعذّرت كتابة «⁨%1⁩»: ⁨%2⁩</translation>
    </message>
    <message>
        <source>duplication group</source>
        <translation>مجموعة ازدواجية</translation>
    </message>
    <message>
        <source>“%1” is not a duplication group key (PCODE/TYPE/GROUP/32 hex digits).</source>
        <translation>«⁨%1⁩» ليس مفتاح مجموعة ازدواجية (PCODE/TYPE/GROUP/32 رقماً ست عشرياً).</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>The note is %1 characters long; at most %2 are kept.</source>
        <translation>طول الملاحظة ⁨%1⁩ من الأحرف؛ يُحتفظ بـ ⁨%2⁩ منها على الأكثر.</translation>
    </message>
    <message>
        <source>The group “%1” is not marked complementary.</source>
        <translation>المجموعة «⁨%1⁩» غير موسومة بأنها تكاملية.</translation>
    </message>
    <message>
        <source>The database has no activities to measure (try “tansiq-cli demo”).</source>
        <translation>لا توجد في قاعدة البيانات أنشطة للقياس (جرّب «tansiq-cli demo»).</translation>
    </message>
    <message>
        <source>activities by implementing organisation × sector in %1, %2</source>
        <translation>الأنشطة حسب الجهة المنفذة × القطاع في ⁨%1⁩، ⁨%2⁩</translation>
    </message>
    <message>
        <source>people reached without double counting by sub-district × sector, %1</source>
        <translation>المستفيدون دون تكرار العدّ حسب الناحية × القطاع، ⁨%1⁩</translation>
    </message>
    <message>
        <source>gap list: sub-district × sector with severity, people in need, partners, unique reach, %1</source>
        <translation>قائمة الفجوات: الناحية × القطاع مع شدة الاحتياج والمحتاجين والشركاء والمستفيدين دون تكرار العدّ، ⁨%1⁩</translation>
    </message>
    <message>
        <source>duplication scan over all activities (SQL: overlapping pairs by self-join)</source>
        <translation>فحص الازدواجية عبر جميع الأنشطة (SQL: الثنائيات المتداخلة بالربط الذاتي)</translation>
    </message>
    <message>
        <source>coverage by governorate × month (active during), %1</source>
        <translation>التغطية حسب المحافظة × الشهر (القائمة خلاله)، ⁨%1⁩</translation>
    </message>
    <message>
        <source>No organisation has the acronym “%1”.</source>
        <translation>لا توجد منظمة اختصارها «⁨%1⁩».</translation>
    </message>
    <message>
        <source>No sector has the code “%1”.</source>
        <translation>لا يوجد قطاع رمزه «⁨%1⁩».</translation>
    </message>
    <message>
        <source>No activity type has the code “%1”.</source>
        <translation>لا يوجد نوع نشاط رمزه «⁨%1⁩».</translation>
    </message>
    <message>
        <source>The P-code “%1” is not in the gazetteer.</source>
        <translation>الرمز المكاني «⁨%1⁩» غير موجود في الدليل الجغرافي.</translation>
    </message>
    <message>
        <source>The P-code “%1” is at admin level %2, not %3.</source>
        <translation>الرمز المكاني «⁨%1⁩» من المستوى الإداري ⁨%2⁩، وليس ⁨%3⁩.</translation>
    </message>
    <message>
        <source>“%1” is not a month (YYYY-MM).</source>
        <translation>«⁨%1⁩» ليس شهراً (YYYY-MM).</translation>
    </message>
    <message>
        <source>“%1” is not a quarter (YYYY-Qn).</source>
        <translation>«⁨%1⁩» ليس ربعاً سنوياً (YYYY-Qn).</translation>
    </message>
    <message>
        <source>“%1” is not a year (YYYY).</source>
        <translation>«⁨%1⁩» ليس سنة (YYYY).</translation>
    </message>
    <message>
        <source>“%1” is not a known %2 (one of: %3).</source>
        <translation>«⁨%1⁩» ليس من القيم المعروفة لـ«⁨%2⁩» (⁨%3⁩).</translation>
    </message>
    <message>
        <source>period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>“%1” is not a period: write YYYY-MM or YYYY-MM..YYYY-MM, the first month not after the last.</source>
        <translation>«⁨%1⁩» ليس فترة: اكتب YYYY-MM أو YYYY-MM..YYYY-MM، على ألا يكون الشهر الأول بعد الأخير.</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>البُعد</translation>
    </message>
    <message>
        <source>“%1” is not a dimension. Dimensions: %2.</source>
        <translation>«⁨%1⁩» ليس بُعداً. الأبعاد: ⁨%2⁩.</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>“%1” is not a measure. Measures: %2.</source>
        <translation>«⁨%1⁩» ليس مقياساً. المقاييس: ⁨%2⁩.</translation>
    </message>
    <message>
        <source>admin level</source>
        <translation>المستوى الإداري</translation>
    </message>
    <message>
        <source>“%1” is not an admin level: use 1 (governorate) to 4 (community).</source>
        <translation>«⁨%1⁩» ليس مستوى إدارياً: استخدم من 1 (المحافظة) إلى 4 (التجمع).</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>عامل التصفية</translation>
    </message>
    <message>
        <source>“%1” is not a filter: write DIMENSION=VALUE, e.g. sector=WASH.</source>
        <translation>«⁨%1⁩» ليس عامل تصفية: اكتب DIMENSION=VALUE، مثلاً sector=WASH.</translation>
    </message>
    <message>
        <source>place</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>No pivot of the bench is called %1; the pivots are: %2.</source>
        <translation>لا يوجد في المقياس جدول محوري اسمه ⁨%1⁩؛ الجداول المحورية هي: ⁨%2⁩.</translation>
    </message>
</context>
<context>
    <name>tansiq::FieldChecks</name>
    <message>
        <source>%1 contains characters that are not valid text (broken UTF-8 or control characters).</source>
        <translation>يحتوي الحقل «⁨%1⁩» على محارف غير صالحة (ترميز UTF-8 تالف أو محارف تحكّم).</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>الحقل «⁨%1⁩» مطلوب.</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>الحقل «⁨%1⁩» طويل جداً (عدد الأحرف: ⁨%2⁩، والحد الأقصى: ⁨%3⁩).</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date; write it as YYYY-MM-DD, for example 2026-10-31.</source>
        <translation>قيمة «⁨%1⁩» («⁨%2⁩») ليست تاريخاً؛ اكتبها بالسنة ثم الشهر ثم اليوم، مثل ⁨٢٠٢٦‎-‎١٠‎-‎٣١⁩.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a month; write it as YYYY-MM, for example 2026-10.</source>
        <translation>قيمة «⁨%1⁩» («⁨%2⁩») ليست شهراً؛ اكتبها بالسنة ثم الشهر، مثل ⁨٢٠٢٦‎-‎١٠⁩.</translation>
    </message>
    <message>
        <source>%1 %2 is before %3 %4.</source>
        <translation>قيمة «⁨%1⁩» (⁨%2⁩) تسبق قيمة «⁨%3⁩» (⁨%4⁩).</translation>
    </message>
    <message>
        <source>%1 cannot be negative (%2).</source>
        <translation>لا يمكن أن تكون قيمة «⁨%1⁩» سالبة (⁨%2⁩).</translation>
    </message>
    <message>
        <source>%1 must be a non-negative amount (%2).</source>
        <translation>يجب أن تكون قيمة «⁨%1⁩» مبلغاً غير سالب (⁨%2⁩).</translation>
    </message>
    <message>
        <source>%1 “%2” is not a currency code such as USD, EUR or SYP.</source>
        <translation>قيمة ⁨%1⁩ «⁨%2⁩» ليست رمز عملة مثل USD أو EUR أو SYP.</translation>
    </message>
    <message>
        <source>%1 “%2” is not one of: %3.</source>
        <translation>قيمة ⁨%1⁩ «⁨%2⁩» ليست من القيم المسموحة: ⁨%3⁩.</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>أدخل خط العرض وخط الطول معاً، أو اتركهما فارغين.</translation>
    </message>
    <message>
        <source>%1 %2 is outside -90 to 90.</source>
        <translation>قيمة ⁨%1⁩ ⁨%2⁩ خارج المجال من ‎-90 إلى 90.</translation>
    </message>
    <message>
        <source>%1 %2 is outside -180 to 180.</source>
        <translation>قيمة ⁨%1⁩ ⁨%2⁩ خارج المجال من ‎-180 إلى 180.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a whole number.</source>
        <translation>قيمة ⁨%1⁩ «⁨%2⁩» ليست عدداً صحيحاً.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a plausible count.</source>
        <translation>قيمة ⁨%1⁩ «⁨%2⁩» ليست عدداً معقولاً.</translation>
    </message>
    <message>
        <source>%1 “%2” is not an e-mail address; write it as name@example.org.</source>
        <translation>قيمة «⁨%1⁩» («⁨%2⁩») ليست عنوان بريد إلكتروني؛ اكتبه مثل ⁨name@example.org⁩.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a telephone number; write digits with an optional leading +, for example +963 11 234 5678.</source>
        <translation>قيمة «⁨%1⁩» («⁨%2⁩») ليست رقم هاتف؛ اكتب الأرقام، وقبلها علامة + عند الحاجة، مثل ⁨‎+963 11 234 5678⁩.</translation>
    </message>
    <message>
        <source>%1 “%2” is not an amount; write digits only, for example 25000 or 1250.50.</source>
        <translation>قيمة «⁨%1⁩» («⁨%2⁩») ليست مبلغاً؛ اكتب أرقاماً فقط، مثل ⁨٢٥٠٠٠⁩ أو ⁨١٢٥٠٫٥٠⁩.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a plausible amount.</source>
        <translation>قيمة «⁨%1⁩» («⁨%2⁩») ليست مبلغاً معقولاً.</translation>
    </message>
</context>
<context>
    <name>tansiq::GazetteerColumns</name>
    <message>
        <source>“%1” has P-codes for level %2 but not for level %3: the column admin%3Pcode (or ADM%3_PCODE) is missing.</source>
        <translation>في الملف «⁨%1⁩» رموز مكانية للمستوى ⁨%2⁩ دون المستوى ⁨%3⁩: العمود admin⁨%3⁩Pcode (أو ADM⁨%3⁩_PCODE) مفقود.</translation>
    </message>
    <message>
        <source>“%1” is not an OCHA gazetteer: no column holds P-codes (admin1Pcode, ADM1_PCODE or adm1_pcode).</source>
        <translation>الملف «⁨%1⁩» ليس دليلاً جغرافياً من أوتشا: لا يوجد عمود للرموز المكانية (admin1Pcode أو ADM1_PCODE أو adm1_pcode).</translation>
    </message>
    <message>
        <source>“%1” has no column %2: every level needs its English and Arabic names.</source>
        <translation>لا يحتوي الملف «⁨%1⁩» على العمود ⁨%2⁩: يحتاج كل مستوى إلى اسميه بالإنجليزية والعربية.</translation>
    </message>
</context>
<context>
    <name>tansiq::GazetteerImporter</name>
    <message>
        <source>file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>تعذّرت قراءة «⁨%1⁩»: ⁨%2⁩</translation>
    </message>
    <message>
        <source>“%1” is too large to be a gazetteer.</source>
        <translation>الملف «⁨%1⁩» أكبر من أن يكون دليلاً جغرافياً.</translation>
    </message>
    <message>
        <source>“%1” has no rows below its header.</source>
        <translation>لا توجد صفوف تحت ترويسة الملف «⁨%1⁩».</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>الرمز المكاني</translation>
    </message>
    <message>
        <source>The level-%1 P-code is empty.</source>
        <translation>الرمز المكاني للمستوى ⁨%1⁩ فارغ.</translation>
    </message>
    <message>
        <source>The parent of %1 is unknown: it is neither in this row nor in the gazetteer.</source>
        <translation>الوحدة الأم لـ ⁨%1⁩ غير معروفة: فهي ليست في هذا الصف ولا في الدليل الجغرافي.</translation>
    </message>
    <message>
        <source>P-code %1 does not start with its parent&apos;s P-code %2.</source>
        <translation>الرمز المكاني ⁨%1⁩ لا يبدأ بالرمز المكاني الخاص بالوحدة الأم ⁨%2⁩.</translation>
    </message>
    <message>
        <source>%1 has no English or no Arabic name.</source>
        <translation>ليس لـ ⁨%1⁩ اسم إنجليزي أو اسم عربي.</translation>
    </message>
    <message>
        <source>%1 appears under two different parents (%2 in row %3, %4 here).</source>
        <translation>يظهر ⁨%1⁩ تحت وحدتين أم مختلفتين (⁨%2⁩ في الصف ⁨%3⁩، و⁨%4⁩ هنا).</translation>
    </message>
</context>
<context>
    <name>tansiq::Issue</name>
    <message>
        <source>row %1: %2</source>
        <translation>الصف ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Internal error: an operation that succeeded was reported as a failure. Please report this.</source>
        <translation>خطأ داخلي: أُبلغ عن عملية نجحت على أنها فشلت. يُرجى الإبلاغ عن ذلك.</translation>
    </message>
</context>
<context>
    <name>tansiq::Migrator</name>
    <message>
        <source>schema version</source>
        <translation>إصدار البنية</translation>
    </message>
    <message>
        <source>This database was written by a newer Tansiq (schema version %1; this version knows up to %2). Please update Tansiq.</source>
        <translation>كُتبت قاعدة البيانات هذه بإصدار أحدث من تنسيق (إصدار البنية ⁨%1⁩، وهذا الإصدار يعرف حتى ⁨%2⁩). يُرجى تحديث تنسيق.</translation>
    </message>
    <message>
        <source>The upgrade script for schema version %1 is missing from this build.</source>
        <translation>نص الترقية لإصدار البنية ⁨%1⁩ مفقود من هذا الإصدار.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed: %2</source>
        <translation>فشلت ترقية قاعدة البيانات إلى إصدار البنية ⁨%1⁩: ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>tansiq::Minutes</name>
    <message>
        <source>meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>No meeting has the id “%1”.</source>
        <translation>لا يوجد اجتماع معرّفه «⁨%1⁩».</translation>
    </message>
    <message>
        <source>Minutes of the meeting</source>
        <translation>محضر الاجتماع</translation>
    </message>
    <message>
        <source>General coordination meeting</source>
        <translation>اجتماع تنسيقي عام</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>مقر الاجتماع</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>رئيس الاجتماع</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>No attendance was recorded.</source>
        <translation>لم يُسجَّل الحضور.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>المناقشة</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>No decision was recorded.</source>
        <translation>لم يُسجَّل أي قرار.</translation>
    </message>
    <message>
        <source>Action points</source>
        <translation>نقاط العمل</translation>
    </message>
    <message>
        <source>No action point was set.</source>
        <translation>لم تُحدَّد أي نقطة عمل.</translation>
    </message>
    <message>
        <source>Produced on %1 with Tansiq by %2.</source>
        <translation>أُعدّ في ⁨%1⁩ باستخدام تنسيق من قِبل ⁨%2⁩.</translation>
    </message>
    <message>
        <source>Minutes — %1 — %2</source>
        <translation>محضر — ⁨%1⁩ — ⁨%2⁩</translation>
    </message>
    <message>
        <source>Tansiq | %1 | %2</source>
        <translation>تنسيق | ⁨%1⁩ | ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>tansiq::RecordWriter</name>
    <message>
        <source>No record %1 exists in %2.</source>
        <translation>لا يوجد السجل ⁨%1⁩ في ⁨%2⁩.</translation>
    </message>
</context>
<context>
    <name>tansiq::Registry</name>
    <message>
        <source>Coordination office</source>
        <translation>مكتب التنسيق</translation>
    </message>
</context>
<context>
    <name>tansiq::Statement</name>
    <message>
        <source>The database refused the change: %1</source>
        <translation>رفضت قاعدة البيانات التعديل: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>tansiq::TextDecoding</name>
    <message>
        <source>binary data</source>
        <translation>بيانات ثنائية</translation>
    </message>
    <message>
        <source>“%1” is not a text file (it contains binary data).</source>
        <translation>الملف «⁨%1⁩» ليس ملفاً نصياً (يحتوي على بيانات ثنائية).</translation>
    </message>
    <message>
        <source>“%1” starts as UTF-8 text but is damaged.</source>
        <translation>يبدأ «⁨%1⁩» بنص ⁨UTF-8⁩ لكنه تالف.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text (it looks like %2). Save it as “CSV UTF-8” and try again.</source>
        <translation>الملف «⁨%1⁩» ليس نصاً بترميز UTF-8 (يبدو أنه ⁨%2⁩). احفظه بصيغة «CSV UTF-8» ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>This system cannot read Windows-1256 text.</source>
        <translation>لا يستطيع هذا النظام قراءة نص بترميز Windows-1256.</translation>
    </message>
    <message>
        <source>“%1” looks like UTF-16 text but is damaged.</source>
        <translation>الملف «⁨%1⁩» يبدو نصاً بترميز UTF-16 لكنه تالف.</translation>
    </message>
</context>
<context>
    <name>tansiq::Validators</name>
    <message>
        <source>%1 is required.</source>
        <translation>الحقل «⁨%1⁩» مطلوب.</translation>
    </message>
    <message>
        <source>%1 “%2” is not in the gazetteer.</source>
        <translation>قيمة ⁨%1⁩ «⁨%2⁩» غير موجودة في الدليل الجغرافي.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a known organisation.</source>
        <translation>قيمة ⁨%1⁩ «⁨%2⁩» ليست منظمة معروفة.</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>%1 “%2” is not a known sector.</source>
        <translation>قيمة ⁨%1⁩ «⁨%2⁩» ليست قطاعاً معروفاً.</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>organisation type</source>
        <translation>نوع المنظمة</translation>
    </message>
    <message>
        <source>registration number</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>اسم جهة الاتصال</translation>
    </message>
    <message>
        <source>contact email</source>
        <translation>بريد جهة الاتصال</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>هاتف جهة الاتصال</translation>
    </message>
    <message>
        <source>project code</source>
        <translation>رمز المشروع</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>العنوان بالإنجليزية</translation>
    </message>
    <message>
        <source>Arabic title</source>
        <translation>العنوان بالعربية</translation>
    </message>
    <message>
        <source>lead organisation</source>
        <translation>الجهة الرائدة</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>partner role</source>
        <translation>دور الشريك</translation>
    </message>
    <message>
        <source>girls reached</source>
        <translation>الفتيات المستفيدات</translation>
    </message>
    <message>
        <source>boys reached</source>
        <translation>الفتيان المستفيدون</translation>
    </message>
    <message>
        <source>women reached</source>
        <translation>النساء المستفيدات</translation>
    </message>
    <message>
        <source>men reached</source>
        <translation>الرجال المستفيدون</translation>
    </message>
    <message>
        <source>elderly women reached</source>
        <translation>المسنّات المستفيدات</translation>
    </message>
    <message>
        <source>elderly men reached</source>
        <translation>المسنّون المستفيدون</translation>
    </message>
    <message>
        <source>people reached</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>implementing organisation</source>
        <translation>الجهة المنفذة</translation>
    </message>
    <message>
        <source>reporting organisation</source>
        <translation>الجهة المبلِّغة</translation>
    </message>
    <message>
        <source>programming partner</source>
        <translation>الشريك البرامجي</translation>
    </message>
    <message>
        <source>donor</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <source>project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>%1 “%2” is not a known project.</source>
        <translation>قيمة ⁨%1⁩ «⁨%2⁩» ليست مشروعاً معروفاً.</translation>
    </message>
    <message>
        <source>activity type</source>
        <translation>نوع النشاط</translation>
    </message>
    <message>
        <source>%1 “%2” is not a known activity type.</source>
        <translation>قيمة ⁨%1⁩ «⁨%2⁩» ليست نوع نشاط معروفاً.</translation>
    </message>
    <message>
        <source>The activity type does not belong to the chosen sector.</source>
        <translation>نوع النشاط لا ينتمي إلى القطاع المختار.</translation>
    </message>
    <message>
        <source>place P-code</source>
        <translation>الرمز المكاني للموقع</translation>
    </message>
    <message>
        <source>site</source>
        <translation>الموقع التفصيلي</translation>
    </message>
    <message>
        <source>reporting month</source>
        <translation>شهر الإبلاغ</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>طريقة تقديم المساعدة</translation>
    </message>
    <message>
        <source>population group</source>
        <translation>الفئة السكانية</translation>
    </message>
    <message>
        <source>people targeted</source>
        <translation>المستهدفون</translation>
    </message>
    <message>
        <source>households</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>transfer value</source>
        <translation>قيمة التحويل</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>%1 people reached is more than the %2 targeted; please check the figures.</source>
        <translation>عدد المستفيدين (⁨%1⁩) أكبر من عدد المستهدفين (⁨%2⁩)؛ يُرجى التحقق من الأرقام.</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>شدة الاحتياج</translation>
    </message>
    <message>
        <source>%1 must be from 1 (minimal) to 5 (catastrophic), not %2.</source>
        <translation>يجب أن تكون قيمة «⁨%1⁩» من 1 (طفيفة) إلى 5 (كارثية)، لا ⁨%2⁩.</translation>
    </message>
    <message>
        <source>people in need</source>
        <translation>المحتاجون</translation>
    </message>
    <message>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>assessment date</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <source>note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>action point</source>
        <translation>نقطة العمل</translation>
    </message>
    <message>
        <source>%1 “%2” does not exist.</source>
        <translation>قيمة ⁨%1⁩ «⁨%2⁩» غير موجودة.</translation>
    </message>
    <message>
        <source>area P-code</source>
        <translation>الرمز المكاني للنطاق الجغرافي</translation>
    </message>
    <message>
        <source>meeting cadence</source>
        <translation>وتيرة الاجتماعات</translation>
    </message>
    <message>
        <source>member organisation</source>
        <translation>المنظمة العضو</translation>
    </message>
    <message>
        <source>member role</source>
        <translation>دور العضو</translation>
    </message>
    <message>
        <source>%1 “%2” is listed twice.</source>
        <translation>قيمة ⁨%1⁩ «⁨%2⁩» مذكورة مرتين.</translation>
    </message>
    <message>
        <source>A working group has one lead organisation; make the others co-leads.</source>
        <translation>لمجموعة العمل جهة رائدة واحدة؛ اجعل الجهات الأخرى جهات رائدة مشاركة.</translation>
    </message>
    <message>
        <source>meeting date</source>
        <translation>تاريخ الاجتماع</translation>
    </message>
    <message>
        <source>working group</source>
        <translation>مجموعة العمل</translation>
    </message>
    <message>
        <source>meeting title</source>
        <translation>عنوان الاجتماع</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>مقر الاجتماع</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>رئيس الاجتماع</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>المحضر</translation>
    </message>
    <message>
        <source>attending organisation</source>
        <translation>المنظمة الحاضرة</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>decision place P-code</source>
        <translation>الرمز المكاني لموقع القرار</translation>
    </message>
    <message>
        <source>need</source>
        <translation>الاحتياج</translation>
    </message>
    <message>
        <source>responsible organisation</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>monitoring visit</source>
        <translation>زيارة الرصد</translation>
    </message>
    <message>
        <source>visit date</source>
        <translation>تاريخ الزيارة</translation>
    </message>
    <message>
        <source>project or activity</source>
        <translation>المشروع أو النشاط</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>visiting organisation</source>
        <translation>المنظمة الزائرة</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>الملاحظات الميدانية</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>registration authority</source>
        <translation>جهة التسجيل</translation>
    </message>
    <message>
        <source>authority name</source>
        <translation>اسم الجهة</translation>
    </message>
    <message>
        <source>registration date</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>تاريخ انتهاء التسجيل</translation>
    </message>
    <message>
        <source>registration status</source>
        <translation>حالة التسجيل</translation>
    </message>
    <message>
        <source>An organisation needs a name: give its Arabic name, its English name or both.</source>
        <translation>تحتاج المنظمة إلى اسم: أدخل اسمها بالعربية أو بالإنجليزية أو كليهما.</translation>
    </message>
    <message>
        <source>girls targeted</source>
        <translation>الفتيات المستهدفات</translation>
    </message>
    <message>
        <source>boys targeted</source>
        <translation>الفتيان المستهدفون</translation>
    </message>
    <message>
        <source>women targeted</source>
        <translation>النساء المستهدفات</translation>
    </message>
    <message>
        <source>men targeted</source>
        <translation>الرجال المستهدفون</translation>
    </message>
    <message>
        <source>elderly women targeted</source>
        <translation>المسنّات المستهدفات</translation>
    </message>
    <message>
        <source>elderly men targeted</source>
        <translation>المسنّون المستهدفون</translation>
    </message>
    <message>
        <source>%1 is %2, but the breakdown by sex and age adds up to %3; please check the figures.</source>
        <translation>قيمة «⁨%1⁩» هي ⁨%2⁩، لكن مجموع التوزيع حسب الجنس والعمر ⁨%3⁩؛ يُرجى التحقق من الأرقام.</translation>
    </message>
</context>
<context>
    <name>tansiq::Workspace</name>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>لا توجد قاعدة بيانات في «⁨%1⁩».</translation>
    </message>
</context>
<context>
    <name>tansiq::backup</name>
    <message>
        <source>daily</source>
        <translation>يومية</translation>
    </message>
    <message>
        <source>asked for</source>
        <translation>بطلب المستخدم</translation>
    </message>
    <message>
        <source>before a sync bundle import</source>
        <translation>قبل استيراد حزمة مزامنة</translation>
    </message>
    <message>
        <source>before a 4W spreadsheet import</source>
        <translation>قبل استيراد جدول 4W</translation>
    </message>
    <message>
        <source>before a database upgrade</source>
        <translation>قبل ترقية قاعدة البيانات</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
</context>
<context>
    <name>tansiq::backup::errors</name>
    <message>
        <source>the header is incomplete</source>
        <translation>الترويسة ناقصة</translation>
    </message>
    <message>
        <source>the header is not valid</source>
        <translation>الترويسة غير صالحة</translation>
    </message>
    <message>
        <source>not enough memory to check the passphrase</source>
        <translation>لا تكفي الذاكرة للتحقق من عبارة المرور</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>الملف مبتور</translation>
    </message>
    <message>
        <source>a part does not decrypt</source>
        <translation>تعذّر فك تشفير جزء منه</translation>
    </message>
    <message>
        <source>the decrypted copy cannot be written</source>
        <translation>تعذّرت كتابة النسخة المفكوكة التشفير</translation>
    </message>
    <message>
        <source>bytes follow the end</source>
        <translation>توجد بايتات بعد نهايته</translation>
    </message>
    <message>
        <source>the folder does not exist (is the stick plugged in?)</source>
        <translation>المجلد غير موجود (هل الذاكرة المحمولة موصولة؟)</translation>
    </message>
    <message>
        <source>not enough memory to derive the key</source>
        <translation>لا تكفي الذاكرة لاشتقاق المفتاح</translation>
    </message>
    <message>
        <source>There is not enough free space in “%1” for the backup (it needs about %2 MB, %3 MB are free). No backup was written: free some space and try again.</source>
        <translation>لا توجد مساحة فارغة كافية في «⁨%1⁩» للنسخة الاحتياطية (تحتاج نحو ⁨%2⁩ ميغابايت، والمتاح ⁨%3⁩ ميغابايت). لم تُكتب أي نسخة احتياطية: أفرغ بعض المساحة ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full. No backup was written (the partial file was removed): free some space and try again.</source>
        <translation>القرص الذي يحوي «⁨%1⁩» ممتلئ. لم تُكتب أي نسخة احتياطية (وحُذف الملف الجزئي): أفرغ بعض المساحة ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>backup folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Cannot write in the backup folder “%1”: %2. No backup was written.</source>
        <translation>تتعذّر الكتابة في مجلد النسخ الاحتياطية «⁨%1⁩»: ⁨%2⁩. لم تُكتب أي نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Writing the backup in “%1” failed: %2. No backup was written (the partial file was removed).</source>
        <translation>فشلت كتابة النسخة الاحتياطية في «⁨%1⁩»: ⁨%2⁩. لم تُكتب أي نسخة احتياطية (وحُذف الملف الجزئي).</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>The backup written to “%1” does not read back correctly (%2), so it was removed. Try again, or on another disk.</source>
        <translation>النسخة الاحتياطية المكتوبة في «⁨%1⁩» لا تُقرأ بشكل صحيح (⁨%2⁩)، لذا حُذفت. أعد المحاولة، أو على قرص آخر.</translation>
    </message>
    <message>
        <source>“%1” is not a Tansiq backup or database. Nothing was changed.</source>
        <translation>«⁨%1⁩» ليس نسخة احتياطية ولا قاعدة بيانات لتنسيق. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The backup “%1” is damaged (%2). Nothing was changed: choose another backup.</source>
        <translation>النسخة الاحتياطية «⁨%1⁩» تالفة (⁨%2⁩). لم يتغيّر شيء: اختر نسخة احتياطية أخرى.</translation>
    </message>
    <message>
        <source>schema version</source>
        <translation>إصدار البنية</translation>
    </message>
    <message>
        <source>The backup “%1” was made by a newer Tansiq (schema version %2; this version knows up to %3). Update Tansiq to restore it. Nothing was changed.</source>
        <translation>أُنشئت النسخة الاحتياطية «⁨%1⁩» بإصدار أحدث من تنسيق (إصدار البنية ⁨%2⁩؛ ويعرف هذا الإصدار حتى ⁨%3⁩). حدّث تنسيق لاستعادتها. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the encrypted backup “%1” is damaged. Nothing was changed.</source>
        <translation>عبارة المرور خاطئة، أو أن النسخة الاحتياطية المشفّرة «⁨%1⁩» تالفة. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2. Nothing was changed.</source>
        <translation>تتعذّر قراءة «⁨%1⁩»: ⁨%2⁩. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Tansiq keeps a backup %1 and could not make it, so nothing was changed. %2</source>
        <translation>يحتفظ تنسيق بنسخة احتياطية ⁨%1⁩ وتعذّر إنشاؤها، لذا لم يتغيّر شيء. ⁨%2⁩</translation>
    </message>
    <message>
        <source>database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Could not put the restored database in place at “%1”: %2. The database is as it was before the restore.</source>
        <translation>تعذّر وضع قاعدة البيانات المستعادة في مكانها «⁨%1⁩»: ⁨%2⁩. بقيت قاعدة البيانات كما كانت قبل الاستعادة.</translation>
    </message>
    <message>
        <source>This is not the office passphrase (the one that unlocks this office&apos;s keys). The backup is encrypted only with it, so that the office can be restored with its keys. Nothing was written.</source>
        <translation>هذه ليست عبارة مرور المكتب (التي تفتح مفاتيح هذا المكتب). لا تُشفَّر النسخة الاحتياطية إلا بها، كي يُستعاد المكتب بمفاتيحه. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>يتعذّر إنشاء المجلد</translation>
    </message>
    <message>
        <source>its record counts differ from the database&apos;s</source>
        <translation>أعداد سجلاتها تختلف عن أعداد قاعدة البيانات</translation>
    </message>
    <message>
        <source>the finished backup could not be renamed</source>
        <translation>تعذّرت إعادة تسمية النسخة الاحتياطية المكتملة</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>the disk did not confirm the write</source>
        <translation>لم يؤكّد القرص الكتابة</translation>
    </message>
    <message>
        <source>the damaged file cannot be moved aside</source>
        <translation>يتعذّر نقل الملف التالف جانباً</translation>
    </message>
    <message>
        <source>The database being replaced could not be read, so it was not backed up; it was kept as “%1”.</source>
        <translation>تعذّرت قراءة قاعدة البيانات المستبدَلة، فلم تُنسخ احتياطياً؛ واحتُفظ بها باسم «⁨%1⁩».</translation>
    </message>
</context>
<context>
    <name>tansiq::cli</name>
    <message>
        <source>create the database (with the gazetteer) if it does not exist</source>
        <translation>إنشاء قاعدة البيانات (مع الدليل الجغرافي) إن لم تكن موجودة</translation>
    </message>
    <message>
        <source>import an OCHA COD tabular gazetteer (CSV)</source>
        <translation>استيراد دليل جغرافي جدولي من أوتشا (CSV)</translation>
    </message>
    <message>
        <source>fill an empty database with realistic demo data</source>
        <translation>ملء قاعدة بيانات فارغة ببيانات تجريبية واقعية</translation>
    </message>
    <message>
        <source>count records per entity and places per level</source>
        <translation>عدّ السجلات لكل كيان والمواقع لكل مستوى</translation>
    </message>
    <message>
        <source>export the 4W as HXL-tagged CSV or XLSX</source>
        <translation>تصدير بيانات 4W بصيغة CSV أو XLSX موسومة بوسوم HXL</translation>
    </message>
    <message>
        <source>import a 4W spreadsheet (CSV or XLSX; --dry-run to review)</source>
        <translation>استيراد جدول 4W (CSV أو XLSX؛ ‎--dry-run للمراجعة)</translation>
    </message>
    <message>
        <source>import OCHA COD-AB boundaries (GeoJSON, admin level 1-3) for the map</source>
        <translation>استيراد حدود COD-AB من OCHA (GeoJSON، المستوى الإداري 1-3) للخريطة</translation>
    </message>
    <message>
        <source>time importing a generated 4W CSV (default 100,000 rows) against a baseline</source>
        <translation>قياس زمن استيراد ملف CSV مُولَّد لبيانات 4W (افتراضياً 100,000 صف) مقارنةً بخط أساس</translation>
    </message>
    <message>
        <source>4W pivot: a measure by two dimensions, with totals</source>
        <translation>جدول 4W المحوري: مقياس حسب بُعدين، مع المجاميع</translation>
    </message>
    <message>
        <source>places and sectors by priority: needs, partners, coverage</source>
        <translation>المواقع والقطاعات حسب الأولوية: الاحتياجات، الشركاء، التغطية</translation>
    </message>
    <message>
        <source>possible duplications; mark a group complementary</source>
        <translation>حالات الازدواجية المحتملة؛ وسم مجموعة بأنها تكاملية</translation>
    </message>
    <message>
        <source>time the 4W engine against SQL on this database</source>
        <translation>قياس زمن محرك 4W مقارنةً بـ SQL على قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>set up this office, its keys and enrolment; roster and revocation</source>
        <translation>إعداد هذا المكتب ومفاتيحه وتسجيله؛ سجل المكاتب وسحب الاعتماد</translation>
    </message>
    <message>
        <source>write an encrypted sync bundle for another office</source>
        <translation>كتابة حزمة مزامنة مشفّرة لمكتب آخر</translation>
    </message>
    <message>
        <source>import a sync bundle (all or nothing, safe to repeat)</source>
        <translation>استيراد حزمة مزامنة (كلها أو لا شيء، وآمن التكرار)</translation>
    </message>
    <message>
        <source>list and resolve concurrent edits</source>
        <translation>عرض التعديلات المتزامنة وحلّها</translation>
    </message>
    <message>
        <source>hash of the replicated content, to compare offices</source>
        <translation>تجزئة المحتوى المنسوخ، لمقارنة المكاتب</translation>
    </message>
    <message>
        <source>what was sent to and acknowledged by each office</source>
        <translation>ما أُرسل إلى كل مكتب وما أكّد استلامه</translation>
    </message>
    <message>
        <source>list batches held back for a clock far ahead; release them once checked</source>
        <translation>عرض الدفعات المحجوزة بسبب ساعة متقدمة كثيراً؛ والإفراج عنها بعد التحقق منها</translation>
    </message>
    <message>
        <source>benchmark bundle export and import</source>
        <translation>قياس أداء تصدير الحزم واستيرادها</translation>
    </message>
    <message>
        <source>write the monthly PDF bulletin (Arabic or English) for the country or an area</source>
        <translation>كتابة النشرة الشهرية بصيغة PDF (بالعربية أو الإنجليزية) للبلد أو لمنطقة</translation>
    </message>
    <message>
        <source>time producing a bulletin against reading its activities with SQL</source>
        <translation>قياس زمن إعداد نشرة مقارنةً بقراءة أنشطتها عبر SQL</translation>
    </message>
    <message>
        <source>random seed (same seed, same data)</source>
        <translation>البذرة العشوائية (البذرة نفسها تعطي البيانات نفسها)</translation>
    </message>
    <message>
        <source>number of activities</source>
        <translation>عدد الأنشطة</translation>
    </message>
    <message>
        <source>number of projects</source>
        <translation>عدد المشاريع</translation>
    </message>
    <message>
        <source>Fills an empty database with demo data.</source>
        <translation>يملأ قاعدة بيانات فارغة ببيانات تجريبية.</translation>
    </message>
    <message>
        <source>error: --seed, --activities and --projects take whole numbers (at most 50,000,000 activities)</source>
        <translation>خطأ: الخيارات ‎--seed و‎--activities و‎--projects تأخذ أعداداً صحيحة (50,000,000 نشاط على الأكثر)</translation>
    </message>
    <message>
        <source>%1 of %2 activities</source>
        <translation>الأنشطة: ⁨%1⁩ من ⁨%2⁩</translation>
    </message>
    <message>
        <source>Demo data: %1 organisations, %2 projects, %3 needs, %4 activities (%5 planted duplicates, %6 planted gaps) in %7 s.</source>
        <translation>البيانات التجريبية: المنظمات: ⁨%1⁩، المشاريع: ⁨%2⁩، الاحتياجات: ⁨%3⁩، الأنشطة: ⁨%4⁩ (ازدواجيات مزروعة: ⁨%5⁩، فجوات مزروعة: ⁨%6⁩) خلال ⁨%7⁩ ثانية.</translation>
    </message>
    <message>
        <source>an OCHA COD tabular gazetteer (CSV, UTF-8)</source>
        <translation>دليل جغرافي جدولي من أوتشا (CSV بترميز UTF-8)</translation>
    </message>
    <message>
        <source>Adds new places and updates the names of known ones.</source>
        <translation>يضيف المواقع الجديدة ويحدّث أسماء المواقع المعروفة.</translation>
    </message>
    <message>
        <source>error: give exactly one gazetteer file</source>
        <translation>خطأ: حدّد ملف دليل جغرافي واحداً فقط</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>%1 rows read: %2 places added, %3 updated, %4 unchanged.</source>
        <translation>الصفوف المقروءة: ⁨%1⁩؛ المواقع المضافة: ⁨%2⁩، المحدّثة: ⁨%3⁩، دون تغيير: ⁨%4⁩.</translation>
    </message>
    <message>
        <source>the name of this office</source>
        <translation>اسم هذا المكتب</translation>
    </message>
    <message>
        <source>Creates the database with the bundled gazetteer.</source>
        <translation>ينشئ قاعدة البيانات مع الدليل الجغرافي المرفق.</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema version %2, %3 places)</source>
        <translation>قاعدة البيانات جاهزة: ⁨%1⁩ (إصدار البنية ⁨%2⁩، عدد المواقع ⁨%3⁩)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>طباعة بصيغة JSON</translation>
    </message>
    <message>
        <source>engine runs per pivot (default 9)</source>
        <translation>عدد مرات تشغيل المحرك لكل جدول محوري (افتراضياً 9)</translation>
    </message>
    <message>
        <source>SQL runs per pivot (default 3; 0 skips SQL)</source>
        <translation>عدد مرات تشغيل SQL لكل جدول محوري (افتراضياً 3؛ 0 يتخطى SQL)</translation>
    </message>
    <message>
        <source>Times the five named pivots of docs/benchmarks.md with the 4W engine and with the equivalent SQL in the same process; reports medians and ratios.</source>
        <translation>يقيس زمن الجداول المحورية الخمسة المسماة في docs/benchmarks.md باستخدام محرك 4W وباستخدام ما يكافئها من SQL في العملية نفسها؛ ويعرض الوسيطات والنسب.</translation>
    </message>
    <message>
        <source>error: --runs and --sql-runs need a positive number</source>
        <translation>خطأ: يتطلب ‎--runs و‎--sql-runs عدداً موجباً</translation>
    </message>
    <message>
        <source>Database: %1 (%2 live activities)</source>
        <translation>قاعدة البيانات: ⁨%1⁩ (الأنشطة القائمة: ⁨%2⁩)</translation>
    </message>
    <message>
        <source>Snapshot built in %1 ms (%6 ms of processor time; columns %2 MB); resident memory %3 MB before, peak %4 MB after the engine runs (+%5 MB)</source>
        <translation>بُنيت اللقطة في ⁨%1⁩ ms (⁨%6⁩ ms من زمن المعالج؛ الأعمدة ⁨%2⁩ MB)؛ الذاكرة المقيمة ⁨%3⁩ MB قبل، والذروة ⁨%4⁩ MB بعد تشغيل المحرك (+⁨%5⁩ MB)</translation>
    </message>
    <message>
        <source>Medians of %1 engine runs and %2 SQL runs:</source>
        <translation>الوسيطات (مرات تشغيل المحرك: ⁨%1⁩، مرات تشغيل SQL: ⁨%2⁩):</translation>
    </message>
    <message>
        <source>  (wall = elapsed time; cpu = processor time of the engine thread; ratio = SQL wall ÷ engine wall)</source>
        <translation>  (wall = الزمن المنقضي؛ cpu = زمن المعالج لخيط المحرك؛ ratio = زمن SQL ÷ زمن المحرك)</translation>
    </message>
    <message>
        <source>Counts records per entity and places per level.</source>
        <translation>يعدّ السجلات لكل كيان والمواقع لكل مستوى.</translation>
    </message>
    <message>
        <source>Database: %1 (schema version %2)</source>
        <translation>قاعدة البيانات: ⁨%1⁩ (إصدار البنية ⁨%2⁩)</translation>
    </message>
    <message>
        <source>Organisations: %1</source>
        <translation>المنظمات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Projects: %1</source>
        <translation>المشاريع: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Activities: %1</source>
        <translation>الأنشطة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>الاحتياجات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Sectors: %1 (%2 activity types)</source>
        <translation>القطاعات: ⁨%1⁩ (أنواع الأنشطة: ⁨%2⁩)</translation>
    </message>
    <message>
        <source>Governorates: %1, districts: %2, sub-districts: %3, communities: %4</source>
        <translation>المحافظات: ⁨%1⁩، المناطق: ⁨%2⁩، النواحي: ⁨%3⁩، التجمعات: ⁨%4⁩</translation>
    </message>
    <message>
        <source>rows in the generated CSV</source>
        <translation>عدد الصفوف في ملف CSV المُولَّد</translation>
    </message>
    <message>
        <source>runs (the median is reported)</source>
        <translation>عدد مرات التشغيل (يُعرض الوسيط)</translation>
    </message>
    <message>
        <source>Times importing a generated 4W CSV against writing the same activities directly (temporary databases; --db is not used).</source>
        <translation>يقيس زمن استيراد ملف CSV مُولَّد لبيانات 4W مقارنةً بكتابة الأنشطة نفسها مباشرة (قواعد بيانات مؤقتة؛ لا يُستخدم ‎--db).</translation>
    </message>
    <message>
        <source>error: --rows takes 1 to 2,000,000 and --repeat 1 to 20</source>
        <translation>خطأ: يقبل ‎--rows من 1 إلى 2,000,000 و‎--repeat من 1 إلى 20</translation>
    </message>
    <message>
        <source>error: no temporary folder</source>
        <translation>خطأ: لا يوجد مجلد مؤقت</translation>
    </message>
    <message>
        <source>import of %1 rows (%2 MB CSV), median of %3 runs:</source>
        <translation>استيراد ملف CSV (الصفوف: ⁨%1⁩، الحجم: ⁨%2⁩ MB)، الوسيط لعدد مرات التشغيل: ⁨%3⁩:</translation>
    </message>
    <message>
        <source>  baseline (same activities through ActivityRepository): %1 s (CPU %2 s)</source>
        <translation>  خط الأساس (الأنشطة نفسها عبر ActivityRepository): ⁨%1⁩ ث (CPU ⁨%2⁩ ث)</translation>
    </message>
    <message>
        <source>  import: %1 s = read %2 s + plan %3 s + apply %4 s (CPU %5 s)</source>
        <translation>  الاستيراد: ⁨%1⁩ ث = قراءة ⁨%2⁩ ث + تخطيط ⁨%3⁩ ث + تطبيق ⁨%4⁩ ث (CPU ⁨%5⁩ ث)</translation>
    </message>
    <message>
        <source>  ratio import / baseline: %1 (CPU %2); load average while measuring: %3</source>
        <translation>  نسبة الاستيراد / خط الأساس: ⁨%1⁩ (CPU ⁨%2⁩)؛ متوسط الحمل أثناء القياس: ⁨%3⁩</translation>
    </message>
    <message>
        <source>changed activities</source>
        <translation>الأنشطة المعدَّلة</translation>
    </message>
    <message>
        <source>import runs (median reported)</source>
        <translation>عدد مرات تشغيل الاستيراد (يُعرض الوسيط)</translation>
    </message>
    <message>
        <source>Measures export and import of changed activities against plain SQLite inserts of the same rows.</source>
        <translation>يقيس تصدير الأنشطة المعدَّلة واستيرادها مقارنةً بعمليات إدراج SQLite مباشرة للصفوف نفسها.</translation>
    </message>
    <message>
        <source>error: the imported database differs from the source</source>
        <translation>خطأ: قاعدة البيانات المستوردة تختلف عن المصدر</translation>
    </message>
    <message>
        <source>run %1: export %2 ms, import %3 ms, plain inserts %4 ms</source>
        <translation>التشغيل ⁨%1⁩: التصدير ⁨%2⁩ ms، الاستيراد ⁨%3⁩ ms، الإدراج المباشر ⁨%4⁩ ms</translation>
    </message>
    <message>
        <source>%1 activities (+%2 organisations, %3 projects, %4 needs):</source>
        <translation>الأنشطة: ⁨%1⁩ (+ المنظمات: ⁨%2⁩، المشاريع: ⁨%3⁩، الاحتياجات: ⁨%4⁩):</translation>
    </message>
    <message>
        <source>  bundle: %1 bytes, %2 bytes per activity (all records and signatures included)</source>
        <translation>  الحزمة: ⁨%1⁩ بايت، ⁨%2⁩ بايت لكل نشاط (بما في ذلك جميع السجلات والتواقيع)</translation>
    </message>
    <message>
        <source>  export: %1 ms including sealing the captured operations into signed batches (%2x plain inserts); later exports of the sealed batches: median %3 ms</source>
        <translation>  التصدير: ⁨%1⁩ ms بما في ذلك ختم العمليات الملتقطة في دفعات موقّعة (⁨%2⁩x مقارنةً بالإدراج المباشر)؛ عمليات التصدير اللاحقة للدفعات المختومة: الوسيط ⁨%3⁩ ms</translation>
    </message>
    <message>
        <source>  import: median %1 ms (%2x plain inserts)</source>
        <translation>  الاستيراد: الوسيط ⁨%1⁩ ms (⁨%2⁩x مقارنةً بالإدراج المباشر)</translation>
    </message>
    <message>
        <source>  baseline, plain SQLite inserts of the same rows: median %1 ms</source>
        <translation>  خط الأساس، إدراج SQLite المباشر للصفوف نفسها: الوسيط ⁨%1⁩ ms</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>resolve by keeping: current, the number of a listed value, or for edit/delete conflicts record or deletion</source>
        <translation>الحلّ بالإبقاء على: current (الحالية)، أو رقم قيمة مدرجة، أو في تعارضات التعديل/الحذف record (السجل) أو deletion (الحذف)</translation>
    </message>
    <message>
        <source>also list resolved conflicts</source>
        <translation>عرض التعارضات المحلولة أيضاً</translation>
    </message>
    <message>
        <source>list, or resolve ID</source>
        <translation>list، أو resolve ID</translation>
    </message>
    <message>
        <source>Lists and resolves concurrent edits.</source>
        <translation>يعرض التعديلات المتزامنة ويحلّها.</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>لا توجد تعارضات للمراجعة.</translation>
    </message>
    <message>
        <source>#%1 %2 %3, field %4 (%5)%6</source>
        <translation>#⁨%1⁩ ⁨%2⁩ ⁨%3⁩، الحقل ⁨%4⁩ (⁨%5⁩)⁨%6⁩</translation>
    </message>
    <message>
        <source>edited at one office, deleted at another; the record was kept</source>
        <translation>عُدِّل في مكتب وحُذف في مكتب آخر؛ تم الإبقاء على السجل</translation>
    </message>
    <message>
        <source>edited at two offices at once</source>
        <translation>عُدِّل في مكتبين في الوقت نفسه</translation>
    </message>
    <message>
        <source> — resolved</source>
        <translation> — تم الحل</translation>
    </message>
    <message>
        <source>    shown now: %1</source>
        <translation>    المعروض الآن: ⁨%1⁩</translation>
    </message>
    <message>
        <source>    %1) %2 from %3 at %4</source>
        <translation>    ⁨%1⁩) ⁨%2⁩ من ⁨%3⁩ في ⁨%4⁩</translation>
    </message>
    <message>
        <source>error: give the conflict number and --keep WHICH</source>
        <translation>خطأ: حدِّد رقم التعارض و‎--keep WHICH</translation>
    </message>
    <message>
        <source>Conflict %1 resolved; the decision travels with the next bundles.</source>
        <translation>تم حلّ التعارض ⁨%1⁩؛ وينتقل القرار مع الحزم التالية.</translation>
    </message>
    <message>
        <source>error: unknown action “%1” (list or resolve)</source>
        <translation>خطأ: إجراء غير معروف «⁨%1⁩» (list أو resolve)</translation>
    </message>
    <message>
        <source>at most N groups (default 50; 0 for all)</source>
        <translation>N مجموعة على الأكثر (افتراضياً 50؛ 0 للجميع)</translation>
    </message>
    <message>
        <source>also list groups marked complementary</source>
        <translation>عرض المجموعات الموسومة بأنها تكاملية أيضاً</translation>
    </message>
    <message>
        <source>mark the group with this key complementary</source>
        <translation>وسم المجموعة ذات هذا المفتاح بأنها تكاملية</translation>
    </message>
    <message>
        <source>the reason, kept with the mark</source>
        <translation>السبب، ويُحفظ مع الوسم</translation>
    </message>
    <message>
        <source>remove the mark of the group with this key</source>
        <translation>إزالة وسم المجموعة ذات هذا المفتاح</translation>
    </message>
    <message>
        <source>Possible duplications: activities of different organisations in the same sub-district or community, same activity type and population group, active on common days. Ranked by score = time overlap × (0.5 + 0.5 × min(1, combined reach ÷ people in need)).</source>
        <translation>حالات الازدواجية المحتملة: أنشطة لجهات مختلفة في الناحية نفسها أو التجمع نفسه، ومن نوع النشاط نفسه والفئة السكانية نفسها، وقائمة في أيام مشتركة. مرتبة حسب الدرجة = التداخل الزمني × (0.5 + 0.5 × min(1، الوصول المشترك ÷ الأشخاص المحتاجون)).</translation>
    </message>
    <message>
        <source>error: --limit needs a number</source>
        <translation>خطأ: يتطلب ‎--limit عدداً</translation>
    </message>
    <message>
        <source>duplication group</source>
        <translation>مجموعة ازدواجية</translation>
    </message>
    <message>
        <source>No possible duplication has the key “%1” (list them with “tansiq-cli duplicates”).</source>
        <translation>لا توجد ازدواجية محتملة بالمفتاح «⁨%1⁩» (اعرضها باستخدام «tansiq-cli duplicates»).</translation>
    </message>
    <message>
        <source>Marked complementary: %1</source>
        <translation>وُسمت بأنها تكاملية: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Flagged again: %1</source>
        <translation>أُعيد تمييزها: ⁨%1⁩</translation>
    </message>
    <message>
        <source>“%1” is not an output format: use csv, json or hxl.</source>
        <translation>«⁨%1⁩» ليس صيغة إخراج: استخدم csv أو json أو hxl.</translation>
    </message>
    <message>
        <source>“%1” is not a language: use en or ar.</source>
        <translation>«⁨%1⁩» ليست لغة: استخدم en أو ar.</translation>
    </message>
    <message>
        <source>Dimensions:</source>
        <translation>الأبعاد:</translation>
    </message>
    <message>
        <source>place at --level (default 1)</source>
        <translation>الموقع على المستوى --level (الافتراضي 1)</translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation>المقاييس:</translation>
    </message>
    <message>
        <source>the office the bundle is for</source>
        <translation>المكتب الذي أُعدّت له الحزمة</translation>
    </message>
    <message>
        <source>the bundle file to write</source>
        <translation>ملف الحزمة المراد كتابته</translation>
    </message>
    <message>
        <source>Writes an encrypted, signed bundle of every change the office is not known to have.</source>
        <translation>يكتب حزمة مشفّرة وموقّعة تضم كل تغيير لا يُعرف أن المكتب قد استلمه.</translation>
    </message>
    <message>
        <source>error: give --to OFFICE and --out FILE</source>
        <translation>خطأ: حدّد --to OFFICE و --out FILE</translation>
    </message>
    <message>
        <source>error: no office “%1” in the roster (see “tansiq-cli office roster”)</source>
        <translation>خطأ: لا يوجد مكتب «⁨%1⁩» في سجل المكاتب (انظر «tansiq-cli office roster»)</translation>
    </message>
    <message>
        <source>Bundle for “%1” written to %2 and verified: %3 batches, %4 operations, %5 bytes. It is safe to remove the stick.</source>
        <translation>كُتبت حزمة «⁨%1⁩» إلى ⁨%2⁩ وتم التحقق منها (الدفعات: ⁨%3⁩، العمليات: ⁨%4⁩، الحجم: ⁨%5⁩ بايت). يمكن نزع الذاكرة بأمان.</translation>
    </message>
    <message>
        <source>csv or xlsx</source>
        <translation>csv أو xlsx</translation>
    </message>
    <message>
        <source>language of the header row and names: ar or en</source>
        <translation>لغة صف العناوين والأسماء: ar أو en</translation>
    </message>
    <message>
        <source>sector=WASH,HLT | place=SY09 | active=2026-10 or active=2026-01-01..2026-03-31 | org=ACRONYM (repeatable)</source>
        <translation>sector=WASH,HLT | place=SY09 | active=2026-10 أو active=2026-01-01..2026-03-31 | org=ACRONYM (قابل للتكرار)</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>الملف المراد كتابته</translation>
    </message>
    <message>
        <source>Exports the 4W as HXL-tagged CSV or XLSX.</source>
        <translation>يصدّر سجل 4W بصيغة CSV أو XLSX موسومة بوسوم HXL.</translation>
    </message>
    <message>
        <source>error: give --out FILE, --format csv|xlsx and --lang ar|en</source>
        <translation>خطأ: حدّد --out FILE و --format csv|xlsx و --lang ar|en</translation>
    </message>
    <message>
        <source>list only severe needs (severity 3 or more) with no partner</source>
        <translation>اعرض الاحتياجات الشديدة فقط (شدة الاحتياج ٣ أو أكثر) التي لا يوجد لها شريك</translation>
    </message>
    <message>
        <source>at most N rows</source>
        <translation>N صفاً على الأكثر</translation>
    </message>
    <message>
        <source>Every place (at --level, default 3) and sector with a need or an activity, in priority order.</source>
        <translation>كل موقع (على المستوى --level، الافتراضي 3) وقطاع فيه احتياج أو نشاط، مرتبة حسب الأولوية.</translation>
    </message>
    <message>
        <source>COD-AB GeoJSON of one admin level (1-3)</source>
        <translation>ملف GeoJSON من COD-AB لمستوى إداري واحد (1-3)</translation>
    </message>
    <message>
        <source>Imports OCHA COD-AB boundaries (GeoJSON) for the map.</source>
        <translation>يستورد الحدود الإدارية COD-AB من OCHA (بصيغة GeoJSON) للخريطة.</translation>
    </message>
    <message>
        <source>error: give exactly one GeoJSON file</source>
        <translation>خطأ: حدّد ملف GeoJSON واحداً فقط</translation>
    </message>
    <message>
        <source>Imported %1 polygons of admin level %2 (COD-AB %3, valid on %4); simplified from %5 to %6 points (tolerance %7°).</source>
        <translation>استُوردت مضلعات المستوى الإداري ⁨%2⁩ (COD-AB ⁨%3⁩، سارية بتاريخ ⁨%4⁩): ⁨%1⁩؛ بُسّطت نقاطها من ⁨%5⁩ إلى ⁨%6⁩ (التفاوت ⁨%7⁩°).</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>بلا إصدار</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>تاريخ غير معروف</translation>
    </message>
    <message>
        <source>warning: %1 places of level %2 have no polygon in this file: %3</source>
        <translation>تحذير: مواقع من المستوى ⁨%2⁩ ليس لها مضلع في هذا الملف (عددها ⁨%1⁩): ⁨%3⁩</translation>
    </message>
    <message>
        <source>Already imported: this bundle from “%1” was imported before; nothing changed.</source>
        <translation>مستوردة مسبقاً: هذه الحزمة من «⁨%1⁩» استُوردت من قبل؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>تحذير: </translation>
    </message>
    <message>
        <source>Imported the bundle from “%1”: %2 changes applied, %3 already had, %4 conflicts to review, %5 batches waiting for earlier bundles.</source>
        <translation>استُوردت الحزمة من «⁨%1⁩»: التغييرات المطبَّقة: ⁨%2⁩، الموجودة مسبقاً: ⁨%3⁩، التعارضات للمراجعة: ⁨%4⁩، الدفعات بانتظار حزم سابقة: ⁨%5⁩.</translation>
    </message>
    <message>
        <source>%1 batches were held back: their clock is more than 48 hours ahead of this computer&apos;s. Check the sender&apos;s date and time.</source>
        <translation>الدفعات المحجوزة: ⁨%1⁩، لأن ساعتها متقدمة بأكثر من 48 ساعة على ساعة هذا الحاسوب. تحقّق من تاريخ المُرسِل ووقته.</translation>
    </message>
    <message>
        <source>ALERT: %1 batches contradict changes received earlier from the same database (a copied or restored database). They were set aside; see “tansiq-cli sync-status”.</source>
        <translation>تنبيه: دفعات تناقض تغييرات وردت سابقاً من قاعدة البيانات نفسها (قاعدة بيانات منسوخة أو مستعادة)، عددها ⁨%1⁩. وُضعت جانباً؛ انظر «tansiq-cli sync-status».</translation>
    </message>
    <message>
        <source>create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>update</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>الملف: ⁨%1⁩ (⁨%2⁩)</translation>
    </message>
    <message>
        <source>HXL hashtag row: %1; data from row %2</source>
        <translation>صف وسوم HXL: ⁨%1⁩؛ البيانات ابتداءً من الصف ⁨%2⁩</translation>
    </message>
    <message>
        <source>No HXL hashtag row: columns mapped from the headers in row %1%2</source>
        <translation>لا يوجد صف وسوم HXL: رُبطت الأعمدة من العناوين في الصف ⁨%1⁩⁨%2⁩</translation>
    </message>
    <message>
        <source> (column mapping)</source>
        <translation> (ربط الأعمدة)</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>الصف ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>not matched: %1 “%2” (%3 rows)</source>
        <translation>غير مطابق: ⁨%1⁩ «⁨%2⁩» (عدد الصفوف: ⁨%3⁩)</translation>
    </message>
    <message>
        <source> — closest: %1</source>
        <translation> — الأقرب: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Rows: %1 to create, %2 to update, %3 unchanged, %4 with errors, %5 blank.</source>
        <translation>الصفوف: ⁨%1⁩ للإنشاء، ⁨%2⁩ للتحديث، ⁨%3⁩ دون تغيير، ⁨%4⁩ فيها أخطاء، ⁨%5⁩ فارغة.</translation>
    </message>
    <message>
        <source>show what would change; write nothing</source>
        <translation>اعرض ما سيتغير؛ دون كتابة أي شيء</translation>
    </message>
    <message>
        <source>the organisation whose file this is</source>
        <translation>المنظمة صاحبة هذا الملف</translation>
    </message>
    <message>
        <source>column mapping file: one “Header = #hxl+tag” per line</source>
        <translation>ملف ربط الأعمدة: «Header = #hxl+tag» واحد في كل سطر</translation>
    </message>
    <message>
        <source>one column mapping “Header=#hxl+tag” (repeatable)</source>
        <translation>ربط عمود واحد «Header=#hxl+tag» (قابل للتكرار)</translation>
    </message>
    <message>
        <source>print the action of every row (the dry run prints the rows that change)</source>
        <translation>اطبع الإجراء الخاص بكل صف (التشغيل التجريبي يطبع الصفوف التي تتغير)</translation>
    </message>
    <message>
        <source>CSV or XLSX file</source>
        <translation>ملف CSV أو XLSX</translation>
    </message>
    <message>
        <source>Imports a 4W spreadsheet (HXL-tagged or mapped).</source>
        <translation>يستورد جدول 4W (موسوم بوسوم HXL أو مربوط الأعمدة).</translation>
    </message>
    <message>
        <source>error: give exactly one file to import</source>
        <translation>خطأ: حدّد ملفاً واحداً فقط للاستيراد</translation>
    </message>
    <message>
        <source>error: cannot open %1: %2</source>
        <translation>خطأ: تعذّر فتح ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>planned %1 of %2 rows</source>
        <translation>الصفوف المخطَّطة: ⁨%1⁩ من ⁨%2⁩</translation>
    </message>
    <message>
        <source>wrote %1 of %2 rows</source>
        <translation>الصفوف المكتوبة: ⁨%1⁩ من ⁨%2⁩</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 unchanged.</source>
        <translation>تم الاستيراد: أُنشئ ⁨%1⁩، حُدّث ⁨%2⁩، ⁨%3⁩ دون تغيير.</translation>
    </message>
    <message>
        <source>dimension of the rows</source>
        <translation>بُعد الصفوف</translation>
    </message>
    <message>
        <source>dimension of the columns (optional)</source>
        <translation>بُعد الأعمدة (اختياري)</translation>
    </message>
    <message>
        <source>what to count (default: activities)</source>
        <translation>ما يُعدّ (الافتراضي: الأنشطة)</translation>
    </message>
    <message>
        <source>A 4W pivot: a measure by rows and columns, with totals computed by the measure&apos;s own rule.</source>
        <translation>جدول محوري لسجل 4W: مقياس حسب الصفوف والأعمدة، مع مجاميع تُحسب وفق القاعدة الخاصة بالمقياس.</translation>
    </message>
    <message>
        <source>error: --rows is required (see --help for the dimensions)</source>
        <translation>خطأ: الخيار --rows مطلوب (انظر --help لمعرفة الأبعاد)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>The last row and the last column are totals, computed from the activities with the measure&apos;s own rule.</source>
        <translation>الصف الأخير والعمود الأخير مجاميع، تُحسب من الأنشطة وفق القاعدة الخاصة بالمقياس.</translation>
    </message>
    <message>
        <source>the office&apos;s name</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <source>this installation is the head office</source>
        <translation>هذا التثبيت هو المكتب الرئيسي</translation>
    </message>
    <message>
        <source>refuse unless the other side&apos;s fingerprint is FP</source>
        <translation>ارفض ما لم تكن بصمة الطرف الآخر هي FP</translation>
    </message>
    <message>
        <source>how many days the office&apos;s certificate is valid (default 365)</source>
        <translation>عدد الأيام التي تبقى فيها شهادة المكتب صالحة (الافتراضي 365)</translation>
    </message>
    <message>
        <source>Sets up this office and its keys.</source>
        <translation>يُعدّ هذا المكتب ومفاتيحه.</translation>
    </message>
    <message>
        <source>error: --valid-days must be a number of days from 1 to 3650, not “%1”</source>
        <translation>خطأ: يجب أن تكون قيمة --valid-days عدداً من الأيام بين 1 و3650، وليس «⁨%1⁩»</translation>
    </message>
    <message>
        <source>Enrolment request written to %1. Give it to the head office and read them this fingerprint by phone: %2</source>
        <translation>كُتب طلب التسجيل إلى ⁨%1⁩. سلّمه إلى المكتب الرئيسي واقرأ لهم هذه البصمة عبر الهاتف: ⁨%2⁩</translation>
    </message>
    <message>
        <source>error: the request&apos;s fingerprint is %1, not %2: it was not made by the office you spoke to. Nothing was changed.</source>
        <translation>خطأ: بصمة الطلب هي ⁨%1⁩ وليست ⁨%2⁩: لم يُنشئه المكتب الذي تحدثت معه. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Office “%1” (fingerprint %2) is enrolled; give it %3. The head office&apos;s fingerprint: %4</source>
        <translation>تم تسجيل المكتب «⁨%1⁩» (البصمة ⁨%2⁩)؛ سلّمه ⁨%3⁩. بصمة المكتب الرئيسي: ⁨%4⁩</translation>
    </message>
    <message>
        <source>head office</source>
        <translation>المكتب الرئيسي</translation>
    </message>
    <message>
        <source>field office</source>
        <translation>مكتب ميداني</translation>
    </message>
    <message>
        <source>certificate valid until %1</source>
        <translation>الشهادة صالحة حتى ⁨%1⁩</translation>
    </message>
    <message>
        <source>certificate does not expire</source>
        <translation>الشهادة لا تنتهي صلاحيتها</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>منتهية الصلاحية</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>مسحوب الاعتماد</translation>
    </message>
    <message>
        <source>Revocation list version %1</source>
        <translation>إصدار قائمة سحب الاعتماد ⁨%1⁩</translation>
    </message>
    <message>
        <source>error: no office “%1” in the roster</source>
        <translation>خطأ: لا يوجد مكتب «⁨%1⁩» في سجل المكاتب</translation>
    </message>
    <message>
        <source>Office “%1” is revoked (revocation list version %2). Its bundles will be refused once offices import a bundle from the head office.</source>
        <translation>سُحب اعتماد المكتب «⁨%1⁩» (إصدار قائمة سحب الاعتماد ⁨%2⁩). ستُرفض حزمه بمجرد أن تستورد المكاتب حزمة من المكتب الرئيسي.</translation>
    </message>
    <message>
        <source>The certificate of office “%1” is renewed until %2. Every office receives it with the next bundle from the head office; bundles from “%1” refused as expired can now be imported again.</source>
        <translation>جُدّدت شهادة المكتب «⁨%1⁩» حتى ⁨%2⁩. يتلقاها كل مكتب مع الحزمة التالية من المكتب الرئيسي؛ ويمكن الآن استيراد حزم «⁨%1⁩» التي رُفضت لانتهاء صلاحيتها مرة أخرى.</translation>
    </message>
    <message>
        <source>This database now writes under a new replica id.</source>
        <translation>أصبحت قاعدة البيانات هذه تكتب باسم معرّف نسخة متماثلة جديد.</translation>
    </message>
    <message>
        <source>Prints a hash of the replicated content: two offices that converged print the same hash.</source>
        <translation>يطبع قيمة تجزئة للمحتوى المتماثل: المكتبان اللذان تطابقت بياناتهما يطبعان قيمة التجزئة نفسها.</translation>
    </message>
    <message>
        <source>Shows, per known office, what was last sent and acknowledged, and what waits.</source>
        <translation>يعرض لكل مكتب معروف آخر ما أُرسل وما أُكّد استلامه، وما ينتظر.</translation>
    </message>
    <message>
        <source>This office: %1 (%2 changes known)</source>
        <translation>هذا المكتب: ⁨%1⁩ (التغييرات المعروفة: ⁨%2⁩)</translation>
    </message>
    <message>
        <source>CERTIFICATE EXPIRED: “%1” since %2; its bundles are refused until the head office renews it (“tansiq-cli office renew %1”)</source>
        <translation>انتهت صلاحية الشهادة: «⁨%1⁩» منذ ⁨%2⁩؛ تُرفض حزمه إلى أن يجدّدها المكتب الرئيسي («tansiq-cli office renew ⁨%1⁩»)</translation>
    </message>
    <message>
        <source>Certificate of “%1” ends on %2; the head office should renew it (“tansiq-cli office renew %1”)</source>
        <translation>تنتهي شهادة «⁨%1⁩» في ⁨%2⁩؛ ينبغي أن يجدّدها المكتب الرئيسي («tansiq-cli office renew ⁨%1⁩»)</translation>
    </message>
    <message>
        <source>%1%2: last sent %3, last received %4; it has acknowledged %5 changes, %6 not yet acknowledged</source>
        <translation>⁨%1⁩⁨%2⁩: آخر إرسال ⁨%3⁩، آخر استلام ⁨%4⁩؛ التغييرات التي أكّد استلامها: ⁨%5⁩، وغير المؤكَّدة بعد: ⁨%6⁩</translation>
    </message>
    <message>
        <source> (revoked)</source>
        <translation> (مسحوب الاعتماد)</translation>
    </message>
    <message>
        <source>Batches waiting for earlier bundles: %1; held back (clock ahead, see “tansiq-cli quarantine list”): %2; set aside (copied or restored database): %3</source>
        <translation>دفعات تنتظر حزماً سابقة: ⁨%1⁩؛ محجوزة (ساعة متقدمة، انظر «tansiq-cli quarantine list»): ⁨%2⁩؛ موضوعة جانباً (قاعدة بيانات منسوخة أو مستعادة): ⁨%3⁩</translation>
    </message>
    <message>
        <source>Conflicts to review: %1</source>
        <translation>تعارضات للمراجعة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>ALERT %1 %2: %3</source>
        <translation>تنبيه ⁨%1⁩ ⁨%2⁩: ⁨%3⁩</translation>
    </message>
    <message>
        <source>number of timed runs (default 5)</source>
        <translation>عدد مرات التشغيل المقيسة (الافتراضي 5)</translation>
    </message>
    <message>
        <source>Times producing a bulletin (default: Deir-ez-Zor, SY09, the latest reporting month) against reading that month&apos;s activities of the area with one SQL query.</source>
        <translation>يقيس زمن إعداد نشرة (الافتراضي: دير الزور، SY09، أحدث شهر تقارير) مقارنةً بقراءة أنشطة المنطقة في ذلك الشهر باستعلام SQL واحد.</translation>
    </message>
    <message>
        <source>error: --runs needs a number of at least 1</source>
        <translation>خطأ: يحتاج --runs إلى عدد لا يقل عن 1</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>خطأ: </translation>
    </message>
    <message>
        <source>run %1: snapshot %2 ms, figures %3 ms, layout and PDF %4 ms, total %5 ms; SQL baseline %6 ms</source>
        <translation>التشغيل ⁨%1⁩: اللقطة ⁨%2⁩ ms، الأرقام ⁨%3⁩ ms، التخطيط وPDF ⁨%4⁩ ms، المجموع ⁨%5⁩ ms؛ خط أساس SQL ⁨%6⁩ ms</translation>
    </message>
    <message>
        <source>the PDF file to write (written whole or not at all)</source>
        <translation>ملف PDF المراد كتابته (يُكتب كاملاً أو لا يُكتب إطلاقاً)</translation>
    </message>
    <message>
        <source>Writes the monthly bulletin (A4 PDF) for the country or an area: key figures, who does what where, maps, charts, gaps, duplication alerts and partners.</source>
        <translation>يكتب النشرة الشهرية (PDF بحجم A4) للبلد أو لمنطقة: الأرقام الرئيسية، ومن يفعل ماذا وأين، والخرائط، والرسوم البيانية، والفجوات، وتنبيهات الازدواجية، والشركاء.</translation>
    </message>
    <message>
        <source>error: --out needs the PDF file to write</source>
        <translation>خطأ: يحتاج --out إلى ملف PDF المراد كتابته</translation>
    </message>
    <message>
        <source>Wrote the bulletin for %1, %2: %3</source>
        <translation>كُتبت النشرة لـ ⁨%1⁩، ⁨%2⁩: ⁨%3⁩</translation>
    </message>
    <message>
        <source>release every quarantined batch</source>
        <translation>الإفراج عن كل الدفعات المحجوزة</translation>
    </message>
    <message>
        <source>list, or release ID...</source>
        <translation>list، أو release ID...</translation>
    </message>
    <message>
        <source>Lists batches held back because their clock was more than 48 hours ahead of this computer&apos;s, and releases them once a person has checked them.</source>
        <translation>يعرض الدفعات المحجوزة لأن ساعتها كانت متقدمة بأكثر من 48 ساعة على ساعة هذا الحاسوب، ويُفرج عنها بعد أن يتحقق منها شخص.</translation>
    </message>
    <message>
        <source>No batches are held back.</source>
        <translation>لا توجد دفعات محجوزة.</translation>
    </message>
    <message>
        <source>%1  from “%2”: %3 changes (operations %4-%5), dated %6, received %7%8</source>
        <translation>⁨%1⁩  من «⁨%2⁩»: التغييرات: ⁨%3⁩ (العمليات ⁨%4⁩-⁨%5⁩)، بتاريخ ⁨%6⁩، استُلمت ⁨%7⁩⁨%8⁩</translation>
    </message>
    <message>
        <source> — released, waiting for earlier changes</source>
        <translation> — أُفرج عنها، تنتظر تغييرات سابقة</translation>
    </message>
    <message>
        <source>Check the dates with the sending office; then run “tansiq-cli quarantine release ID” (or --all).</source>
        <translation>تحقّق من التواريخ مع المكتب المُرسِل؛ ثم شغّل «tansiq-cli quarantine release ID» (أو --all).</translation>
    </message>
    <message>
        <source>Usage: tansiq-cli quarantine list
       tansiq-cli quarantine release ID... | --all</source>
        <translation>الاستخدام: tansiq-cli quarantine list
       tansiq-cli quarantine release ID... | --all</translation>
    </message>
    <message>
        <source>Released %1 batches: %2 changes applied, %3 conflicts to review, %4 batches waiting for earlier bundles.</source>
        <translation>الدفعات المُفرج عنها: ⁨%1⁩؛ التغييرات المطبَّقة: ⁨%2⁩، التعارضات للمراجعة: ⁨%3⁩، الدفعات بانتظار حزم سابقة: ⁨%4⁩.</translation>
    </message>
    <message>
        <source>mark the database as sample data: no sync bundle can ever be exported from it (as the application&apos;s sample database)</source>
        <translation>وسم قاعدة البيانات بأنها بيانات تجريبية: لا يمكن تصدير أي حزمة مزامنة منها أبداً (مثل قاعدة البيانات التجريبية في التطبيق)</translation>
    </message>
    <message>
        <source>enrol without comparing the other side&apos;s fingerprint (unsafe: anyone with the file could pose as them)</source>
        <translation>التسجيل دون مقارنة بصمة الطرف الآخر (غير آمن: يستطيع كل من يحمل الملف انتحال صفته)</translation>
    </message>
    <message>
        <source>error: give the fingerprint the other office read out to you by phone with --expect-fingerprint FP (or, knowingly, --skip-fingerprint-check). Nothing was changed.</source>
        <translation>خطأ: أدخل البصمة التي قرأها لك المكتب الآخر بالهاتف باستخدام ⁨--expect-fingerprint FP⁩ (أو، عن علم، ⁨--skip-fingerprint-check⁩). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Request from office “%1”, office id %2, fingerprint %3</source>
        <translation>طلب من المكتب «⁨%1⁩»، معرّف المكتب ⁨%2⁩، البصمة ⁨%3⁩</translation>
    </message>
    <message>
        <source>Enrolled with head office “%1” (fingerprint %2, as confirmed).</source>
        <translation>سُجّل هذا المكتب لدى المكتب الرئيسي «⁨%1⁩» (البصمة ⁨%2⁩، كما تم تأكيدها).</translation>
    </message>
    <message>
        <source>Enrolled with head office “%1” without checking its fingerprint. Confirm it by phone now: %2</source>
        <translation>سُجّل هذا المكتب لدى المكتب الرئيسي «⁨%1⁩» دون التحقق من بصمته. تأكّد منها بالهاتف الآن: ⁨%2⁩</translation>
    </message>
    <message>
        <source>No head-office date is waiting for confirmation.</source>
        <translation>لا يوجد تاريخ من المكتب الرئيسي بانتظار التأكيد.</translation>
    </message>
    <message>
        <source>Certificates are now judged at the head office&apos;s date, %1, or this computer&apos;s clock if it is later.</source>
        <translation>تُقيَّم الشهادات الآن وفق تاريخ المكتب الرئيسي ⁨%1⁩، أو وفق ساعة هذا الحاسوب إن كانت أحدث.</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplications found; %1 listed.</source>
        <translation>
            <numerusform>لم يُعثر على أي حالة ازدواجية محتملة؛ المعروض منها: ⁨%1⁩.</numerusform>
            <numerusform>عُثر على حالة ازدواجية محتملة واحدة؛ المعروض منها: ⁨%1⁩.</numerusform>
            <numerusform>عُثر على حالتَي ازدواجية محتملتين؛ المعروض منها: ⁨%1⁩.</numerusform>
            <numerusform>عُثر على ⁨%n⁩ حالات ازدواجية محتملة؛ المعروض منها: ⁨%1⁩.</numerusform>
            <numerusform>عُثر على ⁨%n⁩ حالةَ ازدواجية محتملة؛ المعروض منها: ⁨%1⁩.</numerusform>
            <numerusform>عُثر على ⁨%n⁩ حالة ازدواجية محتملة؛ المعروض منها: ⁨%1⁩.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n activities to %1 (%2 sensitive, written without coordinates, site and focal point).</source>
        <translation>
            <numerusform>لم يُصدَّر أي نشاط إلى ⁨%1⁩ (الحساسة منها: ⁨%2⁩، كُتبت دون الإحداثيات والموقع التفصيلي وجهة الاتصال).</numerusform>
            <numerusform>صُدِّر نشاط واحد إلى ⁨%1⁩ (الحساسة منها: ⁨%2⁩، كُتبت دون الإحداثيات والموقع التفصيلي وجهة الاتصال).</numerusform>
            <numerusform>صُدِّر نشاطان إلى ⁨%1⁩ (الحساسة منها: ⁨%2⁩، كُتبت دون الإحداثيات والموقع التفصيلي وجهة الاتصال).</numerusform>
            <numerusform>صُدِّرت ⁨%n⁩ أنشطة إلى ⁨%1⁩ (الحساسة منها: ⁨%2⁩، كُتبت دون الإحداثيات والموقع التفصيلي وجهة الاتصال).</numerusform>
            <numerusform>صُدِّر ⁨%n⁩ نشاطاً إلى ⁨%1⁩ (الحساسة منها: ⁨%2⁩، كُتبت دون الإحداثيات والموقع التفصيلي وجهة الاتصال).</numerusform>
            <numerusform>صُدِّر ⁨%n⁩ نشاط إلى ⁨%1⁩ (الحساسة منها: ⁨%2⁩، كُتبت دون الإحداثيات والموقع التفصيلي وجهة الاتصال).</numerusform>
        </translation>
    </message>
    <message>
        <source>organisations: %1, projects: %2, activities: %3, needs: %4</source>
        <translation>المنظمات: ⁨%1⁩، المشاريع: ⁨%2⁩، الأنشطة: ⁨%3⁩، الاحتياجات: ⁨%4⁩</translation>
    </message>
    <message>
        <source>also write the backup to FILE (a USB stick for a lost laptop)</source>
        <translation>كتابة النسخة الاحتياطية أيضاً في FILE (ذاكرة محمولة تحسّباً لفقدان الحاسوب)</translation>
    </message>
    <message>
        <source>encrypt FILE with the office passphrase (keys included)</source>
        <translation>تشفير FILE بعبارة مرور المكتب (مع المفاتيح)</translation>
    </message>
    <message>
        <source>Backs the database up into this user&apos;s backup folder (checked, rotated: 7 daily, 4 weekly, 12 monthly), and with --out to a file of your choice.</source>
        <translation>ينسخ قاعدة البيانات احتياطياً في مجلد النسخ الاحتياطية لهذا المستخدم (مع التحقق والتدوير: 7 يومية و4 أسبوعية و12 شهرية)، ومع ‎--out‎ إلى ملف تختاره.</translation>
    </message>
    <message>
        <source>error: --encrypt needs --out FILE (the encrypted file to write)</source>
        <translation>خطأ: يحتاج ‎--encrypt‎ إلى ‎--out FILE‎ (الملف المشفّر المطلوب كتابته)</translation>
    </message>
    <message>
        <source>Encrypted backup written to %1 (%2): %3.</source>
        <translation>كُتبت النسخة الاحتياطية المشفّرة في ⁨%1⁩ (⁨%2⁩): ⁨%3⁩.</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2): %3.</source>
        <translation>كُتبت النسخة الاحتياطية في ⁨%1⁩ (⁨%2⁩): ⁨%3⁩.</translation>
    </message>
    <message>
        <source>Keep it away from this computer. Restore it with “tansiq-cli restore FILE” and the office passphrase.</source>
        <translation>احفظها بعيداً عن هذا الحاسوب. استعدها بالأمر «tansiq-cli restore FILE» وعبارة مرور المكتب.</translation>
    </message>
    <message>
        <source>list this database&apos;s backups</source>
        <translation>سرد النسخ الاحتياطية لقاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>Lists the backups of the database, newest first.</source>
        <translation>يسرد النسخ الاحتياطية لقاعدة البيانات، الأحدث أولاً.</translation>
    </message>
    <message>
        <source>error: usage: tansiq-cli backups list [--json]</source>
        <translation>خطأ: الاستخدام: tansiq-cli backups list [--json]</translation>
    </message>
    <message>
        <source>Backups of %1 in %2:</source>
        <translation>النسخ الاحتياطية لـ ⁨%1⁩ في ⁨%2⁩:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(لا توجد بعد)</translation>
    </message>
    <message>
        <source>replace an existing database without asking</source>
        <translation>استبدال قاعدة بيانات موجودة دون سؤال</translation>
    </message>
    <message>
        <source>the backup (plain, or encrypted with --encrypt)</source>
        <translation>النسخة الاحتياطية (عادية، أو مشفّرة بـ ‎--encrypt‎)</translation>
    </message>
    <message>
        <source>Restores the database from a backup: the current database is backed up first, then replaced; the replica is renewed so sync stays safe. On a new computer, an encrypted backup brings the office back with its keys.</source>
        <translation>يستعيد قاعدة البيانات من نسخة احتياطية: تُنسخ قاعدة البيانات الحالية احتياطياً أولاً ثم تُستبدل، وتُجدَّد النسخة المتماثلة لتبقى المزامنة آمنة. على حاسوب جديد، تعيد النسخة الاحتياطية المشفّرة المكتبَ بمفاتيحه.</translation>
    </message>
    <message>
        <source>error: give one backup file</source>
        <translation>خطأ: حدّد ملف نسخة احتياطية واحداً</translation>
    </message>
    <message>
        <source>error: this replaces the database %1 with the backup %2 (the current database is backed up first). Add --yes to restore.</source>
        <translation>خطأ: سيستبدل هذا قاعدة البيانات ⁨%1⁩ بالنسخة الاحتياطية ⁨%2⁩ (تُنسخ قاعدة البيانات الحالية احتياطياً أولاً). أضف ‎--yes‎ للاستعادة.</translation>
    </message>
    <message>
        <source>Restored %1 from %2: %3.</source>
        <translation>استُعيدت ⁨%1⁩ من ⁨%2⁩: ⁨%3⁩.</translation>
    </message>
    <message>
        <source>The database as it was is kept as the backup %1.</source>
        <translation>احتُفظ بقاعدة البيانات كما كانت في النسخة الاحتياطية ⁨%1⁩.</translation>
    </message>
    <message>
        <source>This database now writes under a new replica id, so offices that already received newer changes from it stay consistent; the next bundles bring those changes back.</source>
        <translation>تكتب قاعدة البيانات هذه الآن بمعرّف نسخة متماثلة جديد، فتبقى المكاتب التي تلقّت منها تغييرات أحدث متّسقة؛ وستعيد الحزم التالية تلك التغييرات.</translation>
    </message>
    <message>
        <source>back the database up (checked, rotated); --out FILE --encrypt for a USB stick</source>
        <translation>نسخ قاعدة البيانات احتياطياً (مع التحقق والتدوير)؛ ‎--out FILE --encrypt‎ لذاكرة محمولة</translation>
    </message>
    <message>
        <source>list this database&apos;s backups with their date, reason, size and counts</source>
        <translation>سرد النسخ الاحتياطية لقاعدة البيانات هذه مع تاريخها وسببها وحجمها وأعدادها</translation>
    </message>
    <message>
        <source>restore the database from a backup (plain or encrypted), renewing its replica</source>
        <translation>استعادة قاعدة البيانات من نسخة احتياطية (عادية أو مشفّرة) مع تجديد النسخة المتماثلة</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>مستبعد</translation>
    </message>
    <message>
        <source>Reporting month: %1 (given with --month)</source>
        <translation>شهر الإبلاغ: ⁨%1⁩ (محدَّد بالخيار ⁨--month⁩)</translation>
    </message>
    <message>
        <source>Reporting month: %1, read from row %2: “%3”</source>
        <translation>شهر الإبلاغ: ⁨%1⁩، مقروء من الصف ⁨%2⁩: «⁨%3⁩»</translation>
    </message>
    <message>
        <source>will create organisation: %1 (%2), %3</source>
        <translation>ستُنشأ الجهة: ⁨%1⁩ (⁨%2⁩)، ⁨%3⁩</translation>
    </message>
    <message>
        <source>will create project: %1 (%2)</source>
        <translation>سيُنشأ المشروع: ⁨%1⁩ (⁨%2⁩)</translation>
    </message>
    <message>
        <source>remembered</source>
        <translation>محفوظ من قبل</translation>
    </message>
    <message>
        <source>value map</source>
        <translation>ملف مطابقة القيم</translation>
    </message>
    <message>
        <source>--create-organisations</source>
        <translation>⁨--create-organisations⁩</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>← ⁨%1⁩</translation>
    </message>
    <message>
        <source>→ created: %1</source>
        <translation>← أُنشئ: ⁨%1⁩</translation>
    </message>
    <message>
        <source>→ rows left out</source>
        <translation>← استُبعدت الصفوف</translation>
    </message>
    <message>
        <source>%1 “%2” %3 (%4 rows; %5)</source>
        <translation>⁨%1⁩ «⁨%2⁩» ⁨%3⁩ (الصفوف: ⁨%4⁩؛ ⁨%5⁩)</translation>
    </message>
    <message>
        <source>Rows left out as chosen: %1.</source>
        <translation>الصفوف المستبعدة حسب الاختيار: ⁨%1⁩.</translation>
    </message>
    <message>
        <source>the reporting month of the whole file, when it has no month column</source>
        <translation>شهر الإبلاغ للملف كله، حين لا يتضمن عموداً للشهر</translation>
    </message>
    <message>
        <source>value map file: one “kind: partner value = code or name” per line</source>
        <translation>ملف مطابقة القيم: سطر لكل قيمة بالشكل «النوع: قيمة الشريك = الرمز أو الاسم»</translation>
    </message>
    <message>
        <source>create the implementing organisations the registry does not know (national NGOs unless the file gives a type)</source>
        <translation>إنشاء الجهات المنفذة غير المسجلة (منظمات غير حكومية وطنية ما لم يحدد الملف نوعها)</translation>
    </message>
    <message>
        <source>extra vocabulary file (synonyms of sectors, statuses …)</source>
        <translation>ملف مفردات إضافي (مرادفات القطاعات والحالات …)</translation>
    </message>
    <message>
        <source>Left out: %1 rows; organisations created: %2; projects created: %3.</source>
        <translation>الصفوف المستبعدة: ⁨%1⁩؛ الجهات المُنشأة: ⁨%2⁩؛ المشاريع المُنشأة: ⁨%3⁩.</translation>
    </message>
    <message>
        <source>No action points.</source>
        <translation>لا توجد نقاط عمل.</translation>
    </message>
    <message>
        <source>No overdue action points.</source>
        <translation>لا توجد نقاط عمل متأخرة.</translation>
    </message>
    <message>
        <source>  [overdue]</source>
        <translation>  [متأخرة]</translation>
    </message>
    <message>
        <source>  (meeting %1)</source>
        <translation>  (الاجتماع ⁨%1⁩)</translation>
    </message>
    <message>
        <source>list, export: only action points open or in progress past their due date</source>
        <translation>list وexport: نقاط العمل المفتوحة أو قيد التنفيذ بعد تاريخ استحقاقها فقط</translation>
    </message>
    <message>
        <source>the responsible organisation (acronym)</source>
        <translation>الجهة المسؤولة (الاسم المختصر)</translation>
    </message>
    <message>
        <source>the meeting that set it (id)</source>
        <translation>الاجتماع الذي حدّدها (المعرّف)</translation>
    </message>
    <message>
        <source>add: what is to be done</source>
        <translation>add: ما يجب إنجازه</translation>
    </message>
    <message>
        <source>add: the due date</source>
        <translation>add: تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>add: a sector code</source>
        <translation>add: رمز القطاع</translation>
    </message>
    <message>
        <source>add: a place P-code</source>
        <translation>add: الرمز المكاني للموقع</translation>
    </message>
    <message>
        <source>set-status: a note kept in the history</source>
        <translation>set-status: ملاحظة تُحفظ في السجل التاريخي</translation>
    </message>
    <message>
        <source>export: the file to write</source>
        <translation>export: الملف المراد كتابته</translation>
    </message>
    <message>
        <source>export: csv or xlsx</source>
        <translation>export: csv أو xlsx</translation>
    </message>
    <message>
        <source>export: language of the header row and names, ar or en</source>
        <translation>export: لغة صف العناوين والأسماء، ar أو en</translation>
    </message>
    <message>
        <source>list, add, set-status ID STATUS, history ID, or export</source>
        <translation>list أو add أو set-status ID STATUS أو history ID أو export</translation>
    </message>
    <message>
        <source>Lists, records and follows action points: open, in progress, done or dropped, with their history; overdue ones are marked.</source>
        <translation>يعرض نقاط العمل ويسجلها ويتابعها: مفتوحة أو قيد التنفيذ أو منجزة أو ملغاة، مع سجلها التاريخي؛ وتُعلَّم المتأخرة منها.</translation>
    </message>
    <message>
        <source>Exported %1 action points to %2.</source>
        <translation>صُدِّرت نقاط العمل إلى ⁨%2⁩ (العدد: ⁨%1⁩).</translation>
    </message>
    <message>
        <source>Action point %1 recorded.</source>
        <translation>سُجِّلت نقطة العمل ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Action point %1 is now %2.</source>
        <translation>حالة نقطة العمل ⁨%1⁩ الآن: ⁨%2⁩.</translation>
    </message>
    <message>
        <source>error: unknown action “%1” (list, add, set-status, history or export)</source>
        <translation>خطأ: إجراء غير معروف «⁨%1⁩» (list أو add أو set-status أو history أو export)</translation>
    </message>
    <message>
        <source>add: the English name</source>
        <translation>add: الاسم بالإنجليزية</translation>
    </message>
    <message>
        <source>add: the Arabic name</source>
        <translation>add: الاسم بالعربية</translation>
    </message>
    <message>
        <source>add: the sector code; none: cross-sector</source>
        <translation>add: رمز القطاع؛ بدونه: متعددة القطاعات</translation>
    </message>
    <message>
        <source>add: the governorate or district P-code</source>
        <translation>add: الرمز المكاني للمحافظة أو المنطقة</translation>
    </message>
    <message>
        <source>add: weekly, fortnightly, monthly, quarterly or as_needed</source>
        <translation>add: weekly أو fortnightly أو monthly أو quarterly أو as_needed</translation>
    </message>
    <message>
        <source>add: a member organisation, ORG or ORG:lead or ORG:co_lead (repeatable)</source>
        <translation>add: منظمة عضو، ORG أو ORG:lead أو ORG:co_lead (قابل للتكرار)</translation>
    </message>
    <message>
        <source>list or add</source>
        <translation>list أو add</translation>
    </message>
    <message>
        <source>Lists and records working groups: sector, area, cadence, lead, co-lead and member organisations.</source>
        <translation>يعرض مجموعات العمل ويسجلها: القطاع والنطاق الجغرافي ووتيرة الاجتماعات والجهة الرائدة والجهة الرائدة المشاركة والمنظمات الأعضاء.</translation>
    </message>
    <message>
        <source>No working groups.</source>
        <translation>لا توجد مجموعات عمل.</translation>
    </message>
    <message>
        <source>cross-sector</source>
        <translation>متعددة القطاعات</translation>
    </message>
    <message>
        <source>error: unknown action “%1” (list or add)</source>
        <translation>خطأ: إجراء غير معروف «⁨%1⁩» (list أو add)</translation>
    </message>
    <message>
        <source>Working group %1 recorded.</source>
        <translation>سُجِّلت مجموعة العمل ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>الاجتماع ⁨%1⁩</translation>
    </message>
    <message>
        <source>  date: %1</source>
        <translation>  التاريخ: ⁨%1⁩</translation>
    </message>
    <message>
        <source>  title: %1</source>
        <translation>  العنوان: ⁨%1⁩</translation>
    </message>
    <message>
        <source>  working group: %1</source>
        <translation>  مجموعة العمل: ⁨%1⁩</translation>
    </message>
    <message>
        <source>(general coordination meeting)</source>
        <translation>(اجتماع تنسيقي عام)</translation>
    </message>
    <message>
        <source>  place: %1 (%2)</source>
        <translation>  الموقع: ⁨%1⁩ (⁨%2⁩)</translation>
    </message>
    <message>
        <source>  venue: %1</source>
        <translation>  مقر الاجتماع: ⁨%1⁩</translation>
    </message>
    <message>
        <source>  chair: %1</source>
        <translation>  رئيس الاجتماع: ⁨%1⁩</translation>
    </message>
    <message>
        <source>  attended: %1</source>
        <translation>  الحضور: ⁨%1⁩</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(لم يُسجَّل شيء)</translation>
    </message>
    <message>
        <source>  agenda:</source>
        <translation>  جدول الأعمال:</translation>
    </message>
    <message>
        <source>  decisions:</source>
        <translation>  القرارات:</translation>
    </message>
    <message>
        <source>  action points:</source>
        <translation>  نقاط العمل:</translation>
    </message>
    <message>
        <source>No meetings.</source>
        <translation>لا توجد اجتماعات.</translation>
    </message>
    <message>
        <source>(general)</source>
        <translation>(عام)</translation>
    </message>
    <message>
        <source>decisions: %1, organisations attended: %2</source>
        <translation>القرارات: ⁨%1⁩، المنظمات الحاضرة: ⁨%2⁩</translation>
    </message>
    <message>
        <source>list: only meetings held in this month</source>
        <translation>list: الاجتماعات المنعقدة في هذا الشهر فقط</translation>
    </message>
    <message>
        <source>the working group (name or id); none: a general coordination meeting</source>
        <translation>مجموعة العمل (الاسم أو المعرّف)؛ بدونها: اجتماع تنسيقي عام</translation>
    </message>
    <message>
        <source>add: the meeting date</source>
        <translation>add: تاريخ الاجتماع</translation>
    </message>
    <message>
        <source>add: the meeting title</source>
        <translation>add: عنوان الاجتماع</translation>
    </message>
    <message>
        <source>add: the place P-code</source>
        <translation>add: الرمز المكاني للموقع</translation>
    </message>
    <message>
        <source>add: where it was held</source>
        <translation>add: مقر الاجتماع</translation>
    </message>
    <message>
        <source>add: who chaired it</source>
        <translation>add: رئيس الاجتماع</translation>
    </message>
    <message>
        <source>add: the agenda</source>
        <translation>add: جدول الأعمال</translation>
    </message>
    <message>
        <source>add: the minutes, as HTML or plain text from a file</source>
        <translation>add: المحضر، بصيغة HTML أو نصاً عادياً من ملف</translation>
    </message>
    <message>
        <source>add: an organisation that attended (repeatable)</source>
        <translation>add: منظمة حاضرة (قابل للتكرار)</translation>
    </message>
    <message>
        <source>add: a decision (repeatable, in order)</source>
        <translation>add: قرار (قابل للتكرار، بالترتيب)</translation>
    </message>
    <message>
        <source>minutes: the PDF file to write</source>
        <translation>minutes: ملف PDF المراد كتابته</translation>
    </message>
    <message>
        <source>minutes: language of the PDF, ar or en</source>
        <translation>minutes: لغة ملف PDF، ar أو en</translation>
    </message>
    <message>
        <source>Lists, shows and records coordination meetings with their attendance and decisions, and prints their minutes as PDF.</source>
        <translation>يعرض اجتماعات التنسيق ويسجلها مع حضورها وقراراتها، ويطبع محاضرها بصيغة PDF.</translation>
    </message>
    <message>
        <source>error: give --pdf FILE and --lang ar|en</source>
        <translation>خطأ: حدّد ‎--pdf FILE و‎--lang ar|en</translation>
    </message>
    <message>
        <source>Minutes written to %1.</source>
        <translation>كُتب المحضر في ⁨%1⁩.</translation>
    </message>
    <message>
        <source>error: cannot read “%1”</source>
        <translation>خطأ: تعذّرت قراءة «⁨%1⁩»</translation>
    </message>
    <message>
        <source>Meeting %1 recorded.</source>
        <translation>سُجِّل الاجتماع ⁨%1⁩.</translation>
    </message>
    <message>
        <source>list and record working groups with their lead, co-lead and members</source>
        <translation>عرض مجموعات العمل وتسجيلها مع جهتها الرائدة والرائدة المشاركة وأعضائها</translation>
    </message>
    <message>
        <source>list, show and record meetings; print their minutes as PDF (Arabic or English)</source>
        <translation>عرض الاجتماعات وتسجيلها؛ طباعة محاضرها بصيغة PDF (بالعربية أو الإنجليزية)</translation>
    </message>
    <message>
        <source>list (--overdue, --org), record and follow action points; export them as CSV or XLSX</source>
        <translation>عرض نقاط العمل (‎--overdue و‎--org) وتسجيلها ومتابعتها؛ تصديرها بصيغة CSV أو XLSX</translation>
    </message>
    <message>
        <source>list: only registrations that expire within DAYS days or have expired</source>
        <translation>list: التسجيل الذي ينتهي خلال DAYS يوم أو انتهى فقط</translation>
    </message>
    <message>
        <source>list: only active organisations without a current registration</source>
        <translation>list: المنظمات النشطة التي ليس لها تسجيل سارٍ فقط</translation>
    </message>
    <message>
        <source>list: as of this day (YYYY-MM-DD) instead of today</source>
        <translation>list: كما في هذا اليوم (YYYY-MM-DD) بدلاً من اليوم</translation>
    </message>
    <message>
        <source>list: write the list to a CSV or XLSX file</source>
        <translation>list: كتابة القائمة في ملف CSV أو XLSX</translation>
    </message>
    <message>
        <source>language of labels and names: ar or en</source>
        <translation>لغة التسميات والأسماء: ar أو en</translation>
    </message>
    <message>
        <source>add: the organisation (acronym)</source>
        <translation>add: المنظمة (اختصارها)</translation>
    </message>
    <message>
        <source>mosal (the ministry, default), mosal_directorate or other</source>
        <translation>mosal (الوزارة، الافتراضي) أو mosal_directorate أو other</translation>
    </message>
    <message>
        <source>which directorate, or the other authority&apos;s name</source>
        <translation>أي مديرية، أو اسم الجهة الأخرى</translation>
    </message>
    <message>
        <source>the registration number</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>the registration date (YYYY-MM-DD)</source>
        <translation>تاريخ التسجيل (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the expiry date (YYYY-MM-DD; empty for none)</source>
        <translation>تاريخ انتهاء التسجيل (YYYY-MM-DD؛ فارغ إن لم ينتهِ)</translation>
    </message>
    <message>
        <source>registered (default), pending, expired or suspended</source>
        <translation>registered (الافتراضي) أو pending أو expired أو suspended</translation>
    </message>
    <message>
        <source>error: --today needs a date written YYYY-MM-DD</source>
        <translation>خطأ: يحتاج ‎--today‎ إلى تاريخ بالشكل YYYY-MM-DD</translation>
    </message>
    <message>
        <source>error: --expiring needs a number of days</source>
        <translation>خطأ: يحتاج ‎--expiring‎ إلى عدد من الأيام</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n organisations to %1.</source>
        <translation>
            <numerusform>لم تُصدَّر أي منظمة إلى ⁨%1⁩.</numerusform>
            <numerusform>صُدِّرت منظمة واحدة إلى ⁨%1⁩.</numerusform>
            <numerusform>صُدِّرت منظمتان إلى ⁨%1⁩.</numerusform>
            <numerusform>صُدِّرت ⁨%n⁩ منظمات إلى ⁨%1⁩.</numerusform>
            <numerusform>صُدِّرت ⁨%n⁩ منظمةً إلى ⁨%1⁩.</numerusform>
            <numerusform>صُدِّرت ⁨%n⁩ منظمة إلى ⁨%1⁩.</numerusform>
        </translation>
    </message>
    <message>
        <source>No organisation to list.</source>
        <translation>لا منظمة لعرضها.</translation>
    </message>
    <message>
        <source>list (the default), add, or set REGISTRATION-ID</source>
        <translation>list (الافتراضي) أو add أو set REGISTRATION-ID</translation>
    </message>
    <message>
        <source>Partner registrations with the Ministry of Social Affairs and Labour, its directorates or another authority. list shows every organisation&apos;s standing (! marks those to follow up); --expiring DAYS only registrations that expire within DAYS days or have expired; --missing only active organisations without a current registration.</source>
        <translation>تسجيل الشركاء لدى وزارة الشؤون الاجتماعية والعمل أو مديرياتها أو جهة أخرى. يعرض list وضع تسجيل كل منظمة (تُعلَّم بـ ! المنظمات التي تحتاج متابعة)؛ ويعرض ‎--expiring DAYS‎ التسجيل الذي ينتهي خلال DAYS يوم أو انتهى فقط؛ ويعرض ‎--missing‎ المنظمات النشطة التي ليس لها تسجيل سارٍ فقط.</translation>
    </message>
    <message>
        <source>error: --lang is ar or en</source>
        <translation>خطأ: قيمة ‎--lang‎ هي ar أو en</translation>
    </message>
    <message>
        <source>error: unknown action “%1”; use list, add or set</source>
        <translation>خطأ: الإجراء «⁨%1⁩» غير معروف؛ استخدم list أو add أو set</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>No organisation has the acronym “%1”.</source>
        <translation>لا منظمة اختصارها «⁨%1⁩».</translation>
    </message>
    <message>
        <source>Added registration %1.</source>
        <translation>أُضيف التسجيل ⁨%1⁩.</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>No registration has the id “%1” (list them with “tansiq-cli registrations list”).</source>
        <translation>لا تسجيل معرّفه «⁨%1⁩» (اعرضها بالأمر «tansiq-cli registrations list»).</translation>
    </message>
    <message>
        <source>Updated registration %1.</source>
        <translation>عُدِّل التسجيل ⁨%1⁩.</translation>
    </message>
    <message>
        <source>partner registrations: list (--expiring DAYS, --missing, --out FILE), add, set</source>
        <translation>تسجيل الشركاء: list (‎--expiring DAYS‎ و‎--missing‎ و‎--out FILE‎) و add و set</translation>
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
        <translation>الاستخدام: tansiq-cli office create-certification-key --out FILE [--name LABEL]   (المكتب الرئيسي، مرة واحدة، على ذاكرة USB)
       tansiq-cli office init --name NAME [--head-office --certification-key FILE]
       tansiq-cli office enrol-request --out FILE
       tansiq-cli office enrol-sign REQUEST --out ANSWER --expect-fingerprint FP --certification-key FILE [--valid-days N]   (المكتب الرئيسي)
       tansiq-cli office enrol-accept ANSWER --expect-fingerprint FP
       tansiq-cli office roster
       tansiq-cli office revoke OFFICE --certification-key FILE   (المكتب الرئيسي)
       tansiq-cli office renew OFFICE --certification-key FILE [--valid-days N]   (المكتب الرئيسي)
       tansiq-cli office certify-new-key --certification-key FILE   (المكتب الرئيسي: حاسوب محمول جديد، docs/recovery.md)
       tansiq-cli office renew-replica
       tansiq-cli office confirm-time   (تاريخ للمكتب الرئيسي محجوز)
المفاتيح محمية بعبارة مرور: --passphrase-file FILE أو TANSIQ_PASSPHRASE؛ ومفتاح الاعتماد بعبارة مرور خاصة به: --certification-passphrase-file FILE أو TANSIQ_CERTIFICATION_PASSPHRASE. يحتاج التسجيل إلى بصمة الطرف الآخر، تُقرأ هاتفياً (--expect-fingerprint)، ما لم يُعطَ الخيار --skip-fingerprint-check.</translation>
    </message>
    <message>
        <source>create-certification-key, init, enrol-request, enrol-sign, enrol-accept, roster, revoke, renew, certify-new-key, renew-replica, confirm-time</source>
        <translation>create-certification-key، init، enrol-request، enrol-sign، enrol-accept، roster، revoke، renew، certify-new-key، renew-replica، confirm-time</translation>
    </message>
    <message>
        <source>error: a head office needs its certification key: create it with “tansiq-cli office create-certification-key --out FILE” (on a stick), then give --certification-key FILE. Nothing was changed.</source>
        <translation>خطأ: يحتاج المكتب الرئيسي إلى مفتاح الاعتماد الخاص به: أنشئه بالأمر «tansiq-cli office create-certification-key --out FILE» (على ذاكرة USB)، ثم مرّره بالخيار --certification-key FILE. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>Office “%1” is set up. Its fingerprint: %2</source>
        <translation>أُعدّ المكتب «⁨%1⁩». بصمته: ⁨%2⁩</translation>
    </message>
    <message>
        <source>error: give the file to write with --out FILE (on a stick that stays offline)</source>
        <translation>خطأ: حدّد الملف المراد كتابته بالخيار --out FILE (على ذاكرة USB تبقى غير متصلة)</translation>
    </message>
    <message>
        <source>error: “%1” already exists; a certification key is never overwritten. Nothing was changed.</source>
        <translation>خطأ: الملف «⁨%1⁩» موجود مسبقاً؛ لا يُكتب فوق مفتاح اعتماد أبداً. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>error: could not protect the key (not enough memory for the passphrase hash). Nothing was written.</source>
        <translation>خطأ: تعذّرت حماية المفتاح (الذاكرة لا تكفي لاشتقاق عبارة المرور). لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>Certification key written to %1. Its fingerprint, which field offices confirm by phone when they enrol: %2. Keep the file offline, with a copy in a safe place; keep its passphrase apart from it.</source>
        <translation>كُتب مفتاح الاعتماد في ⁨%1⁩. بصمته، التي تتحقق منها المكاتب الميدانية هاتفياً عند التسجيل: ⁨%2⁩. أبقِ الملف غير متصل، مع نسخة في مكان آمن، واحفظ عبارة مروره بعيداً عنه.</translation>
    </message>
    <message>
        <source>Office “%1” is set up as the head office, rooted in the certification key %2. Field offices confirm that fingerprint by phone when they enrol. Put the certification key away: it is needed only to enrol, renew or revoke offices and to certify a new everyday key.</source>
        <translation>أُعدّ المكتب «⁨%1⁩» بصفته المكتب الرئيسي، وجذره مفتاح الاعتماد ⁨%2⁩. تتحقق المكاتب الميدانية من هذه البصمة هاتفياً عند التسجيل. احفظ مفتاح الاعتماد بعيداً: لا يُحتاج إليه إلا لتسجيل المكاتب وتجديد شهاداتها وسحب اعتمادها، ولاعتماد مفتاح يومي جديد.</translation>
    </message>
    <message>
        <source>error: a new everyday key is certified with the certification key: give --certification-key FILE. Nothing was changed.</source>
        <translation>خطأ: يُعتمد المفتاح اليومي الجديد بمفتاح الاعتماد: مرّر --certification-key FILE. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>This head office now signs with a new everyday key (fingerprint %1), certified by the certification key. The old key is retired: what it signed up to now stays valid, anything it signs from now on is refused by every office that has received a bundle from this computer. Send every office a bundle now.</source>
        <translation>يوقّع هذا المكتب الرئيسي الآن بمفتاح يومي جديد (البصمة ⁨%1⁩) اعتمده مفتاح الاعتماد. استُبدل المفتاح القديم: يبقى ما وقّعه حتى الآن صالحاً، وكل ما يوقّعه بعد الآن ترفضه كل المكاتب التي استوردت حزمة من هذا الحاسوب. أرسل حزمة إلى كل مكتب الآن.</translation>
    </message>
    <message>
        <source>error: “%1” is too large for minutes (%2 MB; at most 2 MB)</source>
        <translation>خطأ: الملف «⁨%1⁩» أكبر من أن يكون محضراً (⁨%2⁩ ميغابايت؛ الحد الأقصى ٢ ميغابايت)</translation>
    </message>
    <message>
        <source>PostgreSQL connection string, e.g. &quot;host=server dbname=tansiq user=publisher&quot;</source>
        <translation>سلسلة الاتصال بقاعدة بيانات PostgreSQL، مثلاً «host=server dbname=tansiq user=publisher»</translation>
    </message>
    <message>
        <source>schema to publish into (default: tansiq)</source>
        <translation>المخطط الذي يُنشر فيه (الافتراضي: tansiq)</translation>
    </message>
    <message>
        <source>compare every record with the target instead of reading the op log</source>
        <translation>مقارنة كل قيد بما في قاعدة البيانات الهدف بدلاً من قراءة سجل العمليات</translation>
    </message>
    <message>
        <source>Publishes the registry to a PostgreSQL database (tables, boundaries, and views for the 4W matrix, unique reach and gaps), in one transaction. Only what changed since the last publication is written. See docs/publishing.md.</source>
        <translation>ينشر السجل في قاعدة بيانات PostgreSQL (الجداول والحدود الإدارية وعروض لمصفوفة 4W والمستفيدين دون تكرار العدّ والفجوات) في معاملة واحدة. لا يُكتب إلا ما تغيّر منذ النشر السابق. انظر docs/publishing.md.</translation>
    </message>
    <message>
        <source>error: --postgres is required</source>
        <translation>خطأ: الخيار --postgres مطلوب</translation>
    </message>
    <message>
        <source>Published to schema %1 (%2: %3).</source>
        <translation>نُشر في المخطط ⁨%1⁩ (⁨%2⁩: ⁨%3⁩).</translation>
    </message>
    <message>
        <source>Records written: %1, deleted: %2.</source>
        <translation>القيود المكتوبة: ⁨%1⁩، المحذوفة: ⁨%2⁩.</translation>
    </message>
    <message>
        <source>Boundaries: PostGIS geometry and WKT text.</source>
        <translation>الحدود الإدارية: أشكال PostGIS ونص WKT.</translation>
    </message>
    <message>
        <source>Boundaries: WKT text (PostGIS is not installed in this database).</source>
        <translation>الحدود الإدارية: نص WKT (إضافة PostGIS غير مثبّتة في قاعدة البيانات هذه).</translation>
    </message>
    <message>
        <source>publish the registry to PostgreSQL (tables, boundaries, 4W and gap views); only what changed</source>
        <translation>نشر السجل في PostgreSQL (الجداول والحدود الإدارية وعروض 4W والفجوات)؛ ما تغيّر فقط</translation>
    </message>
    <message>
        <source>Snapshot cache: written in %1 ms (%2 MB), a cold start read from it in %3 ms</source>
        <translation>ذاكرة اللقطة المؤقتة: كُتبت في ⁨%1⁩ ms (⁨%2⁩ MB)، وقرأها بدء بارد في ⁨%3⁩ ms</translation>
    </message>
    <message>
        <source>  (visit %1)</source>
        <translation>  (زيارة ⁨%1⁩)</translation>
    </message>
    <message>
        <source>the monitoring visit it follows up (id)</source>
        <translation>زيارة الرصد التي تتابعها (المعرّف)</translation>
    </message>
    <message>
        <source>Coordination: %1 working groups, %2 meetings, %3 action points, %4 monitoring visits, %5 partner registrations.</source>
        <translation>التنسيق: مجموعات العمل: ⁨%1⁩، الاجتماعات: ⁨%2⁩، نقاط العمل: ⁨%3⁩، زيارات الرصد: ⁨%4⁩، تسجيلات الشركاء: ⁨%5⁩.</translation>
    </message>
    <message>
        <source>need: %1</source>
        <translation>الاحتياج: ⁨%1⁩</translation>
    </message>
    <message>
        <source>error: the meeting has %1 decisions; “%2” is not one of them</source>
        <translation>خطأ: عدد قرارات الاجتماع ⁨%1⁩؛ و«⁨%2⁩» ليس أحدها</translation>
    </message>
    <message>
        <source>error: give --sector, --place or --need (- clears a link)</source>
        <translation>خطأ: حدّد ‎--sector أو ‎--place أو ‎--need (والشرطة - تزيل الربط)</translation>
    </message>
    <message>
        <source>sector %1</source>
        <translation>القطاع ⁨%1⁩</translation>
    </message>
    <message>
        <source>place %1 (%2)</source>
        <translation>الموقع ⁨%1⁩ (⁨%2⁩)</translation>
    </message>
    <message>
        <source>need %1</source>
        <translation>الاحتياج ⁨%1⁩</translation>
    </message>
    <message>
        <source>Decision %1 of meeting %2 is about: %3.</source>
        <translation>القرار ⁨%1⁩ من الاجتماع ⁨%2⁩ يتعلق بـ: ⁨%3⁩.</translation>
    </message>
    <message>
        <source>nothing in particular</source>
        <translation>لا شيء محدد</translation>
    </message>
    <message>
        <source>add: the place P-code; decision: the place the decision is about (- for none)</source>
        <translation>add: الرمز المكاني للموقع؛ decision: الموقع الذي يتعلق به القرار (- لإزالته)</translation>
    </message>
    <message>
        <source>decision: the sector the decision is about, by code (- for none)</source>
        <translation>decision: القطاع الذي يتعلق به القرار، برمزه (- لإزالته)</translation>
    </message>
    <message>
        <source>decision: the need (gap) the decision is about, by id (- for none)</source>
        <translation>decision: الاحتياج (الفجوة) الذي يتعلق به القرار، بمعرّفه (- لإزالته)</translation>
    </message>
    <message>
        <source>list, show ID, add, decision ID N (links decision N to a sector, place or need), or minutes ID</source>
        <translation>list أو show ID أو add أو decision ID N (يربط القرار N بقطاع أو موقع أو احتياج) أو minutes ID</translation>
    </message>
    <message>
        <source>error: unknown action “%1” (list, show, add, decision or minutes)</source>
        <translation>خطأ: إجراء غير معروف «⁨%1⁩» (list أو show أو add أو decision أو minutes)</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>النشاط ⁨%1⁩</translation>
    </message>
    <message>
        <source>follow-up action points: %1</source>
        <translation>نقاط عمل المتابعة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>  [%1 overdue]</source>
        <translation>  [المتأخرة: ⁨%1⁩]</translation>
    </message>
    <message>
        <source>No monitoring visits.</source>
        <translation>لا توجد زيارات رصد.</translation>
    </message>
    <message>
        <source>list: only visits in this month</source>
        <translation>list: الزيارات في هذا الشهر فقط</translation>
    </message>
    <message>
        <source>the visiting organisation (acronym); list: only its visits</source>
        <translation>المنظمة الزائرة (الاختصار)؛ list: زياراتها فقط</translation>
    </message>
    <message>
        <source>add: the visit date</source>
        <translation>add: تاريخ الزيارة</translation>
    </message>
    <message>
        <source>add: the project visited (code)</source>
        <translation>add: المشروع الذي زِير (رمزه)</translation>
    </message>
    <message>
        <source>add: the activity visited (id)</source>
        <translation>add: النشاط الذي زِير (معرّفه)</translation>
    </message>
    <message>
        <source>add: on_track, delays or serious_problems</source>
        <translation>add: ‏on_track (وفق الخطة) أو delays (تأخير) أو serious_problems (مشكلات جدية)</translation>
    </message>
    <message>
        <source>add: what the visit found</source>
        <translation>add: ما وجدته الزيارة</translation>
    </message>
    <message>
        <source>Lists and records monitoring visits to projects and activities: the place, the visiting organisation, the rating of implementation and the findings. Their follow-up action points are recorded with actions add --visit ID.</source>
        <translation>يعرض زيارات الرصد إلى المشاريع والأنشطة ويسجلها: الموقع، والمنظمة الزائرة، وتقييم سير التنفيذ، والملاحظات الميدانية. تُسجَّل نقاط عمل المتابعة بالأمر actions add --visit ID.</translation>
    </message>
    <message>
        <source>error: “%1” is not an activity id</source>
        <translation>خطأ: «⁨%1⁩» ليس معرّف نشاط</translation>
    </message>
    <message>
        <source>Monitoring visit %1 recorded.</source>
        <translation>سُجّلت زيارة الرصد ⁨%1⁩.</translation>
    </message>
    <message>
        <source>list (--month, --org) and record monitoring visits to projects and activities</source>
        <translation>عرض زيارات الرصد إلى المشاريع والأنشطة (‎--month، ‎--org) وتسجيلها</translation>
    </message>
    <message>
        <source>instead of timing: write the activities, the bench&apos;s parameters and the engine&apos;s results of the five pivots as CSV into DIR (for scripts/bench-duckdb)</source>
        <translation>بدلاً من القياس: اكتب الأنشطة ومعاملات القياس ونتائج المحرّك للجداول المحورية الخمسة بصيغة CSV في DIR (لـ scripts/bench-duckdb)</translation>
    </message>
    <message>
        <source>%1 activities and the engine&apos;s results written to %2</source>
        <translation>كُتبت ⁨%1⁩ من الأنشطة ونتائج المحرّك في ⁨%2⁩</translation>
    </message>
    <message>
        <source>instead: the head office imports one bundle from each of N field offices, each with the given number of changed activities</source>
        <translation>بدلاً من ذلك: يستورد المكتب الرئيسي حزمة واحدة من كل مكتب من N مكتباً ميدانياً، في كل منها العدد المعطى من الأنشطة المعدّلة</translation>
    </message>
    <message>
        <source>office %1 of %2 ready: %3 bytes</source>
        <translation>المكتب ⁨%1⁩ من ⁨%2⁩ جاهز: ⁨%3⁩ بايت</translation>
    </message>
    <message>
        <source>error: cannot copy the head office&apos;s database</source>
        <translation>خطأ: تعذّر نسخ قاعدة بيانات المكتب الرئيسي</translation>
    </message>
    <message>
        <source>error: a bundle left operations waiting or in conflict</source>
        <translation>خطأ: تركت حزمةٌ عملياتٍ منتظرة أو متعارضة</translation>
    </message>
    <message>
        <source>error: the head office holds %1 activities, %2 were sent</source>
        <translation>خطأ: لدى المكتب الرئيسي ⁨%1⁩ من الأنشطة، وأُرسل ⁨%2⁩</translation>
    </message>
    <message>
        <source>run %1: %2 bundles imported in %3 ms (%4 operations applied)</source>
        <translation>الجولة ⁨%1⁩: استُوردت ⁨%2⁩ من الحزم في ⁨%3⁩ ms (طُبّقت ⁨%4⁩ من العمليات)</translation>
    </message>
    <message>
        <source>Head office: %1 field offices, %2 changed activities each (%3 activities, %4 bundle bytes in all):</source>
        <translation>المكتب الرئيسي: ⁨%1⁩ من المكاتب الميدانية، في كل منها ⁨%2⁩ من الأنشطة المعدّلة (⁨%3⁩ من الأنشطة، و⁨%4⁩ بايت من الحزم إجمالاً):</translation>
    </message>
    <message>
        <source>  all bundles imported: median %1 ms (%2x plain inserts); one bundle: median %3 ms</source>
        <translation>  استيراد كل الحزم: الوسيط ⁨%1⁩ ms (⁨%2⁩ ضعف الإدراج المباشر)؛ حزمة واحدة: الوسيط ⁨%3⁩ ms</translation>
    </message>
    <message>
        <source>  export at a field office: median %1 ms</source>
        <translation>  التصدير في مكتب ميداني: الوسيط ⁨%1⁩ ms</translation>
    </message>
    <message>
        <source>  baseline, plain SQLite inserts of the same rows: %1 ms</source>
        <translation>  خط الأساس، إدراج الصفوف نفسها مباشرةً في SQLite: ⁨%1⁩ ms</translation>
    </message>
    <message>
        <source>then give the freed space back to the disk (VACUUM: rewrites the file, needs as much free space again)</source>
        <translation>ثم أعد المساحة المحرّرة إلى القرص (VACUUM: يعيد كتابة الملف ويحتاج مساحة فارغة بقدره)</translation>
    </message>
    <message>
        <source>Compacts the sync operation log: keeps only what convergence, relaying and conflict detection need.</source>
        <translation>يضغط سجل عمليات المزامنة: لا يُبقي إلا ما يحتاجه التقارب والترحيل وكشف التعارضات.</translation>
    </message>
    <message>
        <source>Operations sealed into batches: %1; creates read from their records: %2; relayed batches acknowledged everywhere: %3; %4 bytes freed inside the file.</source>
        <translation>عمليات مختومة في دفعات: ⁨%1⁩؛ عمليات إنشاء تُقرأ من سجلاتها: ⁨%2⁩؛ دفعات مُرحّلة أكّد استلامَها الجميع: ⁨%3⁩؛ حُرّر ⁨%4⁩ بايت داخل الملف.</translation>
    </message>
    <message>
        <source>Database file: %1 bytes before, %2 bytes after (%3 bytes per activity).</source>
        <translation>ملف قاعدة البيانات: ⁨%1⁩ بايت قبل، و⁨%2⁩ بايت بعد (⁨%3⁩ بايت لكل نشاط).</translation>
    </message>
    <message>
        <source>The freed space is reused by later changes; --vacuum gives it back to the disk.</source>
        <translation>تُعاد المساحة المحرّرة للاستعمال في التعديلات اللاحقة؛ ويعيدها ‎--vacuum إلى القرص.</translation>
    </message>
    <message>
        <source>compact the sync operation log (also done after each import)</source>
        <translation>ضغط سجل عمليات المزامنة (يجري أيضاً بعد كل استيراد)</translation>
    </message>
    <message>
        <source>with --offices: also import the bundles as separate imports (a safety backup and a compaction each), for comparison</source>
        <translation>مع --offices: استورد الحزم أيضاً كلاً في عملية استيراد مستقلة (نسخة احتياطية وضغط لكل منها)، للمقارنة</translation>
    </message>
    <message>
        <source>run %1, separate imports: %2 bundles imported in %3 ms (%4 operations applied)</source>
        <translation>الجولة ⁨%1⁩، عمليات استيراد مستقلة: استُوردت ⁨%2⁩ من الحزم في ⁨%3⁩ ms (طُبّقت ⁨%4⁩ من العمليات)</translation>
    </message>
    <message>
        <source>  as separate imports (a safety backup and a compaction each): median %1 ms (%2x the single import)</source>
        <translation>  في عمليات استيراد مستقلة (نسخة احتياطية وضغط لكل منها): الوسيط ⁨%1⁩ ms (⁨%2⁩ ضعف الاستيراد الواحد)</translation>
    </message>
    <message>
        <source>the bundles to import</source>
        <translation>الحزم المراد استيرادها</translation>
    </message>
    <message>
        <source>Imports bundles, one after the other: each all or nothing, and safe to repeat.</source>
        <translation>يستورد الحزم واحدة بعد أخرى: كل حزمة إما كلها أو لا شيء، ويمكن تكراره بأمان.</translation>
    </message>
    <message>
        <source>error: give one bundle file or more</source>
        <translation>خطأ: حدّد ملف حزمة واحداً أو أكثر</translation>
    </message>
    <message>
        <source>Run “tansiq-cli %1 --help” for the options.</source>
        <translation>شغّل «tansiq-cli ⁨%1⁩ --help» لعرض الخيارات.</translation>
    </message>
    <message>
        <source>the bulletin&apos;s month</source>
        <translation>شهر النشرة</translation>
    </message>
    <message>
        <source>language of the bulletin: ar or en</source>
        <translation>لغة النشرة: ar أو en</translation>
    </message>
    <message>
        <source>P-code of a governorate, district or sub-district (default: the whole country)</source>
        <translation>الرمز المكاني لمحافظة أو منطقة أو ناحية (الافتراضي: البلد كله)</translation>
    </message>
    <message>
        <source>arabic (٠١٢) or latin (012) digits; default: arabic in Arabic, latin in English</source>
        <translation>أرقام arabic (٠١٢) أو latin (012)؛ الافتراضي: arabic في العربية، latin في الإنجليزية</translation>
    </message>
    <message>
        <source>the office named on the cover (default: this database&apos;s office)</source>
        <translation>المكتب المذكور على الغلاف (الافتراضي: مكتب قاعدة البيانات هذه)</translation>
    </message>
    <message>
        <source>the date printed as “produced on” (default: today)</source>
        <translation>التاريخ المطبوع بوصفه «أُعدّت في» (الافتراضي: اليوم)</translation>
    </message>
    <message>
        <source>--month is needed: the bulletin&apos;s month, as YYYY-MM.</source>
        <translation>الخيار --month مطلوب: شهر النشرة بصيغة YYYY-MM.</translation>
    </message>
    <message>
        <source>“%1” is not a bulletin language: use ar or en.</source>
        <translation>«⁨%1⁩» ليست لغة نشرة: استخدم ar أو en.</translation>
    </message>
    <message>
        <source>“%1” is not a digit style: use arabic or latin.</source>
        <translation>«⁨%1⁩» ليس نمط أرقام: استخدم arabic أو latin.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD.</source>
        <translation>«⁨%1⁩» ليس تاريخاً: اكتبه بصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>error: no %1 has the id “%2” (give at least its first 8 characters)</source>
        <translation>خطأ: لا يوجد ⁨%1⁩ معرّفه «⁨%2⁩» (اكتب أول ٨ محارف منه على الأقل)</translation>
    </message>
    <message>
        <source>error: several records start with “%1”; give more of the id</source>
        <translation>خطأ: تبدأ عدة سجلات بـ«⁨%1⁩»؛ اكتب جزءاً أطول من المعرّف</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>action point</source>
        <translation>نقطة العمل</translation>
    </message>
    <message>
        <source>working group</source>
        <translation>مجموعة العمل</translation>
    </message>
    <message>
        <source>error: no organisation is called “%1”</source>
        <translation>خطأ: لا توجد منظمة اسمها «⁨%1⁩»</translation>
    </message>
    <message>
        <source>error: no sector has the code “%1”</source>
        <translation>خطأ: لا يوجد قطاع رمزه «⁨%1⁩»</translation>
    </message>
    <message>
        <source>error: no project has the code “%1”</source>
        <translation>خطأ: لا يوجد مشروع رمزه «⁨%1⁩»</translation>
    </message>
    <message>
        <source>monitoring visit</source>
        <translation>زيارة الرصد</translation>
    </message>
    <message>
        <source>need</source>
        <translation>الاحتياج</translation>
    </message>
    <message>
        <source>keep only activities matching DIM=VALUE[,VALUE] (repeatable; place=PCODE for any level)</source>
        <translation>احتفظ فقط بالأنشطة المطابقة لـ DIM=VALUE[,VALUE] (قابل للتكرار؛ place=PCODE لأي مستوى)</translation>
    </message>
    <message>
        <source>activities active during this month or these months</source>
        <translation>الأنشطة النشطة خلال هذا الشهر أو هذه الأشهر</translation>
    </message>
    <message>
        <source>admin level of places: 1 governorate, 2 district, 3 sub-district, 4 community</source>
        <translation>المستوى الإداري للأماكن: 1 محافظة، 2 منطقة، 3 ناحية، 4 تجمع</translation>
    </message>
    <message>
        <source>output: csv, json or hxl (CSV with HXL hashtags)</source>
        <translation>المخرجات: csv أو json أو hxl (CSV مع وسوم HXL)</translation>
    </message>
    <message>
        <source>language of names and labels: en or ar</source>
        <translation>لغة الأسماء والتسميات: en أو ar</translation>
    </message>
    <message>
        <source>read the office passphrase from FILE (first line); otherwise from the TANSIQ_PASSPHRASE environment variable</source>
        <translation>اقرأ عبارة مرور المكتب من الملف FILE (السطر الأول)؛ وإلا فمن متغير البيئة TANSIQ_PASSPHRASE</translation>
    </message>
    <message>
        <source>error: cannot read the passphrase file “%1”: %2</source>
        <translation>خطأ: تعذّرت قراءة ملف عبارة المرور «⁨%1⁩»: ⁨%2⁩</translation>
    </message>
    <message>
        <source>error: this command needs the office passphrase: give --passphrase-file FILE or set TANSIQ_PASSPHRASE</source>
        <translation>خطأ: يحتاج هذا الأمر إلى عبارة مرور المكتب: حدّد --passphrase-file FILE أو اضبط TANSIQ_PASSPHRASE</translation>
    </message>
    <message>
        <source>the head office&apos;s certification key file (kept offline, e.g. on a stick)</source>
        <translation>ملف مفتاح الاعتماد الخاص بالمكتب الرئيسي (يُحفظ غير متصل، على ذاكرة USB مثلاً)</translation>
    </message>
    <message>
        <source>read the certification key&apos;s passphrase from FILE (first line); otherwise from the TANSIQ_CERTIFICATION_PASSPHRASE environment variable</source>
        <translation>قراءة عبارة مرور مفتاح الاعتماد من الملف FILE (السطر الأول)؛ وإلا فمن متغيّر البيئة TANSIQ_CERTIFICATION_PASSPHRASE</translation>
    </message>
    <message>
        <source>error: the certification key needs its own passphrase: give --certification-passphrase-file FILE or set TANSIQ_CERTIFICATION_PASSPHRASE</source>
        <translation>خطأ: لمفتاح الاعتماد عبارة مرور خاصة به: مرّر --certification-passphrase-file FILE أو اضبط TANSIQ_CERTIFICATION_PASSPHRASE</translation>
    </message>
    <message>
        <source>warning: this office&apos;s certificate expired on %1: other offices will refuse its bundles until the head office renews it (“tansiq-cli office renew %2” there) and a bundle from the head office arrives.</source>
        <translation>تحذير: انتهت صلاحية شهادة هذا المكتب في ⁨%1⁩: سترفض المكاتب الأخرى حزمه إلى أن يجدّدها المكتب الرئيسي («tansiq-cli office renew ⁨%2⁩» هناك) وتصل حزمة من المكتب الرئيسي.</translation>
    </message>
    <message>
        <source>warning: this office&apos;s certificate expires on %1 (in %2 days). Ask the head office to renew it (“tansiq-cli office renew %3”).</source>
        <translation>تحذير: تنتهي صلاحية شهادة هذا المكتب في ⁨%1⁩ (الأيام المتبقية: ⁨%2⁩). اطلب من المكتب الرئيسي تجديدها («tansiq-cli office renew ⁨%3⁩»).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبداً</translation>
    </message>
    <message>
        <source>Usage: tansiq-cli [--db PATH] COMMAND [OPTIONS]</source>
        <translation>الاستخدام: tansiq-cli [--db PATH] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Tansiq keeps the 4W registry of a humanitarian coordination office.</source>
        <translation>يحفظ تنسيق سجلّ 4W لمكتب تنسيق إنساني.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>الخيارات:</translation>
    </message>
    <message>
        <source>the database (default: %1)</source>
        <translation>قاعدة البيانات (الافتراضية: ⁨%1⁩)</translation>
    </message>
    <message>
        <source>show this help; COMMAND --help shows a command&apos;s options</source>
        <translation>اعرض هذه المساعدة؛ ‎COMMAND --help يعرض خيارات الأمر</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>اعرض الإصدار</translation>
    </message>
    <message>
        <source>error: --db needs a path</source>
        <translation>خطأ: يتطلب ‎--db مساراً</translation>
    </message>
    <message>
        <source>error: unknown command “%1”. Run “tansiq-cli --help” for the list.</source>
        <translation>خطأ: أمر غير معروف «⁨%1⁩». شغّل «tansiq-cli --help» لعرض القائمة.</translation>
    </message>
    <message>
        <source>  processor time: all bundles imported: median %1 ms (%2x the plain inserts&apos; %3 ms)</source>
        <translation>  وقت المعالج: استيراد كل الحزم: الوسيط ⁨%1⁩ ms (⁨%2⁩ ضعف ⁨%3⁩ ms للإدراج المباشر)</translation>
    </message>
    <message>
        <source>  processor time, separate imports: median %1 ms</source>
        <translation>  وقت المعالج، في عمليات استيراد مستقلة: الوسيط ⁨%1⁩ ms</translation>
    </message>
    <message>
        <source>start from the snapshot cache beside the database when it fits, as the application does (else build it and write the cache); skips the cache&apos;s own timings</source>
        <translation>البدء من ذاكرة اللقطة المؤقتة بجانب قاعدة البيانات حين تطابقها، كما يفعل التطبيق (وإلا تُبنى اللقطة وتُكتب الذاكرة المؤقتة)؛ دون قياس أزمنة الذاكرة المؤقتة نفسها</translation>
    </message>
    <message>
        <source>time only these pivots (names separated by commas)</source>
        <translation>قياس هذه الجداول المحورية فقط (أسماء تفصل بينها فواصل)</translation>
    </message>
    <message>
        <source>Snapshot read from the cache in %1 ms (%6 ms of processor time; columns %2 MB); resident memory %3 MB before, peak %4 MB after the engine runs (+%5 MB)</source>
        <translation>قُرئت اللقطة من الذاكرة المؤقتة في ⁨%1⁩ ms (⁨%6⁩ ms من زمن المعالج؛ الأعمدة ⁨%2⁩ MB)؛ الذاكرة المقيمة ⁨%3⁩ MB قبل، والذروة ⁨%4⁩ MB بعد تشغيل المحرك (+⁨%5⁩ MB)</translation>
    </message>
</context>
<context>
    <name>tansiq::gui</name>
    <message>
        <source>Tansiq: coordination of humanitarian activities (4W).</source>
        <translation>تنسيق: تنسيق الأنشطة الإنسانية (4W).</translation>
    </message>
    <message>
        <source>interface language: ar or en</source>
        <translation>لغة الواجهة: ar أو en</translation>
    </message>
    <message>
        <source>print the time until the window is shown</source>
        <translation>طباعة الزمن حتى ظهور النافذة</translation>
    </message>
    <message>
        <source>The database could not be created.</source>
        <translation>تعذّر إنشاء قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>تعذّر فتح قاعدة البيانات.</translation>
    </message>
    <message>
        <source>window shown after %1 ms</source>
        <translation>ظهرت النافذة بعد ⁨%1⁩ ميلي ثانية</translation>
    </message>
    <message>
        <source>database file (default: the file opened last, else the per-user database); a file that does not exist yet is set up as a new registry</source>
        <translation>ملف قاعدة البيانات (الافتراضي: آخر ملف فُتح، وإلا قاعدة بيانات المستخدم)؛ يُعدّ الملف غير الموجود بعد سجلّاً جديداً</translation>
    </message>
    <message>
        <source>render the setup assistant and every page to PNG files in DIR, then quit</source>
        <translation>رسم مساعد الإعداد وكل الصفحات في ملفات PNG داخل DIR، ثم الخروج</translation>
    </message>
    <message>
        <source>activities in the sample data (and in the screenshots&apos; database)</source>
        <translation>عدد الأنشطة في البيانات التجريبية (وفي قاعدة بيانات لقطات الشاشة)</translation>
    </message>
    <message numerus="yes">
        <source>%n screenshots written to %1</source>
        <translation>
            <numerusform>لم تُحفظ أي صورة في ⁨%1⁩</numerusform>
            <numerusform>حُفظت صورة واحدة في ⁨%1⁩</numerusform>
            <numerusform>حُفظت صورتان في ⁨%1⁩</numerusform>
            <numerusform>حُفظت ⁨%n⁩ صور في ⁨%1⁩</numerusform>
            <numerusform>حُفظت ⁨%n⁩ صورةً في ⁨%1⁩</numerusform>
            <numerusform>حُفظت ⁨%n⁩ صورة في ⁨%1⁩</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tansiq::interop</name>
    <message>
        <source>Line %1 of “%2” is not a value mapping: write “kind: partner value = code or name”, where kind is one of: %3.</source>
        <translation>السطر ⁨%1⁩ من «⁨%2⁩» ليس مطابقة قيمة: اكتب «النوع: قيمة الشريك = الرمز أو الاسم»، حيث النوع أحد: ⁨%3⁩.</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>activity type</source>
        <translation>نوع النشاط</translation>
    </message>
    <message>
        <source>project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>طريقة تقديم المساعدة</translation>
    </message>
    <message>
        <source>population group</source>
        <translation>الفئة السكانية</translation>
    </message>
    <message>
        <source>place</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Line %1 of “%2”: only organisations and projects can be created from a file.</source>
        <translation>السطر ⁨%1⁩ من «⁨%2⁩»: لا يُنشأ من الملف إلا الجهات والمشاريع.</translation>
    </message>
    <message>
        <source>“%1” is not a Tansiq vocabulary file: its first line must be “%2 %3”.</source>
        <translation>«⁨%1⁩» ليس ملف مفردات لتنسيق: يجب أن يكون سطره الأول «⁨%2⁩ ⁨%3⁩».</translation>
    </message>
    <message>
        <source>“%1” is a vocabulary file of version %2; this Tansiq reads version %3.</source>
        <translation>«⁨%1⁩» ملف مفردات من الإصدار ⁨%2⁩؛ يقرأ هذا الإصدار من تنسيق الإصدار ⁨%3⁩.</translation>
    </message>
    <message>
        <source>“%1”: a vocabulary file only adds spellings; “%2” must name a value.</source>
        <translation>«⁨%1⁩»: ملف المفردات يضيف تهجئات فقط؛ يجب أن تسمّي «⁨%2⁩» قيمة موجودة.</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::BoundaryImporter</name>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>تعذّر فتح «⁨%1⁩»: ⁨%2⁩</translation>
    </message>
    <message>
        <source>“%1” is larger than 512 MB.</source>
        <translation>حجم «⁨%1⁩» أكبر من 512 MB.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was not imported: %n P-code(s) of level %2 are not in the gazetteer (%3). Import the matching gazetteer first; nothing was written.</source>
        <translation>
            <numerusform>لم يُستورد «⁨%1⁩»: لا رموز مكانية من المستوى ⁨%2⁩ غير موجودة في الدليل الجغرافي (⁨%3⁩). استورد الدليل الجغرافي المطابق أولاً؛ لم يُكتب أي شيء.</numerusform>
            <numerusform>لم يُستورد «⁨%1⁩»: رمز مكاني واحد من المستوى ⁨%2⁩ غير موجود في الدليل الجغرافي (⁨%3⁩). استورد الدليل الجغرافي المطابق أولاً؛ لم يُكتب أي شيء.</numerusform>
            <numerusform>لم يُستورد «⁨%1⁩»: رمزان مكانيان من المستوى ⁨%2⁩ غير موجودين في الدليل الجغرافي (⁨%3⁩). استورد الدليل الجغرافي المطابق أولاً؛ لم يُكتب أي شيء.</numerusform>
            <numerusform>لم يُستورد «⁨%1⁩»: ⁨%n⁩ رموز مكانية من المستوى ⁨%2⁩ غير موجودة في الدليل الجغرافي (⁨%3⁩). استورد الدليل الجغرافي المطابق أولاً؛ لم يُكتب أي شيء.</numerusform>
            <numerusform>لم يُستورد «⁨%1⁩»: ⁨%n⁩ رمزاً مكانياً من المستوى ⁨%2⁩ غير موجودة في الدليل الجغرافي (⁨%3⁩). استورد الدليل الجغرافي المطابق أولاً؛ لم يُكتب أي شيء.</numerusform>
            <numerusform>لم يُستورد «⁨%1⁩»: ⁨%n⁩ رمز مكاني من المستوى ⁨%2⁩ غير موجودة في الدليل الجغرافي (⁨%3⁩). استورد الدليل الجغرافي المطابق أولاً؛ لم يُكتب أي شيء.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tansiq::interop::CodAbGeoJson</name>
    <message>
        <source>“%1” is not GeoJSON (%2 at byte %3).</source>
        <translation>«⁨%1⁩» ليس ملف GeoJSON (⁨%2⁩ عند البايت ⁨%3⁩).</translation>
    </message>
    <message>
        <source>“%1” is not a GeoJSON FeatureCollection.</source>
        <translation>«⁨%1⁩» ليس مجموعة معالم GeoJSON FeatureCollection.</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>المَعلم ⁨%1⁩</translation>
    </message>
    <message>
        <source>“%1”: %2 has no admin P-code (ADM1_PCODE, ADM2_PCODE or ADM3_PCODE).</source>
        <translation>«⁨%1⁩»: لا يحمل ⁨%2⁩ الرمز المكاني إدارياً (ADM1_PCODE أو ADM2_PCODE أو ADM3_PCODE).</translation>
    </message>
    <message>
        <source>“%1” mixes administrative levels (%2 and %3); import one level per file.</source>
        <translation>«⁨%1⁩» يخلط بين مستويات إدارية (⁨%2⁩ و⁨%3⁩)؛ استورد مستوى واحداً في كل ملف.</translation>
    </message>
    <message>
        <source>“%1” has the P-code %2 twice.</source>
        <translation>يتكرر الرمز المكاني ⁨%2⁩ مرتين في «⁨%1⁩».</translation>
    </message>
    <message>
        <source>“%1”: the geometry of %2 is not a valid Polygon or MultiPolygon.</source>
        <translation>«⁨%1⁩»: الشكل الهندسي لـ ⁨%2⁩ ليس Polygon أو MultiPolygon صالحاً.</translation>
    </message>
    <message>
        <source>“%1” has no features.</source>
        <translation>لا يحتوي «⁨%1⁩» على أي مَعالم.</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::ExportFilterArguments</name>
    <message>
        <source>write name=value, e.g. sector=WASH.</source>
        <translation>اكتب name=value، مثلاً sector=WASH.</translation>
    </message>
    <message>
        <source>the value is empty.</source>
        <translation>القيمة فارغة.</translation>
    </message>
    <message>
        <source>give a month (2026-10) or a period (2026-01-01..2026-03-31).</source>
        <translation>حدّد شهراً (2026-10) أو فترة (2026-01-01..2026-03-31).</translation>
    </message>
    <message>
        <source>known filters are sector, place, active and org.</source>
        <translation>عوامل التصفية المعروفة هي sector وplace وactive وorg.</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>عامل التصفية</translation>
    </message>
    <message>
        <source>The filter “%1” is not understood: %2</source>
        <translation>عامل التصفية «⁨%1⁩» غير مفهوم: ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::FourWColumns</name>
    <message>
        <source>Women and girls targeted</source>
        <translation>المستهدفات من النساء والفتيات</translation>
    </message>
    <message>
        <source>Men and boys targeted</source>
        <translation>المستهدفون من الرجال والفتيان</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::FourWExporter</name>
    <message>
        <source>organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>No organisation is called “%1”.%2</source>
        <translation>لا توجد منظمة باسم «⁨%1⁩».⁨%2⁩</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>هل تقصد: ⁨%1⁩؟</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::ImportApplier</name>
    <message>
        <source>“%1” was not imported: %2 rows have errors. Correct them and import the file again; nothing was written.</source>
        <translation>لم يُستورَد «⁨%1⁩»: في ⁨%2⁩ من الصفوف أخطاء. صحّحها واستورد الملف مرة أخرى؛ لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>أُلغي الاستيراد؛ لم يُكتب أي شيء.</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::ImportBenchmark</name>
    <message>
        <source>The benchmark plan creates %1 of %2 rows.</source>
        <translation>تُنشئ خطة قياس الأداء ⁨%1⁩ من أصل ⁨%2⁩ من الصفوف.</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::ImportPlanModel</name>
    <message>
        <source>create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>update</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>مستبعد</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::ImportPlanner</name>
    <message>
        <source>partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>The partner “%1” is not a known organisation.%2</source>
        <translation>الشريك «⁨%1⁩» ليس منظمة معروفة.⁨%2⁩</translation>
    </message>
    <message>
        <source>Closest: %1.</source>
        <translation>الأقرب: ⁨%1⁩.</translation>
    </message>
    <message>
        <source>The column “%1” is not a 4W field and is ignored.</source>
        <translation>العمود «⁨%1⁩» ليس حقلاً من حقول 4W وسيتم تجاهله.</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>in-kind</source>
        <translation>عينية</translation>
    </message>
    <message>
        <source>host community</source>
        <translation>المجتمع المضيف</translation>
    </message>
    <message>
        <source>The file has no “%1” column: new activities are recorded as “%2”.</source>
        <translation>لا يحتوي الملف على عمود «⁨%1⁩»: تُسجَّل الأنشطة الجديدة على أنها «⁨%2⁩».</translation>
    </message>
    <message>
        <source>Sub-sectors are not recorded in Tansiq; the column is ignored.</source>
        <translation>لا يسجّل تنسيق القطاعات الفرعية؛ سيتم تجاهل العمود.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a record id (a UUID).</source>
        <translation>قيمة «⁨%1⁩» («⁨%2⁩») ليست معرّف سجل (UUID).</translation>
    </message>
    <message>
        <source>The activity %1 was deleted in Tansiq; clear its record id to add it again.</source>
        <translation>النشاط ⁨%1⁩ محذوف في تنسيق؛ امسح معرّف السجل الخاص به لإضافته من جديد.</translation>
    </message>
    <message>
        <source>This row describes the same activity as row %1.</source>
        <translation>يصف هذا الصف النشاط نفسه الموصوف في الصف ⁨%1⁩.</translation>
    </message>
    <message>
        <source>The office vocabulary “%1” cannot be read: %2.</source>
        <translation>تعذّرت قراءة ملف مفردات المكتب «⁨%1⁩»: ⁨%2⁩.</translation>
    </message>
    <message>
        <source>reporting month</source>
        <translation>شهر الإبلاغ</translation>
    </message>
    <message>
        <source>The reporting month “%1” is not a month; write it as YYYY-MM, for example 2026-09.</source>
        <translation>شهر الإبلاغ «⁨%1⁩» ليس شهراً؛ اكتبه بالشكل ⁨YYYY-MM⁩، مثل ⁨2026-09⁩.</translation>
    </message>
    <message>
        <source>The reporting month %1 was read from row %2: “%3”.</source>
        <translation>قُرئ شهر الإبلاغ ⁨%1⁩ من الصف ⁨%2⁩: «⁨%3⁩».</translation>
    </message>
    <message>
        <source>“%1” has no reporting month column and its title rows name no month. Give the month of the whole file (--month YYYY-MM, or the month field of the import wizard).</source>
        <translation>لا يتضمن «⁨%1⁩» عموداً لشهر الإبلاغ ولا تذكر صفوف العنوان فيه أي شهر. حدِّد شهر الملف كله (⁨--month YYYY-MM⁩، أو حقل الشهر في معالج الاستيراد).</translation>
    </message>
    <message>
        <source>Left out as chosen: %1.</source>
        <translation>مستبعد حسب الاختيار: ⁨%1⁩.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>أُلغي الاستيراد؛ لم يُكتب أي شيء.</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::RowMapper</name>
    <message>
        <source>%1 “%2” matches %3 organisations; use the acronym.</source>
        <translation>قيمة «⁨%1⁩» («⁨%2⁩») تطابق أكثر من منظمة (عددها ⁨%3⁩)؛ استخدم الاختصار.</translation>
    </message>
    <message>
        <source>%1 “%2” names %3 places (%4); add the P-code or the governorate.</source>
        <translation>قيمة «⁨%1⁩» («⁨%2⁩») تسمّي أكثر من موقع (عددها ⁨%3⁩: ⁨%4⁩)؛ أضف الرمز المكاني أو المحافظة.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a number.</source>
        <translation>قيمة «⁨%1⁩» («⁨%2⁩») ليست رقماً.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a whole number of people.</source>
        <translation>قيمة «⁨%1⁩» («⁨%2⁩») ليست عدداً صحيحاً من الأشخاص.</translation>
    </message>
    <message>
        <source>%1 “%2” is not an amount.</source>
        <translation>قيمة «⁨%1⁩» («⁨%2⁩») ليست مبلغاً.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date (write 2026-10-31 or 31/10/2026).</source>
        <translation>قيمة «⁨%1⁩» («⁨%2⁩») ليست تاريخاً (اكتب 2026-10-31 أو 31/10/2026).</translation>
    </message>
    <message>
        <source>%1 “%2” is not a month (write 2026-10).</source>
        <translation>قيمة «⁨%1⁩» («⁨%2⁩») ليست شهراً (اكتب 2026-10).</translation>
    </message>
    <message>
        <source>%1 is empty; “%2” is assumed.</source>
        <translation>قيمة «⁨%1⁩» فارغة؛ تُفترض القيمة «⁨%2⁩».</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>⁨%1⁩ «⁨%2⁩»</translation>
    </message>
    <message>
        <source>%1 is %2, but %3 add up to %4; please check the row.</source>
        <translation>⁨%1⁩ = ⁨%2⁩، لكن مجموع ⁨%3⁩ = ⁨%4⁩؛ يُرجى التحقق من الصف.</translation>
    </message>
    <message>
        <source>girls, women and elderly women</source>
        <translation>الفتيات والنساء والمسنّات</translation>
    </message>
    <message>
        <source>boys, men and elderly men</source>
        <translation>الفتيان والرجال والمسنّين</translation>
    </message>
    <message>
        <source>women and men</source>
        <translation>الإناث والذكور</translation>
    </message>
    <message>
        <source>the six sex and age groups</source>
        <translation>الفئات الست حسب الجنس والعمر</translation>
    </message>
    <message>
        <source>Closest: %1.</source>
        <translation>الأقرب: ⁨%1⁩.</translation>
    </message>
    <message>
        <source>%1 “%2” is not known.</source>
        <translation>قيمة «⁨%1⁩» («⁨%2⁩») غير معروفة.</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::SheetLayout</name>
    <message>
        <source>implementing organisation (#org+impl+name)</source>
        <translation>الجهة المنفذة (#org+impl+name)</translation>
    </message>
    <message>
        <source>sector (#sector+cluster+name)</source>
        <translation>القطاع (#sector+cluster+name)</translation>
    </message>
    <message>
        <source>place (#adm3+code or #adm3+name)</source>
        <translation>الموقع (#adm3+code أو #adm3+name)</translation>
    </message>
    <message>
        <source>start date (#date+start)</source>
        <translation>تاريخ البدء (#date+start)</translation>
    </message>
    <message>
        <source>“%1” has no column for: %2.</source>
        <translation>لا يحتوي «⁨%1⁩» على عمود لـ: ⁨%2⁩.</translation>
    </message>
    <message>
        <source>column mapping</source>
        <translation>ربط الأعمدة</translation>
    </message>
    <message>
        <source>“%1” is not a column mapping: write “Header text = #hxl+tag”.</source>
        <translation>«⁨%1⁩» ليس ربطاً لعمود: اكتب «نص العنوان = #hxl+tag».</translation>
    </message>
    <message>
        <source>The tag “%1” is not a 4W field Tansiq reads.</source>
        <translation>الوسم «⁨%1⁩» ليس حقلاً من حقول 4W التي يقرؤها تنسيق.</translation>
    </message>
    <message>
        <source>“%1” has no HXL hashtag row in its first %2 rows and its headers are not known. Map its columns to HXL tags (headers seen: %3).</source>
        <translation>لا يحتوي «⁨%1⁩» على صف وسوم HXL في الصفوف الأولى (عددها ⁨%2⁩)، وعناوين أعمدته غير معروفة. اربط أعمدته بوسوم HXL (العناوين الموجودة: ⁨%3⁩).</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::SheetReader</name>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>تعذّر فتح «⁨%1⁩»: ⁨%2⁩</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; spreadsheets of more than %3 MB are not imported. Split the file by month or by partner.</source>
        <translation>حجم «⁨%1⁩» هو ⁨%2⁩ MB؛ لا تُستورد جداول البيانات التي يزيد حجمها على ⁨%3⁩ MB. قسّم الملف حسب الشهر أو حسب الشريك.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«⁨%1⁩» فارغ.</translation>
    </message>
    <message>
        <source>“%1” is a damaged workbook or an old Excel 97-2003 (.xls) file. Open it in Excel and save it as .xlsx or CSV UTF-8.</source>
        <translation>«⁨%1⁩» مصنف تالف أو ملف Excel 97-2003 قديم (.xls). افتحه في Excel واحفظه بصيغة .xlsx أو CSV UTF-8.</translation>
    </message>
    <message>
        <source>“%1” has a line longer than %2 MB: it is not a spreadsheet export (or it is damaged).</source>
        <translation>يحتوي «⁨%1⁩» على سطر أطول من ⁨%2⁩ MB: ليس ملفاً مُصدَّراً من جدول بيانات (أو أنه تالف).</translation>
    </message>
    <message>
        <source>“%1” has %2 columns in row %3; a 4W sheet has at most %4. The file is damaged or not a table.</source>
        <translation>عدد الأعمدة في الصف ⁨%3⁩ من «⁨%1⁩»: ⁨%2⁩، بينما لا تتجاوز أعمدة جدول 4W ⁨%4⁩. الملف تالف أو ليس جدولاً.</translation>
    </message>
    <message>
        <source>“%1” holds no data.</source>
        <translation>لا يحتوي «⁨%1⁩» على أي بيانات.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>علامة جدولة</translation>
    </message>
    <message>
        <source>XLSX workbook, sheet “%1”</source>
        <translation>مصنف XLSX، الورقة «⁨%1⁩»</translation>
    </message>
    <message>
        <source>CSV text, %1, separated by %2</source>
        <translation>نص CSV، ⁨%1⁩، مفصول بـ ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::TableSink</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>تعذّرت الكتابة في «⁨%1⁩»: ⁨%2⁩</translation>
    </message>
    <message>
        <source>no temporary folder</source>
        <translation>لا يوجد مجلد مؤقت</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>تعذّر إنشاء المصنف</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::ValueResolver</name>
    <message>
        <source>The choice for %1 “%2” names “%3”, which is not a known %1.</source>
        <translation>الاختيار المحدد لـ⁨%1⁩ «⁨%2⁩» يشير إلى «⁨%3⁩»، وهو ليس من القيم المعروفة لـ⁨%1⁩.</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::XlsxReader</name>
    <message>
        <source>“%1” is not a readable XLSX workbook: %2 is damaged (%3, line %4).</source>
        <translation>«⁨%1⁩» ليس مصنف XLSX قابلاً للقراءة: ⁨%2⁩ تالف (⁨%3⁩، السطر ⁨%4⁩).</translation>
    </message>
    <message>
        <source>“%1” has a cell in column %2; a 4W sheet has at most %3 columns.</source>
        <translation>يحتوي «⁨%1⁩» على خلية في العمود ⁨%2⁩، بينما لا يتجاوز عدد أعمدة جدول 4W ⁨%3⁩.</translation>
    </message>
</context>
<context>
    <name>tansiq::interop::ZipArchive</name>
    <message>
        <source>part %1 is missing</source>
        <translation>الجزء ⁨%1⁩ مفقود</translation>
    </message>
    <message>
        <source>part %1 is too large</source>
        <translation>الجزء ⁨%1⁩ كبير جداً</translation>
    </message>
    <message>
        <source>part %1 cannot be inflated: %2</source>
        <translation>تعذّر فك ضغط الجزء ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>“%1” is not a readable XLSX workbook (%2). It may be truncated: copy it again or save it from Excel once more.</source>
        <translation>«⁨%1⁩» ليس مصنف XLSX قابلاً للقراءة (⁨%2⁩). ربما يكون مبتوراً: انسخه مرة أخرى أو احفظه من Excel من جديد.</translation>
    </message>
</context>
<context>
    <name>tansiq::publish::ChangeFeed</name>
    <message>
        <source>the registry is behind the last publication</source>
        <translation>السجل أقدم من النشر السابق</translation>
    </message>
    <message>
        <source>operations since the last publication were compacted</source>
        <translation>ضُغطت العمليات التي جرت منذ النشر السابق</translation>
    </message>
    <message>
        <source>The registry&apos;s operation log could not be read: %1</source>
        <translation>تعذّرت قراءة سجل العمليات: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>tansiq::publish::PgTarget</name>
    <message>
        <source>The PostgreSQL server refused the publication: %1</source>
        <translation>رفض خادم PostgreSQL النشر: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed: install the package libqt6sql6-psql.</source>
        <translation>مشغّل PostgreSQL في Qt (QPSQL) غير مثبّت: ثبّت الحزمة libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The PostgreSQL connection string “%1” is not understood at “%2”: write keyword=value pairs such as host=server dbname=tansiq user=publisher.</source>
        <translation>سلسلة الاتصال بـ PostgreSQL «⁨%1⁩» غير مفهومة عند «⁨%2⁩»: اكتب ثنائيات من الشكل keyword=value مثل host=server dbname=tansiq user=publisher.</translation>
    </message>
    <message>
        <source>Could not connect to the PostgreSQL server with “%1”: %2</source>
        <translation>تعذّر الاتصال بخادم PostgreSQL بالسلسلة «⁨%1⁩»: ⁨%2⁩</translation>
    </message>
    <message>
        <source>The schema “%1” already holds tables that Tansiq did not publish: choose another schema with --schema, or drop that one.</source>
        <translation>يحوي المخطط «⁨%1⁩» جداول لم ينشرها تنسيق: اختر مخططاً آخر بالخيار --schema، أو احذف ذلك المخطط.</translation>
    </message>
</context>
<context>
    <name>tansiq::publish::Publisher</name>
    <message>
        <source>first publication to this schema</source>
        <translation>أول نشر في هذا المخطط</translation>
    </message>
    <message>
        <source>the schema changed (version %1)</source>
        <translation>تغيّر المخطط (الإصدار ⁨%1⁩)</translation>
    </message>
    <message>
        <source>asked for with --compare-all</source>
        <translation>بطلب الخيار --compare-all</translation>
    </message>
    <message>
        <source>the last publication came from another registry or a restored one</source>
        <translation>جاء النشر السابق من سجل آخر أو من سجل مُستعاد</translation>
    </message>
    <message>
        <source>operations since the last publication</source>
        <translation>العمليات منذ النشر السابق</translation>
    </message>
    <message>
        <source>“%1” cannot be a schema name: use lower-case letters, digits and _, starting with a letter.</source>
        <translation>لا يصلح «⁨%1⁩» اسماً للمخطط: استعمل حروفاً لاتينية صغيرة وأرقاماً و_، على أن يبدأ بحرف.</translation>
    </message>
</context>
<context>
    <name>tansiq::publish::RegistrySource</name>
    <message>
        <source>The registry&apos;s table %1 could not be read: %2</source>
        <translation>تعذّرت قراءة الجدول ⁨%1⁩ من السجل: ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>tansiq::sampledata</name>
    <message>
        <source>database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>“%1” holds sample data, made up to explore Tansiq: no bundle can be made from it, so invented activities never reach another office. Open the office&apos;s registry to exchange bundles.</source>
        <translation>يحتوي «⁨%1⁩» على بيانات تجريبية أُعدّت لاستكشاف تنسيق: لا يمكن إنشاء حزمة منه، كي لا تصل أنشطة مختلَقة إلى أي مكتب آخر. افتح سجلّ المكتب لتبادل الحزم.</translation>
    </message>
</context>
<context>
    <name>tansiq::sync</name>
    <message>
        <source>The bundle is damaged (%1). Ask the sender to export it again.</source>
        <translation>حزمة المزامنة تالفة (⁨%1⁩). اطلب من المرسل تصديرها مرة أخرى.</translation>
    </message>
    <message>
        <source>The import was interrupted; nothing was changed. Import the bundle again.</source>
        <translation>انقطع الاستيراد؛ لم يتغيّر أي شيء. استورد الحزمة مرة أخرى.</translation>
    </message>
    <message>
        <source>The bundle carried an older revocation list; it was ignored.</source>
        <translation>كانت الحزمة تحمل قائمة سحب اعتماد أقدم؛ تم تجاهلها.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 hours behind the head office&apos;s. Please correct the date and time.</source>
        <translation>ساعة هذا الحاسوب متأخرة بمقدار ⁨%1⁩ ساعة عن ساعة المكتب الرئيسي. يُرجى تصحيح التاريخ والوقت.</translation>
    </message>
    <message>
        <source>%1 batches made by revoked offices were refused (in this bundle or waiting from earlier ones); they will not be applied.</source>
        <translation>رُفضت دفعات أعدّتها مكاتب مسحوبة الاعتماد (في هذه الحزمة أو منتظرة من حزم سابقة)، عددها ⁨%1⁩؛ لن تُطبَّق.</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or this office&apos;s key store is damaged. Nothing was changed.</source>
        <translation>عبارة المرور خاطئة، أو أن مخزن مفاتيح هذا المكتب تالف. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>The %1 is not signed by this network&apos;s head office, or it is damaged.</source>
        <translation>ليس على ⁨%1⁩ توقيع المكتب الرئيسي لهذه الشبكة، أو أن الملف تالف.</translation>
    </message>
    <message>
        <source>office certificate</source>
        <translation>شهادة المكتب</translation>
    </message>
    <message>
        <source>revocation list</source>
        <translation>قائمة سحب الاعتماد</translation>
    </message>
    <message>
        <source>Could not protect the keys (not enough memory for the passphrase hash).</source>
        <translation>تعذّرت حماية المفاتيح (لا تكفي الذاكرة لتجزئة عبارة المرور).</translation>
    </message>
    <message>
        <source>This installation is not set up as an office yet: run “tansiq-cli office init”.</source>
        <translation>لم يُعدّ هذا التثبيت بعدُ بصفته مكتباً: شغّل «tansiq-cli office init».</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>الملف كبير جداً</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>حزمة المزامنة</translation>
    </message>
    <message>
        <source>The bundle written to “%1” does not read back correctly (a faulty or full stick?). Export again to another stick.</source>
        <translation>الحزمة المكتوبة إلى «⁨%1⁩» لا تُقرأ بشكل صحيح (ذاكرة USB معطوبة أو ممتلئة؟). صدّرها مرة أخرى إلى ذاكرة أخرى.</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>دفعة</translation>
    </message>
    <message>
        <source>No quarantined batch “%1” (see the list); nothing was released.</source>
        <translation>لا توجد دفعة محجوزة «⁨%1⁩» (انظر القائمة)؛ لم يُفرج عن أي شيء.</translation>
    </message>
    <message>
        <source>A batch from an office this office does not know (%1) was refused; the rest of the bundle was imported.</source>
        <translation>رُفضت دفعة من مكتب لا يعرفه هذا المكتب (⁨%1⁩)؛ واستُورد باقي الحزمة.</translation>
    </message>
    <message>
        <source>A batch said to come from “%1” does not carry its signature; it was refused, the rest of the bundle was imported. Tell the head office.</source>
        <translation>دفعة يُزعم أنها من «⁨%1⁩» لا تحمل توقيعه؛ رُفضت واستُورد باقي الحزمة. أبلغ المكتب الرئيسي.</translation>
    </message>
    <message>
        <source>A batch signed by one office claimed another office&apos;s changes (%1); it was refused, the rest of the bundle was imported. Tell the head office.</source>
        <translation>دفعة وقّعها مكتب ادّعت تغييرات مكتب آخر (⁨%1⁩)؛ رُفضت واستُورد باقي الحزمة. أبلغ المكتب الرئيسي.</translation>
    </message>
    <message>
        <source>A damaged batch from “%1” was refused; the rest of the bundle was imported.</source>
        <translation>رُفضت دفعة تالفة من «⁨%1⁩»؛ واستُورد باقي الحزمة.</translation>
    </message>
    <message>
        <source>The head office&apos;s bundle is dated %1, days ahead of this computer&apos;s clock. Its changes were imported, but certificates are still judged by this computer&apos;s clock. If this computer&apos;s clock is wrong, correct it; if the head office&apos;s date is right, confirm it (tansiq-cli office confirm-time).</source>
        <translation>حزمة المكتب الرئيسي مؤرخة بـ ⁨%1⁩، أي بعد ساعة هذا الحاسوب بأيام. استُوردت تغييراتها، لكن الشهادات ما زالت تُقيَّم وفق ساعة هذا الحاسوب. إن كانت ساعة هذا الحاسوب خاطئة فصحّحها؛ وإن كان تاريخ المكتب الرئيسي صحيحاً فأكّده (⁨tansiq-cli office confirm-time⁩).</translation>
    </message>
    <message>
        <source>Replica %1 belongs to office %2, not to office %3.</source>
        <translation>النسخة المتماثلة ⁨%1⁩ تعود إلى المكتب ⁨%2⁩ وليس إلى المكتب ⁨%3⁩.</translation>
    </message>
    <message>
        <source>No head-office date is waiting for confirmation.</source>
        <translation>لا يوجد تاريخ من المكتب الرئيسي بانتظار التأكيد.</translation>
    </message>
    <message>
        <source>certification key</source>
        <translation>مفتاح الاعتماد</translation>
    </message>
    <message>
        <source>“%1” is not a Tansiq certification key file, or it is damaged.</source>
        <translation>الملف «⁨%1⁩» ليس ملف مفتاح اعتماد من تنسيق، أو أنه تالف.</translation>
    </message>
    <message>
        <source>“%1” is a certification key file of format %2, made by a newer Tansiq. Update Tansiq to use it.</source>
        <translation>الملف «⁨%1⁩» ملف مفتاح اعتماد بالصيغة ⁨%2⁩، أنشأه إصدار أحدث من تنسيق. حدّث تنسيق لاستخدامه.</translation>
    </message>
    <message>
        <source>The certification key passphrase is wrong, or “%1” is damaged. Nothing was changed.</source>
        <translation>عبارة مرور مفتاح الاعتماد خاطئة، أو أن الملف «⁨%1⁩» تالف. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>A batch signed with a retired key of “%1” claims changes made after the key was retired; it was refused, the rest of the bundle was imported. Tell the head office.</source>
        <translation>دفعة موقّعة بمفتاح مُستبدَل للمكتب «⁨%1⁩» تدّعي تغييرات أُجريت بعد استبدال المفتاح؛ رُفضت واستُورد باقي الحزمة. أبلغ المكتب الرئيسي.</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>التعارض</translation>
    </message>
    <message>
        <source>There is no open conflict number %1.</source>
        <translation>لا يوجد تعارض مفتوح برقم ⁨%1⁩.</translation>
    </message>
    <message>
        <source>This version of Tansiq does not know table %1.</source>
        <translation>لا يعرف هذا الإصدار من تنسيق الجدول ⁨%1⁩.</translation>
    </message>
    <message>
        <source>For a record edited at one office and deleted at another, keep “record” or “deletion”.</source>
        <translation>للسجل الذي عُدِّل في مكتب وحُذف في مكتب آخر، احتفظ بـ «record» (السجل) أو «deletion» (الحذف).</translation>
    </message>
    <message>
        <source>Keep “current” or the number of one of the %1 listed values.</source>
        <translation>احتفظ بـ «current» (الحالية) أو برقم إحدى القيم المدرجة وعددها ⁨%1⁩.</translation>
    </message>
    <message>
        <source>The record of conflict %1 no longer exists.</source>
        <translation>سجل التعارض ⁨%1⁩ لم يعد موجوداً.</translation>
    </message>
    <message>
        <source>“%1” is not a Tansiq sync bundle.</source>
        <translation>«⁨%1⁩» ليس حزمة مزامنة من تنسيق.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer Tansiq (%1). Update Tansiq, then import it again; nothing was changed.</source>
        <translation>أُنشئت هذه الحزمة بإصدار أحدث من تنسيق (⁨%1⁩). حدّث تنسيق ثم استوردها مرة أخرى؛ لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>This bundle is not for this office: it was encrypted for other offices. Nothing was changed.</source>
        <translation>هذه الحزمة ليست لهذا المكتب: شُفّرت لمكاتب أخرى. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>The bundle is damaged or was altered (%1). Ask the sender to export it again; nothing was changed.</source>
        <translation>الحزمة تالفة أو عُدِّلت (⁨%1⁩). اطلب من المرسل تصديرها مرة أخرى؛ لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>The bundle comes from an office this installation does not know (%1). Enrol it through the head office first; nothing was changed.</source>
        <translation>الحزمة واردة من مكتب لا يعرفه هذا التثبيت (⁨%1⁩). سجّله عبر المكتب الرئيسي أولاً؛ لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>The bundle comes from office “%1”, whose keys the head office has revoked. Nothing was changed.</source>
        <translation>الحزمة واردة من المكتب «⁨%1⁩» الذي سحب المكتب الرئيسي اعتماد مفاتيحه. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>The bundle is signed with a key of “%1” that the head office has retired (a replaced or stolen laptop). It was refused and nothing was changed; tell the head office.</source>
        <translation>الحزمة موقّعة بمفتاح للمكتب «⁨%1⁩» استبدله المكتب الرئيسي (حاسوب محمول استُبدل أو سُرق). رُفضت ولم يتغيّر أي شيء؛ أبلغ المكتب الرئيسي.</translation>
    </message>
    <message>
        <source>The bundle comes from office “%1”, whose certificate expired on %2. The head office can renew it (“tansiq-cli office renew %1”); then import the bundle again. Nothing was changed.</source>
        <translation>الحزمة واردة من المكتب «⁨%1⁩» الذي انتهت صلاحية شهادته في ⁨%2⁩. يستطيع المكتب الرئيسي تجديدها («tansiq-cli office renew ⁨%1⁩»)؛ ثم استورد الحزمة مرة أخرى. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The head office already has more changes from this database than it holds: it was restored from a backup or copied to another computer. Run “tansiq-cli office renew-replica” before exchanging bundles; nothing was changed.</source>
        <translation>لدى المكتب الرئيسي تغييرات من قاعدة البيانات هذه أكثر مما تحتويه: فقد استُعيدت من نسخة احتياطية أو نُسخت إلى حاسوب آخر. شغّل «tansiq-cli office renew-replica» قبل تبادل الحزم؛ لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>Cannot use “%1”: %2</source>
        <translation>تعذّر استخدام «⁨%1⁩»: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder “%2” does not exist (was the stick removed?). Nothing was written or recorded as sent.</source>
        <translation>تعذّرت كتابة «⁨%1⁩»: المجلد «⁨%2⁩» غير موجود (هل نُزعت ذاكرة USB؟). لم يُكتب شيء ولم يُسجَّل شيء على أنه أُرسل.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the stick or disk holding “%2” is read-only (write-protected?). Use another stick; nothing was written or recorded as sent.</source>
        <translation>تعذّرت كتابة «⁨%1⁩»: ذاكرة USB أو القرص الذي يحوي «⁨%2⁩» للقراءة فقط (محمي من الكتابة؟). استخدم ذاكرة أخرى؛ لم يُكتب شيء ولم يُسجَّل شيء على أنه أُرسل.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: writing in “%2” is not allowed (a read-only or protected place). Choose another folder or stick; nothing was written or recorded as sent.</source>
        <translation>تعذّرت كتابة «⁨%1⁩»: الكتابة في «⁨%2⁩» غير مسموح بها (مكان للقراءة فقط أو محمي). اختر مجلداً أو ذاكرة أخرى؛ لم يُكتب شيء ولم يُسجَّل شيء على أنه أُرسل.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the stick or disk is full (the bundle needs %2 MB, %3 MB are free). Free some space or use another stick; nothing was written or recorded as sent.</source>
        <translation>تعذّرت كتابة «⁨%1⁩»: ذاكرة USB أو القرص ممتلئ (تحتاج الحزمة إلى ⁨%2⁩ MB، والمتاح ⁨%3⁩ MB). أفرغ بعض المساحة أو استخدم ذاكرة أخرى؛ لم يُكتب شيء ولم يُسجَّل شيء على أنه أُرسل.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the stick or disk is full. Free some space or use another stick; no partial file was left and nothing was recorded as sent.</source>
        <translation>تعذّرت كتابة «⁨%1⁩»: ذاكرة USB أو القرص ممتلئ. أفرغ بعض المساحة أو استخدم ذاكرة أخرى؛ لم يبقَ أي ملف جزئي ولم يُسجَّل شيء على أنه أُرسل.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2 (was the stick removed?). No partial file was left and nothing was recorded as sent.</source>
        <translation>تعذّرت كتابة «⁨%1⁩»: ⁨%2⁩ (هل نُزعت ذاكرة USB؟). لم يبقَ أي ملف جزئي ولم يُسجَّل شيء على أنه أُرسل.</translation>
    </message>
</context>
<context>
    <name>tansiq::sync::enrolment</name>
    <message>
        <source>The %1 is damaged or not a Tansiq enrolment file.</source>
        <translation>⁨%1⁩ تالف أو ليس ملف تسجيل من تنسيق.</translation>
    </message>
    <message>
        <source>validity</source>
        <translation>الصلاحية</translation>
    </message>
    <message>
        <source>A certificate must be valid for at least one day.</source>
        <translation>يجب أن تكون الشهادة صالحة ليوم واحد على الأقل.</translation>
    </message>
    <message>
        <source>This installation is already set up as an office.</source>
        <translation>هذا التثبيت مُعدّ مسبقاً بصفته مكتباً.</translation>
    </message>
    <message>
        <source>enrolment request</source>
        <translation>طلب التسجيل</translation>
    </message>
    <message>
        <source>Only the head office can enrol offices.</source>
        <translation>لا يمكن تسجيل المكاتب إلا من المكتب الرئيسي.</translation>
    </message>
    <message>
        <source>enrolment answer</source>
        <translation>رد التسجيل</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>The head office&apos;s fingerprint is %1, not %2: do not use this answer, and call the head office.</source>
        <translation>بصمة المكتب الرئيسي هي ⁨%1⁩، وليست ⁨%2⁩: لا تستخدم هذا الرد، واتصل بالمكتب الرئيسي.</translation>
    </message>
    <message>
        <source>Only the head office can revoke offices.</source>
        <translation>لا يمكن سحب اعتماد المكاتب إلا من المكتب الرئيسي.</translation>
    </message>
    <message>
        <source>The head office cannot revoke itself.</source>
        <translation>لا يمكن للمكتب الرئيسي سحب اعتماد نفسه.</translation>
    </message>
    <message>
        <source>Only the head office can renew certificates.</source>
        <translation>المكتب الرئيسي وحده يستطيع تجديد الشهادات.</translation>
    </message>
    <message>
        <source>office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>No office %1 in the roster.</source>
        <translation>لا يوجد المكتب ⁨%1⁩ في سجل المكاتب.</translation>
    </message>
    <message>
        <source>The head office&apos;s own certificate does not expire.</source>
        <translation>شهادة المكتب الرئيسي نفسه لا تنتهي صلاحيتها.</translation>
    </message>
    <message>
        <source>Office “%1” is revoked: it must enrol again with new keys.</source>
        <translation>المكتب «⁨%1⁩» مسحوب الاعتماد: يجب أن يُسجَّل من جديد بمفاتيح جديدة.</translation>
    </message>
    <message>
        <source>This enrolment answer was not made for this office (or is damaged). Nothing was changed.</source>
        <translation>ردّ التسجيل هذا لم يُعدّ لهذا المكتب (أو أنه تالف). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The request claims the head office&apos;s own office id %1: it cannot be signed. Nothing was changed.</source>
        <translation>يدّعي الطلب معرّف المكتب الرئيسي نفسه ⁨%1⁩: لا يمكن توقيعه. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The request claims office id %1, which already belongs to the enrolled office “%2” (fingerprint %3): it cannot be signed, and nothing was changed. To extend that office&apos;s certificate, renew it; an office with new keys enrols from a new installation.</source>
        <translation>يدّعي الطلب معرّف المكتب ⁨%1⁩، وهو يعود أصلاً إلى المكتب المسجَّل «⁨%2⁩» (البصمة ⁨%3⁩): لا يمكن توقيعه، ولم يتغير شيء. لتمديد شهادة ذلك المكتب جدّدها؛ أما المكتب ذو المفاتيح الجديدة فيُسجَّل من تثبيت جديد.</translation>
    </message>
    <message>
        <source>Confirm the head office&apos;s fingerprint with the head office (by phone) before accepting its answer.</source>
        <translation>تأكّد من بصمة المكتب الرئيسي مع المكتب الرئيسي (بالهاتف) قبل قبول ردّه.</translation>
    </message>
    <message>
        <source>head office</source>
        <translation>المكتب الرئيسي</translation>
    </message>
    <message>
        <source>This office already trusts a head office with another key; the answer from “%1” (fingerprint %2) was refused and nothing was changed. Call your head office.</source>
        <translation>يثق هذا المكتب أصلاً بمكتب رئيسي بمفتاح آخر؛ رُفض الردّ الوارد من «⁨%1⁩» (البصمة ⁨%2⁩) ولم يتغير شيء. اتصل بمكتبك الرئيسي.</translation>
    </message>
    <message>
        <source>This enrolment answer is of format %1, made by a newer Tansiq. Update Tansiq, then accept it again; nothing was changed.</source>
        <translation>ردّ التسجيل هذا بالصيغة ⁨%1⁩، أنشأه إصدار أحدث من تنسيق. حدّث تنسيق ثم اقبله من جديد؛ لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>certification key</source>
        <translation>مفتاح الاعتماد</translation>
    </message>
    <message>
        <source>Offices of this network are certified with the head office&apos;s offline certification key (fingerprint %1), not with this computer&apos;s everyday key. Give the certification key file (--certification-key FILE). Nothing was changed.</source>
        <translation>تُعتمد مكاتب هذه الشبكة بمفتاح الاعتماد غير المتصل الخاص بالمكتب الرئيسي (البصمة ⁨%1⁩)، لا بالمفتاح اليومي لهذا الحاسوب. مرّر ملف مفتاح الاعتماد (--certification-key FILE). لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>The certification key given (fingerprint %1) is not this network&apos;s (fingerprint %2). Nothing was changed.</source>
        <translation>مفتاح الاعتماد المعطى (البصمة ⁨%1⁩) ليس مفتاح هذه الشبكة (البصمة ⁨%2⁩). لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>A head office needs its certification key.</source>
        <translation>يحتاج المكتب الرئيسي إلى مفتاح الاعتماد الخاص به.</translation>
    </message>
    <message>
        <source>Only the head office can certify its everyday key.</source>
        <translation>لا يعتمد المفتاح اليومي إلا المكتب الرئيسي.</translation>
    </message>
    <message>
        <source>This head office&apos;s everyday key is also its root (a network made before certification keys): it cannot be replaced without enrolling every office again.</source>
        <translation>المفتاح اليومي لهذا المكتب الرئيسي هو جذره أيضاً (شبكة أُنشئت قبل مفاتيح الاعتماد): لا يمكن استبداله دون تسجيل كل المكاتب من جديد.</translation>
    </message>
</context>
<context>
    <name>tansiq::sync::passphrase</name>
    <message>
        <source>passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters. A few unrelated words make a good one.</source>
        <translation>يجب ألا تقل عبارة المرور عن ⁨%1⁩ محرفاً. بضع كلمات لا رابط بينها تصنع عبارة جيدة.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it is a common password, or a run or repetition of characters. Choose a few unrelated words.</source>
        <translation>عبارة المرور هذه سهلة التخمين: فهي كلمة مرور شائعة، أو تسلسل محارف أو تكرار لها. اختر بضع كلمات لا رابط بينها.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ActionPointEditor</name>
    <message>
        <source>New action point</source>
        <translation>نقطة عمل جديدة</translation>
    </message>
    <message>
        <source>Edit action point</source>
        <translation>تعديل نقطة العمل</translation>
    </message>
    <message>
        <source>Action point</source>
        <translation>نقطة العمل</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Note on the status change</source>
        <translation>ملاحظة على تغيير الحالة</translation>
    </message>
    <message>
        <source>Set by the meeting</source>
        <translation>حدّدها الاجتماع</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل التاريخي</translation>
    </message>
    <message>
        <source>New follow-up action point</source>
        <translation>نقطة عمل متابعة جديدة</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ActionPointsPage</name>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Overdue action points (open or in progress after their due date): %1</source>
        <translation>نقاط العمل المتأخرة (مفتوحة أو قيد التنفيذ بعد تاريخ استحقاقها): ⁨%1⁩</translation>
    </message>
    <message>
        <source>Delete action point</source>
        <translation>حذف نقطة العمل</translation>
    </message>
    <message>
        <source>Delete this action point? Its history is kept.</source>
        <translation>هل تريد حذف نقطة العمل هذه؟ يبقى سجلها التاريخي محفوظاً.</translation>
    </message>
    <message>
        <source>The action point could not be deleted.</source>
        <translation>تعذّر حذف نقطة العمل.</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>المتأخرة فقط</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Action point</source>
        <translation>نقطة العمل</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Action points</source>
        <translation>نقاط العمل</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>كل المنظمات</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>الجهة المسؤولة:</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ActivitiesPage</name>
    <message>
        <source>%1 (updating…)</source>
        <translation>⁨%1⁩ (يجري التحديث…)</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>حذف النشاط</translation>
    </message>
    <message>
        <source>Delete this activity? You can undo this.</source>
        <translation>هل تريد حذف هذا النشاط؟ يمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>The activity could not be deleted.</source>
        <translation>تعذّر حذف النشاط.</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>كل القطاعات</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>كل المنظمات</translation>
    </message>
    <message>
        <source>From the first month</source>
        <translation>من أول شهر</translation>
    </message>
    <message>
        <source>To the last month</source>
        <translation>حتى آخر شهر</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Search organisations, places, sectors, P-codes…</source>
        <translation>ابحث في المنظمات والمواقع والقطاعات والرموز المكانية…</translation>
    </message>
    <message>
        <source>Loading the activities…</source>
        <translation>جارٍ تحميل الأنشطة…</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>الموقع: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Show all places</source>
        <translation>عرض كل المواقع</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Activities (4W)</source>
        <translation>الأنشطة (4W)</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>لا أنشطة</numerusform>
            <numerusform>نشاط واحد</numerusform>
            <numerusform>نشاطان</numerusform>
            <numerusform>⁨%n⁩ أنشطة</numerusform>
            <numerusform>⁨%n⁩ نشاطاً</numerusform>
            <numerusform>⁨%n⁩ نشاط</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ActivityEditor</name>
    <message>
        <source>New activity</source>
        <translation>نشاط جديد</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>تعديل النشاط</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Implementing organisation</source>
        <translation>الجهة المنفذة</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>نوع النشاط</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع التفصيلي</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Reporting month</source>
        <translation>شهر الإبلاغ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>طريقة تقديم المساعدة</translation>
    </message>
    <message>
        <source>Population group</source>
        <translation>الفئة السكانية</translation>
    </message>
    <message>
        <source>People targeted</source>
        <translation>المستهدفون</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>By sex and age</source>
        <translation>حسب الجنس والعمر</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ActivityLinesModel</name>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>نوع النشاط</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>الرمز المكاني</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>End</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>المستهدفون</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>المستفيدون</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ActivityTableModel</name>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>الرمز المكاني</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>طريقة تقديم المساعدة</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>المستهدفون</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>Girls targeted</source>
        <translation>الفتيات المستهدفات</translation>
    </message>
    <message>
        <source>Boys targeted</source>
        <translation>الفتيان المستهدفون</translation>
    </message>
    <message>
        <source>Women targeted</source>
        <translation>النساء المستهدفات</translation>
    </message>
    <message>
        <source>Men targeted</source>
        <translation>الرجال المستهدفون</translation>
    </message>
    <message>
        <source>Elderly women targeted</source>
        <translation>المسنّات المستهدفات</translation>
    </message>
    <message>
        <source>Elderly men targeted</source>
        <translation>المسنّون المستهدفون</translation>
    </message>
    <message>
        <source>Girls reached</source>
        <translation>الفتيات المستفيدات</translation>
    </message>
    <message>
        <source>Boys reached</source>
        <translation>الفتيان المستفيدون</translation>
    </message>
    <message>
        <source>Women reached</source>
        <translation>النساء المستفيدات</translation>
    </message>
    <message>
        <source>Men reached</source>
        <translation>الرجال المستفيدون</translation>
    </message>
    <message>
        <source>Elderly women reached</source>
        <translation>المسنّات المستفيدات</translation>
    </message>
    <message>
        <source>Elderly men reached</source>
        <translation>المسنّون المستفيدون</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::BackgroundJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغيت.</translation>
    </message>
    <message>
        <source>The operation failed: %1</source>
        <translation>تعذّرت العملية: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>تعذّرت العملية.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;نسخ احتياطي الآن…</translation>
    </message>
    <message>
        <source>Back the database up now: to this computer&apos;s backup folder, or encrypted to a USB stick</source>
        <translation>نسخ قاعدة البيانات احتياطياً الآن: إلى مجلد النسخ الاحتياطية في هذا الحاسوب، أو مشفّرةً إلى ذاكرة محمولة</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>ا&amp;ستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Replace the database with one of its backups</source>
        <translation>استبدال قاعدة البيانات بإحدى نسخها الاحتياطية</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Where should the backup go?</source>
        <translation>أين تُحفظ النسخة الاحتياطية؟</translation>
    </message>
    <message>
        <source>To the backup folder on this computer</source>
        <translation>في مجلد النسخ الاحتياطية على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Encrypted with the office passphrase, to a file (a USB stick for a lost laptop)</source>
        <translation>مشفّرةً بعبارة مرور المكتب، في ملف (ذاكرة محمولة تحسّباً لفقدان الحاسوب)</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>نسخة احتياطية مشفّرة</translation>
    </message>
    <message>
        <source>Tansiq backups (%1)</source>
        <translation>نسخ تنسيق الاحتياطية (⁨%1⁩)</translation>
    </message>
    <message>
        <source>The office passphrase (the one that protects this office&apos;s keys). The same passphrase restores the backup on another computer.</source>
        <translation>عبارة مرور المكتب (التي تحمي مفاتيح هذا المكتب). وبالعبارة نفسها تُستعاد النسخة الاحتياطية على حاسوب آخر.</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>فشل النسخ الاحتياطي اليومي: ⁨%1⁩</translation>
    </message>
    <message>
        <source>No backup was made.</source>
        <translation>لم تُنشأ أي نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>أُنشئت النسخة الاحتياطية: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The encrypted backup is written to %1 and was read back. Keep it away from this computer; it restores the office, keys included, with the office passphrase.</source>
        <translation>كُتبت النسخة الاحتياطية المشفّرة في ⁨%1⁩ وتم التحقق منها بعد قراءتها. احفظها بعيداً عن هذا الحاسوب؛ فهي تستعيد المكتب بمفاتيحه باستخدام عبارة مرور المكتب.</translation>
    </message>
    <message>
        <source>The backup is made and checked: %1.</source>
        <translation>أُنشئت النسخة الاحتياطية وتم التحقق منها: ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>استعادة من ملف</translation>
    </message>
    <message>
        <source>Tansiq backups (%1);;All files (*)</source>
        <translation>نسخ تنسيق الاحتياطية (⁨%1⁩);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>The office passphrase this backup was encrypted with:</source>
        <translation>عبارة مرور المكتب التي شُفّرت بها هذه النسخة الاحتياطية:</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>لم يُستعد شيء.</translation>
    </message>
    <message>
        <source>Restoring is not available in this window.</source>
        <translation>الاستعادة غير متاحة في هذه النافذة.</translation>
    </message>
    <message>
        <source>The database is restored. Records in it — organisations: %1, projects: %2, activities: %3, needs: %4.</source>
        <translation>استُعيدت قاعدة البيانات. السجلات فيها — المنظمات: ⁨%1⁩، المشاريع: ⁨%2⁩، الأنشطة: ⁨%3⁩، الاحتياجات: ⁨%4⁩.</translation>
    </message>
    <message>
        <source>The database as it was is kept as a backup (“before a restore”).</source>
        <translation>احتُفظ بقاعدة البيانات كما كانت في نسخة احتياطية («قبل استعادة»).</translation>
    </message>
    <message>
        <source>Sync stays safe: this database now writes under a new replica id, and changes other offices already received from it come back with their next bundles.</source>
        <translation>تبقى المزامنة آمنة: تكتب قاعدة البيانات هذه الآن بمعرّف نسخة متماثلة جديد، وتعود التغييرات التي تلقّتها المكاتب الأخرى منها مع حزمها التالية.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::BackupListModel</name>
    <message>
        <source>%1 KB</source>
        <translation>⁨%1⁩ كيلوبايت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>⁨%1⁩ ميغابايت</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::BulletinPage</name>
    <message>
        <source>Save the bulletin</source>
        <translation>حفظ النشرة</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>النشرة</translation>
    </message>
    <message>
        <source>The bulletin&apos;s month</source>
        <translation>شهر النشرة</translation>
    </message>
    <message>
        <source>The bulletin&apos;s language (independent of the interface language)</source>
        <translation>لغة النشرة (مستقلة عن لغة الواجهة)</translation>
    </message>
    <message>
        <source>The whole country or one governorate</source>
        <translation>البلد كله أو محافظة واحدة</translation>
    </message>
    <message>
        <source>Arabic-Indic digits</source>
        <translation>أرقام هندية (٠١٢٣)</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>البلد كله</translation>
    </message>
    <message>
        <source>Choose a month, a language and an area, then Generate. The bulletin is previewed here before you save it.</source>
        <translation>اختر شهراً ولغة ومنطقة، ثم اضغط إنشاء. تُعرض النشرة هنا للمعاينة قبل أن تحفظها.</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>جارٍ حساب الأرقام…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>جارٍ تنسيق الصفحات…</translation>
    </message>
    <message>
        <source>The bulletin could not be made: %1</source>
        <translation>تعذّر إعداد النشرة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The bulletin was written but cannot be shown: %1</source>
        <translation>كُتبت النشرة لكن يتعذّر عرضها: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The bulletin was not saved.</source>
        <translation>لم تُحفظ النشرة.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>تعذّرت كتابة «⁨%1⁩».</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>حُفظت: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Cancelled: no bulletin was made.</source>
        <translation>أُلغي: لم تُنشأ أي نشرة.</translation>
    </message>
    <message numerus="yes">
        <source>%n pages. Save as… keeps a copy.</source>
        <translation>
            <numerusform>لا صفحات.</numerusform>
            <numerusform>صفحة واحدة. «حفظ باسم…» يحفظ نسخة منها.</numerusform>
            <numerusform>صفحتان. «حفظ باسم…» يحفظ نسخة منهما.</numerusform>
            <numerusform>⁨%n⁩ صفحات. «حفظ باسم…» يحفظ نسخة منها.</numerusform>
            <numerusform>⁨%n⁩ صفحةً. «حفظ باسم…» يحفظ نسخة منها.</numerusform>
            <numerusform>⁨%n⁩ صفحة. «حفظ باسم…» يحفظ نسخة منها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ColumnMappingModel</name>
    <message>
        <source>— ignore this column —</source>
        <translation>— تجاهل هذا العمود —</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>العنوان في الملف</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>أمثلة</translation>
    </message>
    <message>
        <source>4W field</source>
        <translation>حقل 4W</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ColumnMappingPage</name>
    <message>
        <source>The file has no HXL hashtag row. Say which 4W field each column holds; columns you do not need can be ignored. The mapping is remembered for the partner, so next month&apos;s file maps itself.</source>
        <translation>لا يحتوي الملف على صف وسوم HXL. حدّد حقل 4W الذي يحويه كل عمود؛ ويمكن تجاهل الأعمدة التي لا تحتاجها. يُحفظ هذا الربط للشريك، فيُربط ملف الشهر القادم تلقائياً.</translation>
    </message>
    <message>
        <source>Column headers are in row:</source>
        <translation>عناوين الأعمدة في الصف:</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ConflictModel</name>
    <message>
        <source>%1: %2</source>
        <translation>⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Shown now: %1</source>
        <translation>المعروض الآن: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Changed at office</source>
        <translation>عُدّل في المكتب</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>kept and edited</source>
        <translation>أُبقي عليه وعُدّل</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>(a linked record)</source>
        <translation>(سجل مرتبط)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>الاحتياج</translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <translation>محذوف أو مُبقى عليه</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>الاسم (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>العنوان (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Title (Arabic)</source>
        <translation>العنوان (بالعربية)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>نوع المنظمة</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>اسم جهة الاتصال</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع التفصيلي</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>شدة الاحتياج</translation>
    </message>
    <message>
        <source>People in need</source>
        <translation>المحتاجون</translation>
    </message>
    <message>
        <source>Action point</source>
        <translation>نقطة العمل</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>مجموعة العمل</translation>
    </message>
    <message>
        <source>Working group member</source>
        <translation>عضو مجموعة العمل</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>تاريخ الاجتماع</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Which directorate or authority</source>
        <translation>المديرية أو الجهة</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>تاريخ انتهاء التسجيل</translation>
    </message>
    <message>
        <source>Monitoring visit</source>
        <translation>زيارة الرصد</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>تاريخ الزيارة</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الملاحظات الميدانية</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>سير التنفيذ</translation>
    </message>
    <message>
        <source>Meeting cadence</source>
        <translation>وتيرة الاجتماعات</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::CoordinationEdits</name>
    <message>
        <source>Add working group %1</source>
        <translation>إضافة مجموعة العمل ⁨%1⁩</translation>
    </message>
    <message>
        <source>Edit working group %1</source>
        <translation>تعديل مجموعة العمل ⁨%1⁩</translation>
    </message>
    <message>
        <source>Add meeting %1</source>
        <translation>إضافة الاجتماع ⁨%1⁩</translation>
    </message>
    <message>
        <source>Edit meeting %1</source>
        <translation>تعديل الاجتماع ⁨%1⁩</translation>
    </message>
    <message>
        <source>Add action point</source>
        <translation>إضافة نقطة عمل</translation>
    </message>
    <message>
        <source>Edit action point</source>
        <translation>تعديل نقطة العمل</translation>
    </message>
    <message>
        <source>Add monitoring visit</source>
        <translation>إضافة زيارة رصد</translation>
    </message>
    <message>
        <source>Edit monitoring visit</source>
        <translation>تعديل زيارة الرصد</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::DashboardCharts</name>
    <message>
        <source>People reached by sector</source>
        <translation>المستفيدون حسب القطاع</translation>
    </message>
    <message>
        <source>Activities by reporting month</source>
        <translation>الأنشطة حسب شهر الإبلاغ</translation>
    </message>
    <message>
        <source>%1: %2 people reached</source>
        <translation>⁨%1⁩: المستفيدون ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::DashboardPage</name>
    <message>
        <source>All of Syria</source>
        <translation>كل سوريا</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>المنطقة:</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>People targeted</source>
        <translation>المستهدفون</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>Overdue action points</source>
        <translation>نقاط العمل المتأخرة</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::DatabaseCreator</name>
    <message>
        <source>Creating the database with the Syria gazetteer and demo data…</source>
        <translation>جارٍ إنشاء قاعدة البيانات مع الدليل الجغرافي لسوريا وبيانات تجريبية…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Tansiq</source>
        <translation>تنسيق</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::DatabaseLock</name>
    <message>
        <source>database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>“%1” is already open in another Tansiq window (process %2). Work in that window, or close it and open the file again: two windows writing the same registry would undo each other&apos;s work.</source>
        <translation>«⁨%1⁩» مفتوح في نافذة أخرى من تنسيق (العملية ⁨%2⁩). تابع العمل في تلك النافذة، أو أغلقها ثم افتح الملف من جديد: نافذتان تكتبان في السجلّ نفسه تُفسد كلٌّ منهما عمل الأخرى.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened for writing: its folder does not allow Tansiq to create the lock file “%2”. Copy the file to a folder you can write to.</source>
        <translation>تعذّر فتح «⁨%1⁩» للكتابة: لا يسمح مجلده لتنسيق بإنشاء ملف القفل «⁨%2⁩». انسخ الملف إلى مجلد تملك صلاحية الكتابة فيه.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::DrillDialog</name>
    <message>
        <source>Activities behind the figure</source>
        <translation>الأنشطة وراء هذا الرقم</translation>
    </message>
    <message numerus="yes">
        <source>%n activities; the first %1 are listed.</source>
        <translation>
            <numerusform>لا أنشطة.</numerusform>
            <numerusform>نشاط واحد؛ وهو معروض.</numerusform>
            <numerusform>نشاطان؛ يُعرض أول ⁨%1⁩ منهما.</numerusform>
            <numerusform>⁨%n⁩ أنشطة؛ يُعرض أول ⁨%1⁩ منها.</numerusform>
            <numerusform>⁨%n⁩ نشاطاً؛ يُعرض أول ⁨%1⁩ منها.</numerusform>
            <numerusform>⁨%n⁩ نشاط؛ يُعرض أول ⁨%1⁩ منها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities.</source>
        <translation>
            <numerusform>لا أنشطة.</numerusform>
            <numerusform>نشاط واحد.</numerusform>
            <numerusform>نشاطان.</numerusform>
            <numerusform>⁨%n⁩ أنشطة.</numerusform>
            <numerusform>⁨%n⁩ نشاطاً.</numerusform>
            <numerusform>⁨%n⁩ نشاط.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tansiq::ui::DuplicationPage</name>
    <message>
        <source>The group was not reopened.</source>
        <translation>لم يُعَد فتح المجموعة.</translation>
    </message>
    <message>
        <source>Looking for possible duplications…</source>
        <translation>جارٍ البحث عن حالات الازدواجية المحتملة…</translation>
    </message>
    <message>
        <source>Select a group to see its activities.</source>
        <translation>اختر مجموعة لعرض أنشطتها.</translation>
    </message>
    <message>
        <source>Reviewed as complementary: %1</source>
        <translation>روجعت بوصفها تكاملية: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Change the note…</source>
        <translation>تغيير الملاحظة…</translation>
    </message>
    <message>
        <source>Mark complementary…</source>
        <translation>وسم بأنها تكاملية…</translation>
    </message>
    <message>
        <source>The group was not marked complementary.</source>
        <translation>لم تُوسم المجموعة بأنها تكاملية.</translation>
    </message>
    <message>
        <source>The review could not be undone or redone.</source>
        <translation>تعذّر التراجع عن المراجعة أو إعادتها.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Write why the group “%1” is complementary: the note is required.</source>
        <translation>اكتب سبب كون المجموعة «⁨%1⁩» تكاملية: الملاحظة مطلوبة.</translation>
    </message>
    <message>
        <source>Mark complementary</source>
        <translation>وسم بأنها تكاملية</translation>
    </message>
    <message>
        <source>Reopen a duplication group</source>
        <translation>إعادة فتح مجموعة ازدواجية</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <source>Open (not reviewed)</source>
        <translation>مفتوحة (لم تُراجع)</translation>
    </message>
    <message>
        <source>Reviewed as complementary</source>
        <translation>روجعت بوصفها تكاملية</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>كل المجموعات</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <source>Remove the “complementary” decision: the group is listed as open again</source>
        <translation>إزالة قرار «تكاملية»: تُدرج المجموعة مفتوحةً مرة أخرى</translation>
    </message>
    <message>
        <source>Duplication review</source>
        <translation>مراجعة الازدواجية</translation>
    </message>
    <message numerus="yes">
        <source>%n groups listed. Possible duplications found: %1, of which %2 reviewed as complementary.</source>
        <translation>
            <numerusform>لا مجموعات معروضة. حالات الازدواجية المحتملة: ⁨%1⁩، منها ⁨%2⁩ روجعت بوصفها تكاملية.</numerusform>
            <numerusform>مجموعة واحدة معروضة. حالات الازدواجية المحتملة: ⁨%1⁩، منها ⁨%2⁩ روجعت بوصفها تكاملية.</numerusform>
            <numerusform>مجموعتان معروضتان. حالات الازدواجية المحتملة: ⁨%1⁩، منها ⁨%2⁩ روجعت بوصفها تكاملية.</numerusform>
            <numerusform>⁨%n⁩ مجموعات معروضة. حالات الازدواجية المحتملة: ⁨%1⁩، منها ⁨%2⁩ روجعت بوصفها تكاملية.</numerusform>
            <numerusform>⁨%n⁩ مجموعةً معروضة. حالات الازدواجية المحتملة: ⁨%1⁩، منها ⁨%2⁩ روجعت بوصفها تكاملية.</numerusform>
            <numerusform>⁨%n⁩ مجموعة معروضة. حالات الازدواجية المحتملة: ⁨%1⁩، منها ⁨%2⁩ روجعت بوصفها تكاملية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1: %2 activities of %3 organisations, active together on %n days.</source>
        <translation>
            <numerusform>المجموعة ⁨%1⁩ — الأنشطة: ⁨%2⁩، المنظمات: ⁨%3⁩، دون أيام مشتركة.</numerusform>
            <numerusform>المجموعة ⁨%1⁩ — الأنشطة: ⁨%2⁩، المنظمات: ⁨%3⁩، قائمة معاً خلال يوم واحد.</numerusform>
            <numerusform>المجموعة ⁨%1⁩ — الأنشطة: ⁨%2⁩، المنظمات: ⁨%3⁩، قائمة معاً خلال يومين.</numerusform>
            <numerusform>المجموعة ⁨%1⁩ — الأنشطة: ⁨%2⁩، المنظمات: ⁨%3⁩، قائمة معاً خلال ⁨%n⁩ أيام.</numerusform>
            <numerusform>المجموعة ⁨%1⁩ — الأنشطة: ⁨%2⁩، المنظمات: ⁨%3⁩، قائمة معاً خلال ⁨%n⁩ يوماً.</numerusform>
            <numerusform>المجموعة ⁨%1⁩ — الأنشطة: ⁨%2⁩، المنظمات: ⁨%3⁩، قائمة معاً خلال ⁨%n⁩ يوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>⁨%1⁩ (⁨%2⁩)</translation>
    </message>
    <message>
        <source>All sectors (%1)</source>
        <translation>كل القطاعات (⁨%1⁩)</translation>
    </message>
    <message>
        <source>All of Syria</source>
        <translation>كل سوريا</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>القطاع:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>الموقع:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>الترتيب:</translation>
    </message>
    <message>
        <source>Most likely duplication first</source>
        <translation>الأرجح ازدواجيةً أولاً</translation>
    </message>
    <message>
        <source>Most people reached first</source>
        <translation>الأكثر مستفيدين أولاً</translation>
    </message>
    <message>
        <source>Longest together first</source>
        <translation>الأطول تزامناً أولاً</translation>
    </message>
    <message>
        <source>By place</source>
        <translation>حسب الموقع</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>كل القطاعات</translation>
    </message>
    <message>
        <source>from %1, open-ended</source>
        <translation>من ⁨%1⁩، دون تاريخ انتهاء</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من ⁨%1⁩ إلى ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 — %4</source>
        <translation>⁨%1⁩ — ⁨%2⁩ — ⁨%3⁩ — ⁨%4⁩</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::EditorForm</name>
    <message>
        <source>Note: %1</source>
        <translation>ملاحظة: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ExportDialog</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Export the 4W</source>
        <translation>تصدير مصفوفة 4W</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>ملف CSV (*.csv)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Nothing was exported; an earlier file of that name is unchanged.
%1</source>
        <translation>لم يُصدَّر شيء؛ والملف السابق الذي يحمل الاسم نفسه لم يتغير.
⁨%1⁩</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>CSV (UTF-8, comma separated)</source>
        <translation>CSV (UTF-8، مفصول بفواصل)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>مصنف Excel (XLSX)</translation>
    </message>
    <message>
        <source>Headers and names:</source>
        <translation>العناوين والأسماء:</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>القطاع:</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>كل القطاعات</translation>
    </message>
    <message>
        <source>Implementing organisation:</source>
        <translation>الجهة المنفذة:</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>كل المنظمات</translation>
    </message>
    <message>
        <source>Only the selected place (no place is selected)</source>
        <translation>الموقع المحدد فقط (لم يُحدَّد أي موقع)</translation>
    </message>
    <message>
        <source>Only %1 and the places in it</source>
        <translation>⁨%1⁩ والمواقع التابعة له فقط</translation>
    </message>
    <message>
        <source>Only activities active between</source>
        <translation>الأنشطة القائمة فقط بين</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>The file has a header row and the HXL hashtag row. Sensitive activities are written without coordinates, site name and focal point.</source>
        <translation>يحتوي الملف على صف العناوين وصف وسوم HXL. تُكتب الأنشطة الحساسة دون الإحداثيات واسم الموقع التفصيلي وجهة الاتصال.</translation>
    </message>
    <message numerus="yes">
        <source>%n activities written…</source>
        <translation>
            <numerusform>لم يُكتب أي نشاط بعد…</numerusform>
            <numerusform>كُتب نشاط واحد…</numerusform>
            <numerusform>كُتب نشاطان…</numerusform>
            <numerusform>كُتبت ⁨%n⁩ أنشطة…</numerusform>
            <numerusform>كُتب ⁨%n⁩ نشاطاً…</numerusform>
            <numerusform>كُتب ⁨%n⁩ نشاط…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n activities to %1 (%2 sensitive: written without coordinates, site and focal point).</source>
        <translation>
            <numerusform>لم يُصدَّر أي نشاط إلى ⁨%1⁩ (الحساسة منها: ⁨%2⁩، كُتبت دون الإحداثيات والموقع التفصيلي وجهة الاتصال).</numerusform>
            <numerusform>صُدِّر نشاط واحد إلى ⁨%1⁩ (الحساسة منها: ⁨%2⁩، كُتبت دون الإحداثيات والموقع التفصيلي وجهة الاتصال).</numerusform>
            <numerusform>صُدِّر نشاطان إلى ⁨%1⁩ (الحساسة منها: ⁨%2⁩، كُتبت دون الإحداثيات والموقع التفصيلي وجهة الاتصال).</numerusform>
            <numerusform>صُدِّرت ⁨%n⁩ أنشطة إلى ⁨%1⁩ (الحساسة منها: ⁨%2⁩، كُتبت دون الإحداثيات والموقع التفصيلي وجهة الاتصال).</numerusform>
            <numerusform>صُدِّر ⁨%n⁩ نشاطاً إلى ⁨%1⁩ (الحساسة منها: ⁨%2⁩، كُتبت دون الإحداثيات والموقع التفصيلي وجهة الاتصال).</numerusform>
            <numerusform>صُدِّر ⁨%n⁩ نشاط إلى ⁨%1⁩ (الحساسة منها: ⁨%2⁩، كُتبت دون الإحداثيات والموقع التفصيلي وجهة الاتصال).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as %2.</source>
        <translation>«⁨%1⁩» ليست تاريخاً؛ اكتبها بالسنة ثم الشهر ثم اليوم، مثل ⁨%2⁩.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::FileActions</name>
    <message>
        <source>“%1” was not opened; the registry open until now stays open.</source>
        <translation>لم يُفتح «⁨%1⁩»، ويبقى السجلّ المفتوح حالياً مفتوحاً.</translation>
    </message>
    <message>
        <source>“%1” was not opened.</source>
        <translation>لم يُفتح «⁨%1⁩».</translation>
    </message>
    <message>
        <source>&amp;New registry…</source>
        <translation>سجلّ جديد…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <source>Recent &amp;files</source>
        <translation>الملفات الأخيرة</translation>
    </message>
    <message>
        <source>Open &amp;sample data</source>
        <translation>فتح البيانات التجريبية</translation>
    </message>
    <message>
        <source>Show the database &amp;folder</source>
        <translation>إظهار مجلد قاعدة البيانات</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>New registry</source>
        <translation>سجلّ جديد</translation>
    </message>
    <message>
        <source>registry.db</source>
        <translation>registry.db</translation>
    </message>
    <message>
        <source>Tansiq databases (*.db)</source>
        <translation>قواعد بيانات تنسيق (*.db)</translation>
    </message>
    <message>
        <source>Open a registry</source>
        <translation>فتح سجلّ</translation>
    </message>
    <message>
        <source>Tansiq databases (*.db);;All files (*)</source>
        <translation>قواعد بيانات تنسيق (*.db);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>لم يُستعد شيء.</translation>
    </message>
    <message>
        <source>The backup could not be copied to a temporary folder.</source>
        <translation>تعذّر نسخ النسخة الاحتياطية إلى مجلد مؤقت.</translation>
    </message>
    <message>
        <source>The database could not be opened again.</source>
        <translation>تعذّر فتح قاعدة البيانات من جديد.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::GapColours</name>
    <message>
        <source>minimal</source>
        <translation>طفيفة</translation>
    </message>
    <message>
        <source>stress</source>
        <translation>ضاغطة</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>شديدة</translation>
    </message>
    <message>
        <source>extreme</source>
        <translation>بالغة الشدة</translation>
    </message>
    <message>
        <source>catastrophic</source>
        <translation>كارثية</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>لم يُقيَّم</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::GapsPage</name>
    <message>
        <source>All sectors</source>
        <translation>كل القطاعات</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <source>%1 places and sectors listed; %2 severe needs (severity 3 or more) have no partner present.</source>
        <translation>المواقع والقطاعات المدرجة: ⁨%1⁩؛ الاحتياجات الشديدة (شدة الاحتياج ٣ أو أكثر) التي لا يوجد فيها أي شريك: ⁨%2⁩.</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>القطاع:</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>المواقع:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>Governorates</source>
        <translation>المحافظات</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <source>Sub-districts</source>
        <translation>النواحي</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>التجمعات</translation>
    </message>
    <message>
        <source>Only severe needs without a partner</source>
        <translation>الاحتياجات الشديدة التي لا شريك لها فقط</translation>
    </message>
    <message>
        <source>Coverage = people reached without double counting (in each place the largest number any partner reports) ÷ people in need. A gap is a severe need (severity 3 or more) with no partner whose activity is under way or done in the period. Selecting a line chooses its place for the other pages.</source>
        <translation>التغطية = المستفيدون دون تكرار العدّ (في كل موقع، أكبر عدد يُبلغ عنه أي شريك) ÷ المحتاجون. الفجوة هي احتياج شديد (شدة الاحتياج ٣ أو أكثر) لا يوجد له شريك نشاطه قيد التنفيذ أو منتهٍ خلال الفترة. اختيار سطر يحدد موقعه للصفحات الأخرى.</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>الفجوات</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ImportDetectionPage</name>
    <message>
        <source>found in row %1; the data starts in row %2</source>
        <translation>وُجد في الصف ⁨%1⁩؛ تبدأ البيانات في الصف ⁨%2⁩</translation>
    </message>
    <message>
        <source>none above the hashtag row</source>
        <translation>لا يوجد أي منها فوق صف الوسوم</translation>
    </message>
    <message>
        <source>rows %1 to %2 (not read)</source>
        <translation>الصفوف من ⁨%1⁩ إلى ⁨%2⁩ (لم تُقرأ)</translation>
    </message>
    <message>
        <source>not found in the first 25 rows</source>
        <translation>لم يوجد في أول 25 صفاً</translation>
    </message>
    <message>
        <source>row %1 (the columns are mapped from these headers)</source>
        <translation>الصف ⁨%1⁩ (تُربط الأعمدة انطلاقاً من هذه العناوين)</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا يوجد بعد</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Next: check how the columns are mapped to 4W fields.</source>
        <translation>التالي: تحقق من كيفية ربط الأعمدة بحقول 4W.</translation>
    </message>
    <message>
        <source>Next: say which 4W field each column holds.</source>
        <translation>التالي: حدّد حقل 4W الذي يحتويه كل عمود.</translation>
    </message>
    <message>
        <source>Next: review what the import would do.</source>
        <translation>التالي: راجع ما سيفعله الاستيراد.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>لا يمكن استيراد هذا الملف: ⁨%1⁩</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>قُرئ بصيغة:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>الصفوف:</translation>
    </message>
    <message>
        <source>HXL hashtag row:</source>
        <translation>صف وسوم HXL:</translation>
    </message>
    <message>
        <source>Header rows:</source>
        <translation>صفوف العناوين:</translation>
    </message>
    <message>
        <source>4W fields recognised:</source>
        <translation>حقول 4W المعروفة:</translation>
    </message>
    <message>
        <source>Columns ignored:</source>
        <translation>الأعمدة المتجاهَلة:</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ImportFilePage</name>
    <message>
        <source>Choose a 4W spreadsheet</source>
        <translation>اختر جدول 4W</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>الجداول (*.csv *.xlsx *.txt *.tsv);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Import a partner&apos;s 4W spreadsheet (CSV or XLSX, with or without an HXL hashtag row). Nothing is written until you have reviewed what the import would do.</source>
        <translation>استيراد جدول 4W الخاص بأحد الشركاء (CSV أو XLSX، مع صف وسوم HXL أو بدونه). لا يُكتب أي شيء قبل أن تراجع ما سيفعله الاستيراد.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>الشريك:</translation>
    </message>
    <message>
        <source>Not given: the file names its organisations</source>
        <translation>غير محدد: الملف يذكر منظماته</translation>
    </message>
    <message>
        <source>Optional: the organisation that sent the file. Its remembered column mapping is used, and rows without an implementing organisation are counted as its activities.</source>
        <translation>اختياري: المنظمة التي أرسلت الملف. يُستخدم ربط الأعمدة المحفوظ لها، وتُحسب الصفوف التي لا منظمة منفذة فيها ضمن أنشطتها.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ImportReviewPage</name>
    <message>
        <source>%1 — %2</source>
        <translation>⁨%1⁩ — ⁨%2⁩</translation>
    </message>
    <message>
        <source>Rows with errors: %1. Correct them in the file (or add what is missing to the registry) and choose the file again: nothing is imported while any row has an error.</source>
        <translation>الصفوف التي فيها أخطاء: ⁨%1⁩. صحّحها في الملف (أو أضف ما ينقص إلى السجل) ثم اختر الملف من جديد: لا يُستورد شيء ما دام في أي صف خطأ.</translation>
    </message>
    <message>
        <source>The file has errors: nothing can be imported.</source>
        <translation>في الملف أخطاء: لا يمكن استيراد أي شيء.</translation>
    </message>
    <message>
        <source>Every row is already in the registry as the file has it: importing changes nothing.</source>
        <translation>كل الصفوف موجودة في السجل كما هي في الملف: الاستيراد لن يغيّر شيئاً.</translation>
    </message>
    <message>
        <source>Import writes %1 new and %2 updated activities in one step: all of them or none.</source>
        <translation>يكتب الاستيراد في خطوة واحدة الأنشطة الجديدة (⁨%1⁩) والمحدَّثة (⁨%2⁩): إما جميعها أو لا شيء.</translation>
    </message>
    <message>
        <source>to create</source>
        <translation>للإنشاء</translation>
    </message>
    <message>
        <source>to update</source>
        <translation>للتحديث</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>with errors</source>
        <translation>فيها أخطاء</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>Show only rows with errors or warnings</source>
        <translation>إظهار الصفوف التي فيها أخطاء أو تحذيرات فقط</translation>
    </message>
    <message>
        <source>Choose “Check again” to see what the import does with your choices.</source>
        <translation>اختر «إعادة التحقق» لمعرفة ما سيفعله الاستيراد باختياراتك.</translation>
    </message>
    <message>
        <source>Proposed: read from row %1 of the file: «%2». Change it if it is wrong.</source>
        <translation>مقترح: مقروء من الصف ⁨%1⁩ في الملف: «⁨%2⁩». عدّله إن كان خاطئاً.</translation>
    </message>
    <message>
        <source>Given for the whole file; rows with their own month keep it.</source>
        <translation>محدَّد للملف كله؛ تحتفظ الصفوف التي تذكر شهرها به.</translation>
    </message>
    <message>
        <source>The file names no month: type the reporting month (%1), then choose “Check again”.</source>
        <translation>لا يذكر الملف أي شهر: اكتب شهر الإبلاغ (⁨%1⁩)، ثم اختر «إعادة التحقق».</translation>
    </message>
    <message>
        <source>The file has a month column; a month typed here fills its empty cells.</source>
        <translation>يتضمن الملف عموداً للشهر؛ يملأ الشهر المكتوب هنا خلاياه الفارغة.</translation>
    </message>
    <message>
        <source>Rows with errors: %1. Resolve the values above and choose “Check again”, or correct the file: nothing is imported while any row has an error.</source>
        <translation>الصفوف التي فيها أخطاء: ⁨%1⁩. حدّد ما تقابله القيم أعلاه ثم اختر «إعادة التحقق»، أو صحّح الملف: لا يُستورد شيء ما دام في أي صف خطأ.</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>مستبعدة</translation>
    </message>
    <message>
        <source>Reporting &amp;month:</source>
        <translation>&amp;شهر الإبلاغ:</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>&amp;إعادة التحقق</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ImportWizard</name>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>اختر الملف المراد استيراده.</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>لا يوجد ملف «⁨%1⁩».</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>جارٍ قراءة الملف والتحقق منه…</translation>
    </message>
    <message>
        <source>%1
Nothing was written.</source>
        <translation>⁨%1⁩
لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>Map at least the columns an activity needs: implementing organisation (or choose the partner), sector, place, start date and reporting month.</source>
        <translation>اربط على الأقل الأعمدة التي يحتاجها النشاط: الجهة المنفذة (أو اختر الشريك)، والقطاع، والموقع، وتاريخ البدء، وشهر الإبلاغ.</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>جارٍ التحقق من الصفوف…</translation>
    </message>
    <message>
        <source>Writing the activities (all or nothing)…</source>
        <translation>جارٍ كتابة الأنشطة (جميعها أو لا شيء)…</translation>
    </message>
    <message>
        <source>The column mapping is remembered for %1: next time its files map themselves.</source>
        <translation>حُفظ ربط الأعمدة لـ ⁨%1⁩: في المرة القادمة تُربط أعمدة ملفاتها تلقائياً.</translation>
    </message>
    <message>
        <source>Nothing was imported and nothing was written.
%1</source>
        <translation>لم يُستورد أي شيء ولم يُكتب أي شيء.
⁨%1⁩</translation>
    </message>
    <message>
        <source>Import a 4W spreadsheet</source>
        <translation>استيراد جدول 4W</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>اختيار الملف</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>محتوى الملف</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>ربط الأعمدة</translation>
    </message>
    <message>
        <source>Review before importing</source>
        <translation>المراجعة قبل الاستيراد</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>الخطوة ⁨%1⁩ من ⁨%2⁩: ⁨%3⁩</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was imported: %n activities created, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>استُورد «⁨%1⁩»: لم يُنشأ أي نشاط، وحُدِّث ⁨%2⁩، وبقي ⁨%3⁩ دون تغيير.</numerusform>
            <numerusform>استُورد «⁨%1⁩»: أُنشئ نشاط واحد، وحُدِّث ⁨%2⁩، وبقي ⁨%3⁩ دون تغيير.</numerusform>
            <numerusform>استُورد «⁨%1⁩»: أُنشئ نشاطان، وحُدِّث ⁨%2⁩، وبقي ⁨%3⁩ دون تغيير.</numerusform>
            <numerusform>استُورد «⁨%1⁩»: أُنشئت ⁨%n⁩ أنشطة، وحُدِّث ⁨%2⁩، وبقي ⁨%3⁩ دون تغيير.</numerusform>
            <numerusform>استُورد «⁨%1⁩»: أُنشئ ⁨%n⁩ نشاطاً، وحُدِّث ⁨%2⁩، وبقي ⁨%3⁩ دون تغيير.</numerusform>
            <numerusform>استُورد «⁨%1⁩»: أُنشئ ⁨%n⁩ نشاط، وحُدِّث ⁨%2⁩، وبقي ⁨%3⁩ دون تغيير.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created from the file: %1 organisations and %2 projects.</source>
        <translation>أُنشئ من الملف: الجهات ⁨%1⁩، والمشاريع ⁨%2⁩.</translation>
    </message>
    <message>
        <source>Rows left out as you chose: %1.</source>
        <translation>الصفوف المستبعدة حسب اختيارك: ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Your choices for %1 values are remembered: the next files match them by themselves.</source>
        <translation>حُفظت اختياراتك لعدد ⁨%1⁩ من القيم: ستُطابَق تلقائياً في الملفات القادمة.</translation>
    </message>
    <message>
        <source>Your choices for %1 values are remembered for %2: its next files match them by themselves.</source>
        <translation>حُفظت اختياراتك لعدد ⁨%1⁩ من القيم للجهة ⁨%2⁩: ستُطابَق تلقائياً في ملفاتها القادمة.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::InteropActions</name>
    <message>
        <source>&amp;Import 4W spreadsheet…</source>
        <translation>استيراد جدول 4W…</translation>
    </message>
    <message>
        <source>Import a partner&apos;s 4W from a CSV or XLSX file, with or without HXL tags</source>
        <translation>استيراد مصفوفة 4W الخاصة بأحد الشركاء من ملف CSV أو XLSX، مع وسوم HXL أو بدونها</translation>
    </message>
    <message>
        <source>&amp;Export 4W…</source>
        <translation>تصدير 4W…</translation>
    </message>
    <message>
        <source>Export the 4W as an HXL-tagged CSV or XLSX file</source>
        <translation>تصدير بيانات 4W في ملف CSV أو XLSX موسوم بوسوم HXL</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::MainWindow</name>
    <message>
        <source>Tansiq — %1</source>
        <translation>تنسيق — ⁨%1⁩</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Tansiq — Sample data — %1</source>
        <translation>تنسيق — بيانات تجريبية — ⁨%1⁩</translation>
    </message>
    <message>
        <source>Tansiq — %1 — %2</source>
        <translation>تنسيق — ⁨%1⁩ — ⁨%2⁩</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>بيانات تجريبية</translation>
    </message>
    <message>
        <source>Invented data to explore Tansiq. It is not your office&apos;s registry, and nothing from it can be sent to other offices.</source>
        <translation>بيانات مختلَقة لاستكشاف تنسيق. ليست سجلّ مكتبكم، ولا يمكن إرسال أي شيء منها إلى المكاتب الأخرى.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::MapPage</name>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>Partners (implementing organisations)</source>
        <translation>الشركاء (الجهات المنفذة)</translation>
    </message>
    <message>
        <source>Highest severity of needs (1-5)</source>
        <translation>أعلى شدة احتياج (١–٥)</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>لا توجد بيانات</translation>
    </message>
    <message>
        <source>Boundaries: OCHA/UNCS COD-AB via geoBoundaries, CC BY 3.0 IGO</source>
        <translation>الحدود: OCHA/UNCS COD-AB عبر geoBoundaries، بترخيص CC BY 3.0 IGO</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>⁨%1⁩ كم</translation>
    </message>
    <message>
        <source>Governorates</source>
        <translation>المحافظات</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <source>Sub-districts</source>
        <translation>النواحي</translation>
    </message>
    <message>
        <source>Shaded areas</source>
        <translation>مناطق ملوّنة</translation>
    </message>
    <message>
        <source>Proportional symbols</source>
        <translation>رموز متناسبة</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>شدة الاحتياج</translation>
    </message>
    <message>
        <source>Click a place to filter the dashboard, activities and needs; click it again to clear.</source>
        <translation>انقر على موقع لتصفية لوحة المعلومات والأنشطة والاحتياجات؛ وانقر عليه مرة أخرى لإلغاء التصفية.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <source>From the first month</source>
        <translation>من أول شهر</translation>
    </message>
    <message>
        <source>To the last month</source>
        <translation>حتى آخر شهر</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::MapWidget</name>
    <message>
        <source>%1: no data</source>
        <translation>⁨%1⁩: لا توجد بيانات</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>⁨%1⁩ — ⁨%2⁩: ⁨%3⁩</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::MatrixPage</name>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>People targeted</source>
        <translation>المستهدفون</translation>
    </message>
    <message>
        <source>People reached (sum of reports)</source>
        <translation>المستفيدون (مجموع التقارير)</translation>
    </message>
    <message>
        <source>People reached (without double counting)</source>
        <translation>المستفيدون (دون تكرار العدّ)</translation>
    </message>
    <message>
        <source>Households reached</source>
        <translation>الأسر المستفيدة</translation>
    </message>
    <message>
        <source>Coverage of people in need</source>
        <translation>تغطية المحتاجين</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>كل القطاعات</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>كل المنظمات</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <source>All of Syria</source>
        <translation>كل سوريا</translation>
    </message>
    <message>
        <source>%1 rows × %2 columns; total: %3; %4 activities. Double-click a figure to see its activities.</source>
        <translation>الصفوف: ⁨%1⁩ × الأعمدة: ⁨%2⁩؛ المجموع: ⁨%3⁩؛ عدد الأنشطة: ⁨%4⁩. انقر نقراً مزدوجاً على رقم لعرض أنشطته.</translation>
    </message>
    <message>
        <source>Export the matrix</source>
        <translation>تصدير المصفوفة</translation>
    </message>
    <message>
        <source>matrix.csv</source>
        <translation>matrix.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>The matrix was not exported.</source>
        <translation>لم تُصدَّر المصفوفة.</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>الصفوف:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>الأعمدة:</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>المقياس:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>القطاع:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>المنظمة:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>الموقع:</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <source>Show all places (the place is chosen on the map, the gaps list or the dashboard)</source>
        <translation>إظهار كل المواقع (يُختار الموقع من الخريطة أو قائمة الفجوات أو لوحة المعلومات)</translation>
    </message>
    <message>
        <source>Show activities</source>
        <translation>عرض الأنشطة</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>المصفوفة</translation>
    </message>
    <message>
        <source>Women reached</source>
        <translation>النساء المستفيدات</translation>
    </message>
    <message>
        <source>Men reached</source>
        <translation>الرجال المستفيدون</translation>
    </message>
    <message>
        <source>Girls reached</source>
        <translation>الفتيات المستفيدات</translation>
    </message>
    <message>
        <source>Boys reached</source>
        <translation>الفتيان المستفيدون</translation>
    </message>
    <message>
        <source>Children reached</source>
        <translation>الأطفال المستفيدون</translation>
    </message>
    <message>
        <source>Elderly people reached</source>
        <translation>المسنّون المستفيدون (نساءً ورجالاً)</translation>
    </message>
    <message>
        <source>Women targeted</source>
        <translation>النساء المستهدفات</translation>
    </message>
    <message>
        <source>Men targeted</source>
        <translation>الرجال المستهدفون</translation>
    </message>
    <message>
        <source>Girls targeted</source>
        <translation>الفتيات المستهدفات</translation>
    </message>
    <message>
        <source>Boys targeted</source>
        <translation>الفتيان المستهدفون</translation>
    </message>
    <message>
        <source>Children targeted</source>
        <translation>الأطفال المستهدفون</translation>
    </message>
    <message>
        <source>Elderly people targeted</source>
        <translation>المسنّون المستهدفون (نساءً ورجالاً)</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::MeetingEditor</name>
    <message>
        <source>New meeting</source>
        <translation>اجتماع جديد</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>تعديل الاجتماع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Working group (empty: general coordination)</source>
        <translation>مجموعة العمل (فارغ: تنسيق عام)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>مقر الاجتماع</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>رئيس الاجتماع</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Agenda and minutes</source>
        <translation>جدول الأعمال والمحضر</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>المحضر</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>غامق</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <source>List</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>إضافة قرار</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>إزالة القرار</translation>
    </message>
    <message>
        <source>What the selected decision is about (optional)</source>
        <translation>ما يتعلق به القرار المحدد (اختياري)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Need (gap)</source>
        <translation>الاحتياج (الفجوة)</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::MeetingsPage</name>
    <message>
        <source>Minutes as PDF</source>
        <translation>المحضر بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>General coordination</source>
        <translation>تنسيق عام</translation>
    </message>
    <message>
        <source>Meetings with overdue action points: %1</source>
        <translation>عدد الاجتماعات ذات نقاط العمل المتأخرة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Select a meeting first.</source>
        <translation>اختر اجتماعاً أولاً.</translation>
    </message>
    <message>
        <source>The minutes could not be written.</source>
        <translation>تعذّرت كتابة المحضر.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>حذف الاجتماع</translation>
    </message>
    <message>
        <source>Delete this meeting? Its action points are kept.</source>
        <translation>هل تريد حذف هذا الاجتماع؟ تبقى نقاط العمل التي حدّدها محفوظة.</translation>
    </message>
    <message>
        <source>The meeting could not be deleted.</source>
        <translation>تعذّر حذف الاجتماع.</translation>
    </message>
    <message>
        <source>In Arabic…</source>
        <translation>بالعربية…</translation>
    </message>
    <message>
        <source>In English…</source>
        <translation>بالإنجليزية…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>مجموعة العمل</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>Action points</source>
        <translation>نقاط العمل</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::MessageBoxes</name>
    <message>
        <source>Tansiq</source>
        <translation>تنسيق</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::MonitoringVisitEditor</name>
    <message>
        <source>overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>New monitoring visit</source>
        <translation>زيارة رصد جديدة</translation>
    </message>
    <message>
        <source>Edit monitoring visit</source>
        <translation>تعديل زيارة الرصد</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>تاريخ الزيارة</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Visiting organisation</source>
        <translation>المنظمة الزائرة</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>سير التنفيذ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الملاحظات الميدانية</translation>
    </message>
    <message>
        <source>Follow-up action points</source>
        <translation>نقاط عمل المتابعة</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::MonitoringVisitsPage</name>
    <message>
        <source>Activity %1</source>
        <translation>النشاط ⁨%1⁩</translation>
    </message>
    <message>
        <source>Visits that found serious problems: %1</source>
        <translation>الزيارات التي وجدت مشكلات جدية: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Visits with overdue follow-up action points: %1</source>
        <translation>الزيارات التي لها نقاط عمل متابعة متأخرة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Add follow-up action point</source>
        <translation>إضافة نقطة عمل متابعة</translation>
    </message>
    <message>
        <source>Select a visit first.</source>
        <translation>حدّد زيارة أولاً.</translation>
    </message>
    <message>
        <source>Delete monitoring visit</source>
        <translation>حذف زيارة الرصد</translation>
    </message>
    <message>
        <source>Delete this monitoring visit? Its follow-up action points are kept.</source>
        <translation>هل تريد حذف زيارة الرصد هذه؟ تبقى نقاط عمل المتابعة الخاصة بها.</translation>
    </message>
    <message>
        <source>The monitoring visit could not be deleted.</source>
        <translation>تعذّر حذف زيارة الرصد.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Project or activity</source>
        <translation>المشروع أو النشاط</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Visiting organisation</source>
        <translation>المنظمة الزائرة</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>سير التنفيذ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الملاحظات الميدانية</translation>
    </message>
    <message>
        <source>Follow-up action points</source>
        <translation>نقاط عمل المتابعة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Monitoring visits</source>
        <translation>زيارات الرصد</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::NeedEditor</name>
    <message>
        <source>New need</source>
        <translation>احتياج جديد</translation>
    </message>
    <message>
        <source>Edit need</source>
        <translation>تعديل الاحتياج</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Severity (1-5)</source>
        <translation>شدة الاحتياج (١–٥)</translation>
    </message>
    <message>
        <source>People in need</source>
        <translation>المحتاجون</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>تاريخ التقييم</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::NeedModel</name>
    <message>
        <source>Place</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>الرمز المكاني</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>شدة الاحتياج</translation>
    </message>
    <message>
        <source>People in need</source>
        <translation>المحتاجون</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>تاريخ التقييم</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::NeedsPage</name>
    <message>
        <source>Delete need</source>
        <translation>حذف الاحتياج</translation>
    </message>
    <message>
        <source>Delete this need? You can undo this.</source>
        <translation>هل تريد حذف هذا الاحتياج؟ يمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>The need could not be deleted.</source>
        <translation>تعذّر حذف الاحتياج.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::NoteDialog</name>
    <message>
        <source>Mark complementary</source>
        <translation>وسم بأنها تكاملية</translation>
    </message>
    <message>
        <source>These activities were checked and do not duplicate each other (%1). Write why, for the coordinators who will read this list after you:</source>
        <translation>تم التحقق من هذه الأنشطة وهي تكاملية لا تكرر بعضها (⁨%1⁩). اكتب السبب للمنسقين الذين سيقرؤون هذه القائمة بعدك:</translation>
    </message>
    <message>
        <source>e.g. different neighbourhoods; one trucks water, the other repairs the network</source>
        <translation>مثلاً: أحياء مختلفة؛ أحدهما ينقل المياه بالصهاريج والآخر يصلح الشبكة</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::OfficeKeysWidget</name>
    <message>
        <source>This office: %1 — head office</source>
        <translation>هذا المكتب: ⁨%1⁩ — المكتب الرئيسي</translation>
    </message>
    <message>
        <source>This office: %1 — field office</source>
        <translation>هذا المكتب: ⁨%1⁩ — مكتب ميداني</translation>
    </message>
    <message>
        <source>To enrol a field office: take its request file, call the office and have them read you their fingerprint, then sign the request and give them the answer file.</source>
        <translation>لتسجيل مكتب ميداني: خذ ملف الطلب الخاص به، واتصل بالمكتب واطلب منهم أن يقرؤوا لك بصمتهم، ثم وقّع الطلب وسلّمهم ملف الرد.</translation>
    </message>
    <message>
        <source>Enrolled with the head office: bundles can be exchanged.</source>
        <translation>مسجَّل لدى المكتب الرئيسي: يمكن تبادل حزم المزامنة.</translation>
    </message>
    <message>
        <source>Not yet enrolled. 1. Make an enrolment request and give the file to the head office. 2. Read them this fingerprint by phone. 3. Accept the signed enrolment they give you back.</source>
        <translation>غير مسجَّل بعد. 1. أنشئ طلب تسجيل وسلّم الملف إلى المكتب الرئيسي. 2. اقرأ لهم هذه البصمة عبر الهاتف. 3. اقبل التسجيل الموقَّع الذي يعيدونه إليك.</translation>
    </message>
    <message>
        <source>Creating this office&apos;s keys…</source>
        <translation>جارٍ إنشاء مفاتيح هذا المكتب…</translation>
    </message>
    <message>
        <source>Office created</source>
        <translation>تم إنشاء المكتب</translation>
    </message>
    <message>
        <source>“%1” is set up as a field office. Next, make an enrolment request for the head office.</source>
        <translation>أُعدّ «⁨%1⁩» بصفته مكتباً ميدانياً. الخطوة التالية: أنشئ طلب تسجيل للمكتب الرئيسي.</translation>
    </message>
    <message>
        <source>Its fingerprint: %1</source>
        <translation>بصمته: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Make enrolment request</source>
        <translation>إنشاء طلب تسجيل</translation>
    </message>
    <message>
        <source>Enrolment requests (*.tqr)</source>
        <translation>طلبات التسجيل (*.tqr)</translation>
    </message>
    <message>
        <source>This office&apos;s passphrase:</source>
        <translation>عبارة المرور لهذا المكتب:</translation>
    </message>
    <message>
        <source>Writing the enrolment request…</source>
        <translation>جارٍ كتابة طلب التسجيل…</translation>
    </message>
    <message>
        <source>The enrolment request was not written.</source>
        <translation>لم يُكتب طلب التسجيل.</translation>
    </message>
    <message>
        <source>Enrolment request written</source>
        <translation>كُتب طلب التسجيل</translation>
    </message>
    <message>
        <source>The request was written to %1. Give the file to the head office, then call them and read them this fingerprint:

%2</source>
        <translation>كُتب الطلب إلى ⁨%1⁩. سلّم الملف إلى المكتب الرئيسي، ثم اتصل بهم واقرأ لهم هذه البصمة:

⁨%2⁩</translation>
    </message>
    <message>
        <source>Accept signed enrolment</source>
        <translation>قبول التسجيل الموقَّع</translation>
    </message>
    <message>
        <source>Signed enrolments (*.tqa);;All files (*)</source>
        <translation>التسجيلات الموقَّعة (*.tqa);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Checking the signed enrolment…</source>
        <translation>جارٍ التحقق من التسجيل الموقَّع…</translation>
    </message>
    <message>
        <source>The signed enrolment was not accepted.</source>
        <translation>لم يُقبل التسجيل الموقَّع.</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <source>Sign an enrolment request</source>
        <translation>توقيع طلب تسجيل</translation>
    </message>
    <message>
        <source>Enrolment requests (*.tqr);;All files (*)</source>
        <translation>طلبات التسجيل (*.tqr);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>This enrolment request cannot be used.</source>
        <translation>لا يمكن استخدام طلب التسجيل هذا.</translation>
    </message>
    <message>
        <source>Enrolment request from “%1”</source>
        <translation>طلب تسجيل من «⁨%1⁩»</translation>
    </message>
    <message>
        <source>Save the signed enrolment</source>
        <translation>حفظ التسجيل الموقَّع</translation>
    </message>
    <message>
        <source>Signed enrolments (*.tqa)</source>
        <translation>التسجيلات الموقَّعة (*.tqa)</translation>
    </message>
    <message>
        <source>Signing the enrolment…</source>
        <translation>جارٍ توقيع التسجيل…</translation>
    </message>
    <message>
        <source>The enrolment request was not signed.</source>
        <translation>لم يُوقَّع طلب التسجيل.</translation>
    </message>
    <message>
        <source>Office enrolled</source>
        <translation>تم تسجيل المكتب</translation>
    </message>
    <message>
        <source>“%1” is enrolled. Give it the file %2. When they accept it, read them the head office&apos;s fingerprint:

%3</source>
        <translation>تم تسجيل «⁨%1⁩». سلّمه الملف ⁨%2⁩. وعندما يقبلونه، اقرأ لهم بصمة المكتب الرئيسي:

⁨%3⁩</translation>
    </message>
    <message>
        <source>Revoke an office</source>
        <translation>سحب اعتماد مكتب</translation>
    </message>
    <message>
        <source>Revoke “%1”?</source>
        <translation>سحب اعتماد «⁨%1⁩»؟</translation>
    </message>
    <message>
        <source>Bundles from “%1” will be refused by every office once it has imported a bundle from the head office. This cannot be undone: the office would have to be set up and enrolled again.</source>
        <translation>سترفض كل المكاتب الحزم الواردة من «⁨%1⁩» بمجرد أن تستورد حزمة من المكتب الرئيسي. لا يمكن التراجع عن ذلك: سيتعيّن إعداد المكتب وتسجيله من جديد.</translation>
    </message>
    <message>
        <source>Revoke “%1”</source>
        <translation>سحب اعتماد «⁨%1⁩»</translation>
    </message>
    <message>
        <source>Revoking “%1”…</source>
        <translation>جارٍ سحب اعتماد «⁨%1⁩»…</translation>
    </message>
    <message>
        <source>The office was not revoked.</source>
        <translation>لم يُسحب اعتماد المكتب.</translation>
    </message>
    <message>
        <source>Office revoked</source>
        <translation>سُحب اعتماد المكتب</translation>
    </message>
    <message>
        <source>“%1” is revoked. Send a bundle from the head office to every office so that they refuse its bundles too.</source>
        <translation>سُحب اعتماد «⁨%1⁩». أرسل حزمة من المكتب الرئيسي إلى كل المكاتب لكي ترفض حزمه هي أيضاً.</translation>
    </message>
    <message>
        <source>Office and keys</source>
        <translation>المكتب والمفاتيح</translation>
    </message>
    <message>
        <source>This office&apos;s fingerprint (read it over the phone to confirm who you exchange bundles with):</source>
        <translation>بصمة هذا المكتب (اقرأها عبر الهاتف للتأكد ممن تتبادل الحزم معه):</translation>
    </message>
    <message>
        <source>Make enrolment request…</source>
        <translation>إنشاء طلب تسجيل…</translation>
    </message>
    <message>
        <source>Accept signed enrolment…</source>
        <translation>قبول تسجيل موقَّع…</translation>
    </message>
    <message>
        <source>Sign an enrolment request…</source>
        <translation>توقيع طلب تسجيل…</translation>
    </message>
    <message>
        <source>Offices enrolled by the head office:</source>
        <translation>المكاتب التي سجّلها المكتب الرئيسي:</translation>
    </message>
    <message>
        <source>Revoke office…</source>
        <translation>سحب اعتماد مكتب…</translation>
    </message>
    <message>
        <source>Signed enrolment from “%1”</source>
        <translation>تسجيل موقَّع من «⁨%1⁩»</translation>
    </message>
    <message>
        <source>Call the head office “%1” and ask them to read you the fingerprint shown in their Settings. Accept only if it is exactly:

%2

Does it match?</source>
        <translation>اتصل بالمكتب الرئيسي «⁨%1⁩» واطلب أن يقرأ لك البصمة الظاهرة في إعداداته. لا تقبل إلا إذا كانت مطابقة تماماً لما يلي:

⁨%2⁩

هل تتطابق؟</translation>
    </message>
    <message>
        <source>Accepting the signed enrolment…</source>
        <translation>جارٍ قبول التسجيل الموقَّع…</translation>
    </message>
    <message>
        <source>This office is enrolled with the head office “%1”; bundles can now be exchanged.</source>
        <translation>سُجّل هذا المكتب لدى المكتب الرئيسي «⁨%1⁩»؛ يمكن الآن تبادل الحزم.</translation>
    </message>
    <message>
        <source>Office “%1”, office id %2.

Call the office and ask them to read you the fingerprint shown in their Settings. Sign only if it is exactly:

%3

Does it match?</source>
        <translation>المكتب «⁨%1⁩»، معرّف المكتب ⁨%2⁩.

اتصل بالمكتب واطلب أن يقرأ لك البصمة الظاهرة في إعداداته. لا توقّع إلا إذا كانت مطابقة تماماً لما يلي:

⁨%3⁩

هل تتطابق؟</translation>
    </message>
    <message>
        <source>This network&apos;s root is the head office&apos;s certification key: its file and its own passphrase are asked to sign, renew or revoke an office and to give this computer a new key. Keep the stick apart from this laptop, and a copy in a safe place.</source>
        <translation>جذر هذه الشبكة هو مفتاح الاعتماد الخاص بالمكتب الرئيسي: يُطلب ملفه وعبارة مروره الخاصة لتوقيع طلب مكتب أو تجديد شهادته أو سحب اعتماده، ولإعطاء هذا الحاسوب مفتاحاً جديداً. احفظ ذاكرة USB بعيداً عن هذا الحاسوب، واحفظ نسخة في مكان آمن.</translation>
    </message>
    <message>
        <source>“%1” is set up as the head office. Its certification key is saved: put that stick away, apart from this laptop.</source>
        <translation>أُعدّ «⁨%1⁩» بصفته المكتب الرئيسي. حُفظ مفتاح الاعتماد الخاص به: ضع ذاكرة USB تلك جانباً، بعيداً عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Choose the office in the list first.</source>
        <translation>اختر المكتب من القائمة أولاً.</translation>
    </message>
    <message>
        <source>Renew a certificate</source>
        <translation>تجديد شهادة</translation>
    </message>
    <message>
        <source>Renew “%1”</source>
        <translation>تجديد شهادة «⁨%1⁩»</translation>
    </message>
    <message>
        <source>Renewing “%1”…</source>
        <translation>جارٍ تجديد شهادة «⁨%1⁩»…</translation>
    </message>
    <message>
        <source>The certificate was not renewed.</source>
        <translation>لم تُجدَّد الشهادة.</translation>
    </message>
    <message>
        <source>Certificate renewed</source>
        <translation>جُدّدت الشهادة</translation>
    </message>
    <message>
        <source>“%1” has a new certificate, valid until %2. It reaches the office with the next bundle from the head office.</source>
        <translation>لدى «⁨%1⁩» شهادة جديدة صالحة حتى ⁨%2⁩. تصل إلى المكتب مع الحزمة التالية من المكتب الرئيسي.</translation>
    </message>
    <message>
        <source>New key for this computer</source>
        <translation>مفتاح جديد لهذا الحاسوب</translation>
    </message>
    <message>
        <source>This computer gets a new key, certified with the certification key; the old key is retired. What it signed up to now stays valid; anything it signs later is refused by every office that has had a bundle from this computer. Do this on a new laptop after the old one was lost or stolen (restore the last backup first), or to change keys. Then send every office a bundle.

Continue?</source>
        <translation>يحصل هذا الحاسوب على مفتاح جديد يعتمده مفتاح الاعتماد، ويُستبدل المفتاح القديم: يبقى ما وقّعه حتى الآن صالحاً، وكل ما يوقّعه بعد ذلك ترفضه كل المكاتب التي وصلتها حزمة من هذا الحاسوب. افعل ذلك على حاسوب جديد بعد فقدان القديم أو سرقته (استعد آخر نسخة احتياطية أولاً)، أو لتغيير المفاتيح. ثم أرسل حزمة إلى كل مكتب.

هل تتابع؟</translation>
    </message>
    <message>
        <source>Certifying a new key…</source>
        <translation>جارٍ اعتماد مفتاح جديد…</translation>
    </message>
    <message>
        <source>This computer&apos;s key was not changed.</source>
        <translation>لم يتغيّر مفتاح هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This computer now signs with a new key (fingerprint %1); the old one is retired. Use the new passphrase from now on, and send every office a bundle now.</source>
        <translation>يوقّع هذا الحاسوب الآن بمفتاح جديد (البصمة ⁨%1⁩)، واستُبدل المفتاح القديم. استعمل عبارة المرور الجديدة من الآن، وأرسل حزمة إلى كل مكتب الآن.</translation>
    </message>
    <message>
        <source>Renew certificate…</source>
        <translation>تجديد الشهادة…</translation>
    </message>
    <message>
        <source>New key for this computer…</source>
        <translation>مفتاح جديد لهذا الحاسوب…</translation>
    </message>
    <message>
        <source>A head office is created with its certification key file and that key&apos;s own passphrase; nothing was created. Type the office passphrase again to start over.</source>
        <translation>يُنشأ المكتب الرئيسي مع ملف مفتاح الاعتماد وعبارة المرور الخاصة بذلك المفتاح؛ لم يُنشأ أي شيء. اكتب عبارة مرور المكتب من جديد للبدء مرة أخرى.</translation>
    </message>
    <message>
        <source>This head office was set up before certification keys: its own key is the network&apos;s root, so its passphrase signs, renews and revokes. Moving it to a certification key is not possible yet: every field office would have to enrol again with a new head office. If this laptop is lost, that is also the way back.</source>
        <translation>أُعدّ هذا المكتب الرئيسي قبل وجود مفاتيح الاعتماد: مفتاحه هو جذر الشبكة، فعبارة مروره هي التي توقّع الطلبات وتجدّد الشهادات وتسحب الاعتماد. لا يمكن نقله إلى مفتاح اعتماد بعد: سيتعيّن على كل مكتب ميداني أن يسجّل من جديد لدى مكتب رئيسي جديد. وإن فُقد هذا الحاسوب فهذا أيضاً هو طريق العودة.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::OfficeListModel</name>
    <message>
        <source>Revoked</source>
        <translation>مسحوب الاعتماد</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>المكتب الرئيسي</translation>
    </message>
    <message>
        <source>Field office</source>
        <translation>مكتب ميداني</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>البصمة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Last bundle sent</source>
        <translation>آخر حزمة مُرسَلة</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>آخر حزمة مُستلَمة</translation>
    </message>
    <message>
        <source>Changes it confirmed</source>
        <translation>التغييرات التي أكّدها</translation>
    </message>
    <message>
        <source>Changes not yet confirmed</source>
        <translation>التغييرات غير المؤكَّدة بعد</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::OfficeSetupForm</name>
    <message>
        <source>Give this office a name (for example “Aleppo field office”).</source>
        <translation>أعطِ هذا المكتب اسماً (مثلاً «المكتب الميداني في حلب»).</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>عبارتا المرور غير متطابقتين. اكتبهما مرة أخرى.</translation>
    </message>
    <message>
        <source>This installation is not an office yet. Create it here to exchange bundles: the head office once, every field office on its own laptop.</source>
        <translation>هذا التثبيت ليس مكتباً بعد. أنشئه هنا لتبادل الحزم: المكتب الرئيسي مرة واحدة، وكل مكتب ميداني على حاسوبه المحمول.</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <source>This installation is the head office</source>
        <translation>هذا التثبيت هو المكتب الرئيسي</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>Create this office</source>
        <translation>إنشاء هذا المكتب</translation>
    </message>
    <message>
        <source>At least %1 characters, not a common password: a few unrelated words are best. It protects this office&apos;s keys and is asked for every bundle. Nobody can recover it: keep it safe.</source>
        <translation>⁨%1⁩ محرفاً على الأقل، وليست كلمة مرور شائعة: الأفضل بضع كلمات لا رابط بينها. تحمي مفاتيح هذا المكتب وتُطلب لكل حزمة. لا يمكن لأحد استعادتها: احفظها في مكان آمن.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::OrganisationEditor</name>
    <message>
        <source>New organisation</source>
        <translation>منظمة جديدة</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>تعديل المنظمة</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>Registration no. recorded before registrations were kept: %1. Add it as a registration with its authority and dates; the old number stays as it was.</source>
        <translation>رقم التسجيل المدوَّن قبل حفظ سجلات التسجيل: ⁨%1⁩. أضفه تسجيلاً مع جهته وتاريخيه؛ يبقى الرقم القديم كما هو.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::OrganisationModel</name>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غير نشطة</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>⁨%1⁩ (⁨%2⁩)</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>Overdue action points:</source>
        <translation>نقاط العمل المتأخرة:</translation>
    </message>
    <message>
        <source>Overdue action points</source>
        <translation>نقاط العمل المتأخرة</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::OrganisationsPage</name>
    <message>
        <source>Delete organisation</source>
        <translation>حذف المنظمة</translation>
    </message>
    <message>
        <source>Delete the organisation %1? You can undo this.</source>
        <translation>هل تريد حذف المنظمة ⁨%1⁩؟ يمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>The organisation could not be deleted.</source>
        <translation>تعذّر حذف المنظمة.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Overdue action points (%1)</source>
        <translation>نقاط العمل المتأخرة (⁨%1⁩)</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::PathField</name>
    <message>
        <source>Copy path</source>
        <translation>نسخ المسار</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::PeopleBreakdownGrid</name>
    <message>
        <source>%1 (from the breakdown)</source>
        <translation>⁨%1⁩ (من التوزيع)</translation>
    </message>
    <message>
        <source>People reached is %1, but the breakdown adds up to %2.</source>
        <translation>عدد المستفيدين ⁨%1⁩، لكن مجموع التوزيع ⁨%2⁩.</translation>
    </message>
    <message>
        <source>People targeted is %1, but the breakdown adds up to %2.</source>
        <translation>عدد المستهدفين ⁨%1⁩، لكن مجموع التوزيع ⁨%2⁩.</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>الفتيات</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>الفتيان</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <source>Elderly women</source>
        <translation>المسنّات</translation>
    </message>
    <message>
        <source>Elderly men</source>
        <translation>المسنّون</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>المستهدفون</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>المستفيدون</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::PivotCsv</name>
    <message>
        <source>code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>تعذّرت كتابة «⁨%1⁩»: ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::PlaceChip</name>
    <message>
        <source>Place: %1 ✕</source>
        <translation>الموقع: ⁨%1⁩ ✕</translation>
    </message>
    <message>
        <source>Only %1 is shown here, as chosen on the map. Click to show every place again.</source>
        <translation>لا يُعرض هنا إلا ⁨%1⁩، كما اختير على الخريطة. انقر لعرض كل المواقع مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::PlacePicker</name>
    <message>
        <source>Type a place name or P-code</source>
        <translation>اكتب اسم موقع أو رمزه المكاني</translation>
    </message>
    <message>
        <source>governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <source>district</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>sub-district</source>
        <translation>الناحية</translation>
    </message>
    <message>
        <source>community</source>
        <translation>التجمع</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>⁨%1⁩ (⁨%2⁩، ⁨%3⁩)</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ProjectEditor</name>
    <message>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>تعديل المشروع</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>العنوان بالإنجليزية</translation>
    </message>
    <message>
        <source>Title in Arabic</source>
        <translation>العنوان بالعربية</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>الجهة الرائدة</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ProjectModel</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>الجهة الرائدة</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>End</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ProjectsPage</name>
    <message>
        <source>Delete project</source>
        <translation>حذف المشروع</translation>
    </message>
    <message>
        <source>Delete the project %1? You can undo this.</source>
        <translation>هل تريد حذف المشروع ⁨%1⁩؟ يمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>The project could not be deleted.</source>
        <translation>تعذّر حذف المشروع.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::RecordEdits</name>
    <message>
        <source>Add organisation %1</source>
        <translation>إضافة المنظمة ⁨%1⁩</translation>
    </message>
    <message>
        <source>Edit organisation %1</source>
        <translation>تعديل المنظمة ⁨%1⁩</translation>
    </message>
    <message>
        <source>Add project %1</source>
        <translation>إضافة المشروع ⁨%1⁩</translation>
    </message>
    <message>
        <source>Edit project %1</source>
        <translation>تعديل المشروع ⁨%1⁩</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>إضافة نشاط</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>تعديل النشاط</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>إضافة احتياج</translation>
    </message>
    <message>
        <source>Edit need</source>
        <translation>تعديل الاحتياج</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>حذف المنظمة</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>حذف المشروع</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>حذف النشاط</translation>
    </message>
    <message>
        <source>Delete need</source>
        <translation>حذف الاحتياج</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::RecordListPage</name>
    <message>
        <source>Search (Arabic or English)</source>
        <translation>بحث (بالعربية أو الإنجليزية)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>عدد السجلات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 of %2 records shown</source>
        <translation>السجلات المعروضة: ⁨%1⁩ من ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::RegistrationFollowUp</name>
    <message>
        <source>Registrations to follow up: none. Every active partner has a current registration.</source>
        <translation>التسجيل الذي يحتاج متابعة: لا شيء. لكل شريك نشط تسجيل سارٍ.</translation>
    </message>
    <message>
        <source>Registrations to follow up (expired, expiring within 60 days, or missing): %1</source>
        <translation>التسجيل الذي يحتاج متابعة (منتهٍ أو ينتهي خلال ٦٠ يوماً أو غير موجود): ⁨%1⁩</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>What to follow up</source>
        <translation>ما يحتاج متابعة</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::RegistrationRows</name>
    <message>
        <source>Authority</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Which directorate or authority</source>
        <translation>المديرية أو الجهة</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>No registration recorded. Partners must be registered with the Ministry of Social Affairs and Labour or one of its directorates.</source>
        <translation>لا تسجيل مدوَّن. يجب أن يكون الشركاء مسجَّلين لدى وزارة الشؤون الاجتماعية والعمل أو إحدى مديرياتها.</translation>
    </message>
    <message>
        <source>Add registration</source>
        <translation>إضافة تسجيل</translation>
    </message>
    <message>
        <source>Remove this registration</source>
        <translation>حذف هذا التسجيل</translation>
    </message>
    <message>
        <source>Date of registration (or of the application, when pending)</source>
        <translation>تاريخ التسجيل (أو تاريخ الطلب إن كان قيد الدراسة)</translation>
    </message>
    <message>
        <source>Leave empty when the registration does not expire</source>
        <translation>اتركه فارغاً إن كان التسجيل لا ينتهي</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>استعادة…</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>من ملف…</translation>
    </message>
    <message>
        <source>There is no backup of this database in %1 yet. Choose “From a file…” to restore one from a USB stick.</source>
        <translation>لا توجد بعد نسخة احتياطية لقاعدة البيانات هذه في ⁨%1⁩. اختر «من ملف…» لاستعادة نسخة من ذاكرة محمولة.</translation>
    </message>
    <message>
        <source>Backups of this database, newest first (kept in %1). Restoring backs the database up as it is now, then replaces it.</source>
        <translation>النسخ الاحتياطية لقاعدة البيانات هذه، الأحدث أولاً (محفوظة في ⁨%1⁩). تنسخ الاستعادةُ قاعدةَ البيانات احتياطياً كما هي الآن، ثم تستبدلها.</translation>
    </message>
    <message>
        <source>Restore the backup made on %1 (%2)?

Records in it — organisations: %3, projects: %4, activities: %5, needs: %6.

The database as it is now is backed up first, then replaced. Changes made since that backup which were already sent to other offices come back with their next bundles.</source>
        <translation>هل تريد استعادة النسخة الاحتياطية المنشأة في ⁨%1⁩ (⁨%2⁩)؟

السجلات فيها — المنظمات: ⁨%3⁩، المشاريع: ⁨%4⁩، الأنشطة: ⁨%5⁩، الاحتياجات: ⁨%6⁩.

تُنسخ قاعدة البيانات الحالية احتياطياً أولاً، ثم تُستبدل. والتغييرات التي أُجريت بعد تلك النسخة وأُرسلت إلى مكاتب أخرى تعود مع حزمها التالية.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::SettingsPage</name>
    <message>
        <source>The office name cannot be empty.</source>
        <translation>لا يمكن أن يكون اسم المكتب فارغاً.</translation>
    </message>
    <message>
        <source>The office name could not be saved.</source>
        <translation>تعذّر حفظ اسم المكتب.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>As the language (Arabic-Indic in Arabic)</source>
        <translation>حسب اللغة (هندية في العربية)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>هندية (٠١٢٣)</translation>
    </message>
    <message>
        <source>Latin (0123)</source>
        <translation>عربية غربية (0123)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Tansiq %1 — coordination of humanitarian activities (4W), offline first.
Boundaries: OCHA/UNCS COD-AB via geoBoundaries, CC BY 3.0 IGO. Gazetteer: OpenSyria Data Geography, CC BY 4.0. Font: Noto Sans Arabic, SIL Open Font License.</source>
        <translation>تنسيق ⁨%1⁩ — تنسيق الأنشطة الإنسانية (من يفعل ماذا وأين، 4W)، يعمل دون اتصال أولاً.
الحدود: OCHA/UNCS COD-AB عبر geoBoundaries، بترخيص CC BY 3.0 IGO. الدليل الجغرافي: OpenSyria Data Geography، بترخيص CC BY 4.0. الخط: Noto Sans Arabic، بترخيص SIL Open Font License.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::StartPanel</name>
    <message>
        <source>This registry has no activities yet</source>
        <translation>لا توجد أنشطة في هذا السجل بعد</translation>
    </message>
    <message>
        <source>Start with the partners&apos; 4W tables, add activities one by one, or explore Tansiq with invented sample data.</source>
        <translation>ابدأ باستيراد جداول 4W من الشركاء، أو أضف الأنشطة واحداً تلو الآخر، أو استكشف تنسيق ببيانات تجريبية مختلَقة.</translation>
    </message>
    <message>
        <source>Import a 4W table…</source>
        <translation>استيراد جدول 4W…</translation>
    </message>
    <message>
        <source>Add an activity…</source>
        <translation>إضافة نشاط…</translation>
    </message>
    <message>
        <source>Open the sample data</source>
        <translation>فتح البيانات التجريبية</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::SyncMessages</name>
    <message>
        <source>The bundle for “%1” was written to %2 and read back correctly: %3 changes in %4 batches (%5 bytes).

It is safe to remove the stick.</source>
        <translation>كُتبت الحزمة الخاصة بـ«⁨%1⁩» إلى ⁨%2⁩ وقُرئت مجدداً بشكل صحيح (التغييرات: ⁨%3⁩، الدفعات: ⁨%4⁩، الحجم: ⁨%5⁩ بايت).

يمكن نزع الذاكرة بأمان.</translation>
    </message>
    <message>
        <source>This bundle from “%1” was already imported before. Nothing changed.</source>
        <translation>سبق استيراد هذه الحزمة من «⁨%1⁩». لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>Bundle from “%1” imported.</source>
        <translation>تم استيراد الحزمة من «⁨%1⁩».</translation>
    </message>
    <message>
        <source>Changes applied: %1</source>
        <translation>التغييرات المطبَّقة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Already had: %1</source>
        <translation>موجودة مسبقاً: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Conflicts to review: %1</source>
        <translation>تعارضات للمراجعة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Waiting for earlier bundles: %1</source>
        <translation>بانتظار حزم سابقة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Two offices changed the same field. Every office shows the same value; review the conflicts on this page and keep the right one.</source>
        <translation>غيّر مكتبان الحقل نفسه. تعرض كل المكاتب القيمة نفسها؛ راجع التعارضات في هذه الصفحة واحتفظ بالقيمة الصحيحة.</translation>
    </message>
    <message>
        <source>Some changes depend on a bundle that has not arrived yet. They will be applied when it is imported.</source>
        <translation>تعتمد بعض التغييرات على حزمة لم تصل بعد. ستُطبَّق عند استيرادها.</translation>
    </message>
    <message>
        <source>%1 batches were held back: their clock is more than 48 hours ahead of this computer&apos;s. Ask the sender to check the computer&apos;s date and time.</source>
        <translation>الدفعات المحجوزة: ⁨%1⁩، لأن ساعتها متقدمة بأكثر من 48 ساعة على ساعة هذا الحاسوب. اطلب من المُرسِل التحقق من تاريخ حاسوبه ووقته.</translation>
    </message>
    <message>
        <source>Warning: %1 batches contradict changes received earlier from the same database (a copied or restored database). They were set aside.</source>
        <translation>تحذير: دفعات تتعارض مع تغييرات استُلمت سابقاً من قاعدة البيانات نفسها (قاعدة بيانات منسوخة أو مستعادة)، عددها ⁨%1⁩. وُضعت جانباً.</translation>
    </message>
    <message>
        <source>%1 changes are for data this version of Tansiq does not know; they are kept and will apply after an update.</source>
        <translation>تغييرات تخص بيانات لا يعرفها هذا الإصدار من تنسيق، عددها ⁨%1⁩؛ وهي محفوظة وستُطبَّق بعد التحديث.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبداً</translation>
    </message>
    <message>
        <source>Bundles imported: %1</source>
        <translation>الحزم المستورَدة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Already imported before: %1</source>
        <translation>مستورَدة من قبل: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>المرفوضة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Not imported (cancelled): %1</source>
        <translation>لم تُستورَد (أُلغيت العملية): ⁨%1⁩</translation>
    </message>
    <message>
        <source>A safety backup of the database was kept before the first change; restoring it undoes this whole import.</source>
        <translation>حُفظت نسخة احتياطية من قاعدة البيانات قبل أول تغيير؛ استعادتها تتراجع عن عملية الاستيراد هذه كلها.</translation>
    </message>
    <message>
        <source>%1: imported, from “%2”. Changes applied: %3; already had: %4; conflicts to review: %5; waiting for earlier bundles: %6.</source>
        <translation>الملف ⁨%1⁩: تم استيراده، من «⁨%2⁩». التغييرات المطبَّقة: ⁨%3⁩؛ موجودة مسبقاً: ⁨%4⁩؛ تعارضات للمراجعة: ⁨%5⁩؛ بانتظار حزم سابقة: ⁨%6⁩.</translation>
    </message>
    <message>
        <source>%1: this bundle from “%2” was already imported before; nothing changed.</source>
        <translation>الملف ⁨%1⁩: سبق استيراد هذه الحزمة من «⁨%2⁩»؛ لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>%1: refused, nothing was changed by it. %2</source>
        <translation>الملف ⁨%1⁩: رُفض، ولم يغيّر أي شيء. ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: not imported, the import was cancelled before it.</source>
        <translation>الملف ⁨%1⁩: لم يُستورَد، أُلغيت العملية قبل الوصول إليه.</translation>
    </message>
    <message>
        <source>The bundles are imported, but tidying the change log afterwards failed; the next import does it. %1</source>
        <translation>تم استيراد الحزم، لكن ترتيب سجل التغييرات بعدها تعذّر؛ ستقوم به عملية الاستيراد التالية. ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::SyncPage</name>
    <message>
        <source>%1 (head office)</source>
        <translation>⁨%1⁩ (المكتب الرئيسي)</translation>
    </message>
    <message>
        <source>This installation is not set up as an office yet. To exchange bundles with other offices, create this office (or enrol it with the head office) in Settings → Office and keys.</source>
        <translation>لم يُعَدّ هذا التثبيت بصفته مكتباً بعد. لتبادل الحزم مع المكاتب الأخرى، أنشئ هذا المكتب (أو سجّله لدى المكتب الرئيسي) من الإعدادات ← المكتب والمفاتيح.</translation>
    </message>
    <message>
        <source>This office: %1 — head office</source>
        <translation>هذا المكتب: ⁨%1⁩ — المكتب الرئيسي</translation>
    </message>
    <message>
        <source>This office: %1 — field office</source>
        <translation>هذا المكتب: ⁨%1⁩ — مكتب ميداني</translation>
    </message>
    <message>
        <source>Not yet enrolled with the head office: make an enrolment request in Settings → Office and keys and give it to the head office.</source>
        <translation>غير مسجَّل بعد لدى المكتب الرئيسي: أنشئ طلب تسجيل من الإعدادات ← المكتب والمفاتيح وسلّمه إلى المكتب الرئيسي.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>البصمة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Changes known here: %1</source>
        <translation>التغييرات المعروفة هنا: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Waiting for earlier bundles: %1</source>
        <translation>بانتظار حزم سابقة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Held back (sender&apos;s clock ahead): %1</source>
        <translation>محجوزة (ساعة المُرسِل متقدمة): ⁨%1⁩</translation>
    </message>
    <message>
        <source>Set aside (copied or restored database): %1</source>
        <translation>موضوعة جانباً (قاعدة بيانات منسوخة أو مستعادة): ⁨%1⁩</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>تنبيه: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>تعارضات للمراجعة (⁨%1⁩)</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>لا توجد تعارضات للمراجعة.</translation>
    </message>
    <message>
        <source>Two offices changed the same field at the same time. Every office already shows the same value; choose the right one and press “Keep this value”. The decision travels with the next bundles.</source>
        <translation>غيّر مكتبان الحقل نفسه في الوقت نفسه. تعرض كل المكاتب القيمة نفسها مسبقاً؛ اختر القيمة الصحيحة واضغط «الاحتفاظ بهذه القيمة». ينتقل القرار مع الحزم التالية.</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>الاحتفاظ بهذه القيمة</translation>
    </message>
    <message>
        <source>Keep the value shown now</source>
        <translation>الاحتفاظ بالقيمة المعروضة حالياً</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>There is no other office to send a bundle to yet. Set up this office and enrol it with the head office in Settings → Office and keys.</source>
        <translation>لا يوجد بعد مكتب آخر لإرسال حزمة إليه. أعِدّ هذا المكتب وسجّله لدى المكتب الرئيسي من الإعدادات ← المكتب والمفاتيح.</translation>
    </message>
    <message>
        <source>Which office is the bundle for?</source>
        <translation>لأي مكتب هذه الحزمة؟</translation>
    </message>
    <message>
        <source>Export bundle for “%1”</source>
        <translation>تصدير حزمة لـ«⁨%1⁩»</translation>
    </message>
    <message>
        <source>Tansiq bundles (*.tqb)</source>
        <translation>حزم تنسيق (*.tqb)</translation>
    </message>
    <message>
        <source>This office&apos;s passphrase:</source>
        <translation>عبارة مرور هذا المكتب:</translation>
    </message>
    <message>
        <source>Exporting a bundle for “%1”…</source>
        <translation>جارٍ تصدير حزمة لـ«⁨%1⁩»…</translation>
    </message>
    <message>
        <source>The bundle was not exported.</source>
        <translation>لم تُصدَّر الحزمة.</translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>تم تصدير الحزمة</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <source>Importing a bundle…</source>
        <translation>جارٍ استيراد حزمة…</translation>
    </message>
    <message>
        <source>The bundle was not imported. Nothing was changed.</source>
        <translation>لم تُستورَد الحزمة. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>تم استيراد الحزمة</translation>
    </message>
    <message>
        <source>The conflict could not be resolved.</source>
        <translation>تعذّر حل التعارض.</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>هذا المكتب</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>فتح الإعدادات</translation>
    </message>
    <message>
        <source>Other offices</source>
        <translation>المكاتب الأخرى</translation>
    </message>
    <message>
        <source>Export bundle for…</source>
        <translation>تصدير حزمة لـ…</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>استيراد حزمة…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>استيراد حزم</translation>
    </message>
    <message>
        <source>Tansiq bundles (*.tqb *.tansiq);;All files (*)</source>
        <translation>حزم تنسيق (*.tqb *.tansiq);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>There is no Tansiq bundle (.tqb) in what was chosen.</source>
        <translation>لا توجد أي حزمة تنسيق (.tqb) فيما اخترته.</translation>
    </message>
    <message>
        <source>Importing %1 bundles…</source>
        <translation>جارٍ استيراد الحزم (⁨%1⁩)…</translation>
    </message>
    <message>
        <source>The bundles were not imported. Nothing was changed.</source>
        <translation>لم تُستورَد الحزم. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>Bundles imported</source>
        <translation>تم استيراد الحزم</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::SyncProgressPanel</name>
    <message>
        <source>Cancelling… the operation stops at its next safe point.</source>
        <translation>جارٍ الإلغاء… تتوقف العملية عند أول نقطة آمنة تالية.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::ValueChoicesPanel</name>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>نوع النشاط</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>طريقة تقديم المساعدة</translation>
    </message>
    <message>
        <source>Population group</source>
        <translation>الفئة السكانية</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>create it</source>
        <translation>إنشاؤها</translation>
    </message>
    <message>
        <source>leave these rows out</source>
        <translation>استبعاد صفوفها</translation>
    </message>
    <message>
        <source>— to choose —</source>
        <translation>— بانتظار الاختيار —</translation>
    </message>
    <message>
        <source>What</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Written in the file</source>
        <translation>المكتوب في الملف</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>اختيارك</translation>
    </message>
    <message>
        <source>Values that matched nothing in the registry</source>
        <translation>قيم لا تقابلها أي قيمة في السجل</translation>
    </message>
    <message>
        <source>For each value, take a suggestion, pick any known value, create it, or leave its rows out; then choose “Check again”. Your choices are remembered for this partner, so its next files match by themselves.</source>
        <translation>لكل قيمة: اعتمد اقتراحاً، أو اختر أي قيمة معروفة، أو أنشئها، أو استبعد صفوفها؛ ثم اختر «إعادة التحقق». تُحفظ اختياراتك لهذا الشريك، فتُطابَق ملفاته القادمة تلقائياً.</translation>
    </message>
    <message>
        <source>Suggestion:</source>
        <translation>الاقتراح:</translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation>اعتماد الاقتراح</translation>
    </message>
    <message>
        <source>Create it</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Leave these rows out</source>
        <translation>استبعاد الصفوف</translation>
    </message>
    <message>
        <source>Or pick any known value:</source>
        <translation>أو اختر قيمة معروفة:</translation>
    </message>
    <message>
        <source>Type to filter (Arabic or Latin)</source>
        <translation>اكتب للتصفية (بالعربية أو باللاتينية)</translation>
    </message>
    <message>
        <source>Use picked value</source>
        <translation>اعتماد القيمة المختارة</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::WorkingGroupEditor</name>
    <message>
        <source>New working group</source>
        <translation>مجموعة عمل جديدة</translation>
    </message>
    <message>
        <source>Edit working group</source>
        <translation>تعديل مجموعة العمل</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Sector (empty: cross-sector)</source>
        <translation>القطاع (فارغ: متعددة القطاعات)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>النطاق الجغرافي</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>تجتمع</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>الجهة الرائدة</translation>
    </message>
    <message>
        <source>Co-lead organisation</source>
        <translation>الجهة الرائدة المشاركة</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::WorkingGroupsPage</name>
    <message>
        <source>Cross-sector</source>
        <translation>متعددة القطاعات</translation>
    </message>
    <message>
        <source>Working groups with overdue action points: %1. Select one to see them.</source>
        <translation>عدد مجموعات العمل ذات نقاط العمل المتأخرة: ⁨%1⁩. اختر مجموعة لعرضها.</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>⁨%1⁩ — ⁨%2⁩، تستحق في ⁨%3⁩</translation>
    </message>
    <message>
        <source>Overdue action points of this group:</source>
        <translation>نقاط العمل المتأخرة لهذه المجموعة:</translation>
    </message>
    <message>
        <source>Delete working group</source>
        <translation>حذف مجموعة العمل</translation>
    </message>
    <message>
        <source>Delete this working group? Its meetings are kept.</source>
        <translation>هل تريد حذف مجموعة العمل هذه؟ تبقى اجتماعاتها محفوظة.</translation>
    </message>
    <message>
        <source>The working group could not be deleted.</source>
        <translation>تعذّر حذف مجموعة العمل.</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>مجموعة العمل</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>النطاق الجغرافي</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>وتيرة الاجتماعات</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>الجهة الرائدة</translation>
    </message>
    <message>
        <source>Co-lead</source>
        <translation>الجهة الرائدة المشاركة</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Overdue action points</source>
        <translation>نقاط العمل المتأخرة</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>مجموعات العمل</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::bundles</name>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>أُلغيت العملية: لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>This office is not in the roster.</source>
        <translation>هذا المكتب غير موجود في سجل المكاتب.</translation>
    </message>
    <message>
        <source>Unlocking this office&apos;s keys…</source>
        <translation>جارٍ فتح مفاتيح هذا المكتب…</translation>
    </message>
    <message>
        <source>Collecting the changes “%1” does not have…</source>
        <translation>جارٍ جمع التغييرات غير الموجودة لدى «⁨%1⁩»…</translation>
    </message>
    <message>
        <source>Writing the bundle to %1…</source>
        <translation>جارٍ كتابة الحزمة إلى ⁨%1⁩…</translation>
    </message>
    <message>
        <source>Reading the bundle back to check it…</source>
        <translation>جارٍ قراءة الحزمة مجدداً للتحقق منها…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة ⁨%1⁩…</translation>
    </message>
    <message>
        <source>Checking and applying the changes…</source>
        <translation>جارٍ التحقق من التغييرات وتطبيقها…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Bundle %1 of %2: checking and applying %3…</source>
        <translation>جارٍ التحقق من الحزمة ⁨%1⁩ من ⁨%2⁩ (⁨%3⁩) وتطبيقها…</translation>
    </message>
    <message>
        <source>Finishing the import…</source>
        <translation>جارٍ إنهاء الاستيراد…</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::certification</name>
    <message>
        <source>Certification keys (*.key);;All files (*)</source>
        <translation>مفاتيح الاعتماد (*.key);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Nothing was changed.</source>
        <translation>عبارتا المرور غير متطابقتين. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>The head office&apos;s passphrase:</source>
        <translation>عبارة مرور المكتب الرئيسي:</translation>
    </message>
    <message>
        <source>%1 — the certification key file (on its own stick)</source>
        <translation>⁨%1⁩ — ملف مفتاح الاعتماد (على ذاكرة USB الخاصة به)</translation>
    </message>
    <message>
        <source>This certification key cannot be used.</source>
        <translation>لا يمكن استعمال مفتاح الاعتماد هذا.</translation>
    </message>
    <message>
        <source>The certification key&apos;s passphrase (not the office passphrase):</source>
        <translation>عبارة مرور مفتاح الاعتماد (وليست عبارة مرور المكتب):</translation>
    </message>
    <message>
        <source>Save the certification key</source>
        <translation>حفظ مفتاح الاعتماد</translation>
    </message>
    <message>
        <source>A passphrase for the certification key, its own (at least %1 characters):</source>
        <translation>عبارة مرور خاصة بمفتاح الاعتماد (⁨%1⁩ محرفاً على الأقل):</translation>
    </message>
    <message>
        <source>The certification key&apos;s passphrase again:</source>
        <translation>عبارة مرور مفتاح الاعتماد مرة أخرى:</translation>
    </message>
    <message>
        <source>The certification key was not created.</source>
        <translation>لم يُنشأ مفتاح الاعتماد.</translation>
    </message>
    <message>
        <source>A new passphrase for this office&apos;s keys (at least %1 characters; whoever has the old laptop may know the old one):</source>
        <translation>عبارة مرور جديدة لمفاتيح هذا المكتب (⁨%1⁩ محرفاً على الأقل؛ فمن يحوز الحاسوب القديم قد يعرف العبارة القديمة):</translation>
    </message>
    <message>
        <source>The new passphrase again:</source>
        <translation>عبارة المرور الجديدة مرة أخرى:</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::offices</name>
    <message>
        <source>office name</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <source>Give the office a name.</source>
        <translation>أعطِ المكتب اسماً.</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>The request&apos;s fingerprint is %1, not the %2 you confirmed: the file changed. Nothing was signed.</source>
        <translation>بصمة الطلب هي ⁨%1⁩، وليست ⁨%2⁩ التي أكّدتها: لقد تغيّر الملف. لم يُوقَّع أي شيء.</translation>
    </message>
    <message>
        <source>certification key passphrase</source>
        <translation>عبارة مرور مفتاح الاعتماد</translation>
    </message>
    <message>
        <source>The certification key needs a passphrase of its own, not the office&apos;s: whoever learns the office passphrase must not be able to open the key.</source>
        <translation>يحتاج مفتاح الاعتماد إلى عبارة مرور خاصة به، لا عبارة مرور المكتب: من يعرف عبارة مرور المكتب يجب ألّا يستطيع فتح المفتاح.</translation>
    </message>
    <message>
        <source>certification key</source>
        <translation>مفتاح الاعتماد</translation>
    </message>
    <message>
        <source>This head office has no certification key: it was set up before certification keys, and its own key is the network&apos;s root. Nothing was changed.</source>
        <translation>ليس لهذا المكتب الرئيسي مفتاح اعتماد: أُعدّ قبل وجود مفاتيح الاعتماد، ومفتاحه هو جذر الشبكة. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>“%1” is the certification key “%2” (fingerprint %3), not this network&apos;s (fingerprint %4). Nothing was changed.</source>
        <translation>«⁨%1⁩» هو مفتاح الاعتماد «⁨%2⁩» (البصمة ⁨%3⁩)، وليس مفتاح هذه الشبكة (البصمة ⁨%4⁩). لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>Choose where to save the certification key file.</source>
        <translation>اختر مكان حفظ ملف مفتاح الاعتماد.</translation>
    </message>
    <message>
        <source>There is already a file at %1; a certification key is never written over another file. Choose another name. Nothing was changed.</source>
        <translation>يوجد ملف في ⁨%1⁩ مسبقاً؛ لا يُكتب مفتاح اعتماد فوق ملف آخر أبداً. اختر اسماً آخر. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>This installation is already set up as an office.</source>
        <translation>هذا التثبيت مُعدّ بصفته مكتباً مسبقاً.</translation>
    </message>
    <message>
        <source>The certification key could not be protected (not enough memory for the passphrase hash). Nothing was written.</source>
        <translation>تعذّرت حماية مفتاح الاعتماد (لا تكفي الذاكرة لحساب تجزئة عبارة المرور). لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>A new key for this computer is certified with the certification key file.</source>
        <translation>يُعتمد المفتاح الجديد لهذا الحاسوب بملف مفتاح الاعتماد.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::setup</name>
    <message>
        <source>file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>There is already a file at “%1”: choose another name, or open it with File → Open.</source>
        <translation>يوجد ملف في «⁨%1⁩» مسبقاً: اختر اسماً آخر، أو افتحه من ملف ← فتح.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::setup::CertificationKeyStep</name>
    <message>
        <source>Choose where to save the certification key, for example on a USB stick that you keep apart from this laptop.</source>
        <translation>اختر مكان حفظ مفتاح الاعتماد، على ذاكرة USB تحفظها بعيداً عن هذا الحاسوب مثلاً.</translation>
    </message>
    <message>
        <source>There is already a file at “%1”: a certification key is never written over another file. Choose another name.</source>
        <translation>يوجد ملف في «⁨%1⁩» مسبقاً: لا يُكتب مفتاح اعتماد فوق ملف آخر أبداً. اختر اسماً آخر.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the second one again.</source>
        <translation>عبارتا المرور غير متطابقتين. اكتب الثانية من جديد.</translation>
    </message>
    <message>
        <source>The head office&apos;s certification key</source>
        <translation>مفتاح الاعتماد الخاص بالمكتب الرئيسي</translation>
    </message>
    <message>
        <source>Every field office trusts this key: it certifies the offices and the list of revoked ones. It is saved in a file of its own, with a passphrase of its own. Save it on a USB stick that you keep apart from this laptop, and keep a copy in a safe place. If the laptop is lost or stolen, this key gives the head office a new one without enrolling every office again.</source>
        <translation>تثق كل المكاتب الميدانية بهذا المفتاح: به تُعتمد المكاتب وقائمة سحب الاعتماد. يُحفظ في ملف خاص به، بعبارة مرور خاصة به. احفظه على ذاكرة USB تبقيها بعيداً عن هذا الحاسوب، واحفظ نسخة في مكان آمن. إن فُقد الحاسوب أو سُرق، أعطى هذا المفتاحُ المكتبَ الرئيسي مفتاحاً جديداً دون إعادة تسجيل كل المكاتب.</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>ملف المفتاح</translation>
    </message>
    <message>
        <source>Not chosen yet.</source>
        <translation>لم يُختر بعد.</translation>
    </message>
    <message>
        <source>Choose where to save it…</source>
        <translation>اختر مكان الحفظ…</translation>
    </message>
    <message>
        <source>Choose another place…</source>
        <translation>اختر مكاناً آخر…</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>عبارة مرور المفتاح</translation>
    </message>
    <message>
        <source>Key passphrase again</source>
        <translation>عبارة مرور المفتاح مرة أخرى</translation>
    </message>
    <message>
        <source>At least %1 characters, not a common password, and not the office passphrase. It is asked only to enrol, renew or revoke an office, or to give the head office a new key. Keep it apart from the stick.</source>
        <translation>⁨%1⁩ محرفاً على الأقل، ليست كلمة مرور شائعة، وليست عبارة مرور المكتب. لا تُطلب إلا لتسجيل مكتب أو تجديد شهادته أو سحب اعتماده، أو لإعطاء المكتب الرئيسي مفتاحاً جديداً. احفظها بعيداً عن ذاكرة USB.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::setup::ChoiceStep</name>
    <message>
        <source>How do you want to start?</source>
        <translation>كيف تريد أن تبدأ؟</translation>
    </message>
    <message>
        <source>Your office&apos;s registry holds only what your office enters or receives from other offices. Sample data lives in a file of its own.</source>
        <translation>لا يحوي سجلّ مكتبكم إلا ما يُدخله المكتب أو يتلقّاه من المكاتب الأخرى. أما البيانات التجريبية فتُحفظ في ملف مستقل.</translation>
    </message>
    <message>
        <source>Set up this office&apos;s registry</source>
        <translation>إعداد سجلّ هذا المكتب</translation>
    </message>
    <message>
        <source>Starts with the places of Syria (governorates to communities, with their P-codes) and the sector and activity lists, and no organisations, projects or activities yet. For a head office or a field office.</source>
        <translation>يبدأ بمواقع سوريا (من المحافظات إلى التجمعات السكانية، مع رموزها المكانية) وقوائم القطاعات وأنواع الأنشطة، دون أي جهات أو مشاريع أو أنشطة بعد. لمكتب رئيسي أو مكتب ميداني.</translation>
    </message>
    <message>
        <source>Explore with sample data</source>
        <translation>الاستكشاف ببيانات تجريبية</translation>
    </message>
    <message>
        <source>A separate file with invented partners, projects and activities, to try every page. It is never your registry, and nothing from it can be sent to other offices.</source>
        <translation>ملف مستقل فيه شركاء ومشاريع وأنشطة مختلَقة لتجربة كل الصفحات. لا يكون أبداً سجلّ مكتبكم، ولا يمكن إرسال أي شيء منه إلى المكاتب الأخرى.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::setup::LanguageStep</name>
    <message>
        <source>Welcome to Tansiq</source>
        <translation>مرحباً بكم في تنسيق</translation>
    </message>
    <message>
        <source>Tansiq keeps your coordination office&apos;s 4W registry: who does what, where and when. It works without the internet; offices exchange their changes on USB sticks.</source>
        <translation>يحفظ تنسيق سجلّ 4W لمكتب التنسيق: من يفعل ماذا، وأين، ومتى. يعمل دون اتصال بالإنترنت، وتتبادل المكاتب تغييراتها عبر وحدات تخزين USB.</translation>
    </message>
    <message>
        <source>In which language do you want to work? You can change it later in Settings.</source>
        <translation>بأي لغة تريد العمل؟ يمكنك تغييرها لاحقاً من الإعدادات.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::setup::OfficeStep</name>
    <message>
        <source>Give the office&apos;s name in Arabic (for example «مكتب حلب الميداني»).</source>
        <translation>أدخل اسم المكتب بالعربية (مثلاً «مكتب حلب الميداني»).</translation>
    </message>
    <message>
        <source>The passphrase is too short: it has %1 characters and needs at least %2. A few words that belong together are easy to remember and hard to guess.</source>
        <translation>عبارة المرور قصيرة: عدد محارفها ⁨%1⁩ والحد الأدنى ⁨%2⁩. بضع كلمات مترابطة يسهل تذكّرها ويصعب تخمينها.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the second one again.</source>
        <translation>عبارتا المرور غير متطابقتين. اكتب الثانية من جديد.</translation>
    </message>
    <message>
        <source>This office&apos;s registry</source>
        <translation>سجلّ هذا المكتب</translation>
    </message>
    <message>
        <source>The registry will be saved as “%1”.</source>
        <translation>سيُحفظ السجلّ في «⁨%1⁩».</translation>
    </message>
    <message>
        <source>Office name (Arabic)</source>
        <translation>اسم المكتب (بالعربية)</translation>
    </message>
    <message>
        <source>for example: مكتب دير الزور الميداني</source>
        <translation>مثلاً: مكتب دير الزور الميداني</translation>
    </message>
    <message>
        <source>Office name (English, optional)</source>
        <translation>اسم المكتب (بالإنجليزية، اختياري)</translation>
    </message>
    <message>
        <source>for example: Deir-ez-Zor field office</source>
        <translation>مثلاً: ⁨Deir-ez-Zor field office⁩</translation>
    </message>
    <message>
        <source>This office is</source>
        <translation>هذا المكتب</translation>
    </message>
    <message>
        <source>a field office</source>
        <translation>مكتب ميداني</translation>
    </message>
    <message>
        <source>It is enrolled by the head office: after this step you save an enrolment request, for example on a USB stick, and read its fingerprint to the head office by phone.</source>
        <translation>يسجّله المكتب الرئيسي: بعد هذه الخطوة تحفظ طلب التسجيل، على وحدة USB مثلاً، وتقرأ بصمته على المكتب الرئيسي عبر الهاتف.</translation>
    </message>
    <message>
        <source>the head office</source>
        <translation>المكتب الرئيسي</translation>
    </message>
    <message>
        <source>There is one head office: it enrols the field offices and signs their certificates.</source>
        <translation>للشبكة مكتب رئيسي واحد: يسجّل المكاتب الميدانية ويوقّع شهاداتها.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>At least %1 characters. It protects this office&apos;s keys and is asked for every bundle. Nobody can recover it: keep it somewhere safe.</source>
        <translation>لا تقل عن ⁨%1⁩ محرفاً. تحمي مفاتيح هذا المكتب وتُطلب عند كل حزمة. لا يمكن لأحد استعادتها: احفظها في مكان آمن.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::setup::ReadyStep</name>
    <message>
        <source>Save the enrolment request…</source>
        <translation>حفظ طلب التسجيل…</translation>
    </message>
    <message>
        <source>The registry of %1 is ready</source>
        <translation>سجلّ ⁨%1⁩ جاهز</translation>
    </message>
    <message>
        <source>It holds the places of Syria and the sector lists, and no records yet. Before this office can exchange bundles, the head office enrols it. This office&apos;s fingerprint, to read out to the head office by phone:</source>
        <translation>يحوي مواقع سوريا وقوائم القطاعات، دون أي سجلات بعد. قبل أن يتبادل هذا المكتب الحزم، يسجّله المكتب الرئيسي. بصمة هذا المكتب، لقراءتها على المكتب الرئيسي عبر الهاتف:</translation>
    </message>
    <message>
        <source>Save the enrolment request, for example on a USB stick, and take it to the head office. When its answer comes back, accept it in Settings → Office and keys. You can also save the request later there.</source>
        <translation>احفظ طلب التسجيل، على وحدة USB مثلاً، وأوصله إلى المكتب الرئيسي. حين يصل ردّه، اقبله من الإعدادات ← المكتب والمفاتيح. ويمكنك أيضاً حفظ الطلب لاحقاً من هناك.</translation>
    </message>
    <message>
        <source>The enrolment request was saved as “%1”.</source>
        <translation>حُفظ طلب التسجيل في «⁨%1⁩».</translation>
    </message>
    <message>
        <source>The sample data is ready</source>
        <translation>البيانات التجريبية جاهزة</translation>
    </message>
    <message numerus="yes">
        <source>%n invented activities with their partners, projects and needs, in “%1”.</source>
        <translation>
            <numerusform>لا أنشطة مختلَقة في «⁨%1⁩».</numerusform>
            <numerusform>نشاط مختلَق واحد مع شركائه ومشروعه واحتياجاته، في «⁨%1⁩».</numerusform>
            <numerusform>نشاطان مختلَقان مع شركائهما ومشاريعهما والاحتياجات، في «⁨%1⁩».</numerusform>
            <numerusform>⁨%n⁩ أنشطة مختلَقة مع شركائها ومشاريعها والاحتياجات، في «⁨%1⁩».</numerusform>
            <numerusform>⁨%n⁩ نشاطاً مختلَقاً مع شركائها ومشاريعها والاحتياجات، في «⁨%1⁩».</numerusform>
            <numerusform>⁨%n⁩ نشاط مختلَق مع شركائها ومشاريعها والاحتياجات، في «⁨%1⁩».</numerusform>
        </translation>
    </message>
    <message>
        <source>The window shows “Sample data” in its title and status bar. To set up your office&apos;s registry later, use File → New registry…</source>
        <translation>تعرض النافذة «بيانات تجريبية» في عنوانها وشريط الحالة. لإعداد سجلّ مكتبكم لاحقاً، استخدم ملف ← سجلّ جديد…</translation>
    </message>
    <message>
        <source>It holds the places of Syria and the sector lists, and no records yet. This is the head office. The fingerprint of its certification key, which the field offices confirm by phone when they enrol:</source>
        <translation>يحوي مواقع سوريا وقوائم القطاعات، دون أي سجلات بعد. هذا هو المكتب الرئيسي. بصمة مفتاح الاعتماد الخاص به، التي تتحقق منها المكاتب الميدانية هاتفياً عند التسجيل:</translation>
    </message>
    <message>
        <source>Field offices send you their enrolment requests: sign them in Settings → Office and keys, with the certification key file and its passphrase. Between times, keep that stick apart from this laptop.</source>
        <translation>ترسل إليك المكاتب الميدانية طلبات التسجيل: وقّعها من الإعدادات ← المكتب والمفاتيح، بملف مفتاح الاعتماد وعبارة مروره. وفي ما عدا ذلك، احفظ ذاكرة USB تلك بعيداً عن هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>tansiq::ui::setup::SetupAssistant</name>
    <message>
        <source>The sample data could not be made.</source>
        <translation>تعذّر إنشاء البيانات التجريبية.</translation>
    </message>
    <message>
        <source>%1 of %2 activities</source>
        <translation>⁨%1⁩ من ⁨%2⁩ نشاط</translation>
    </message>
    <message>
        <source>Save the enrolment request</source>
        <translation>حفظ طلب التسجيل</translation>
    </message>
    <message>
        <source>Enrolment requests (*.tqr)</source>
        <translation>طلبات التسجيل (*.tqr)</translation>
    </message>
    <message>
        <source>Saving the enrolment request…</source>
        <translation>جارٍ حفظ طلب التسجيل…</translation>
    </message>
    <message>
        <source>Welcome to Tansiq</source>
        <translation>مرحباً بكم في تنسيق</translation>
    </message>
    <message>
        <source>New registry</source>
        <translation>سجلّ جديد</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>بيانات تجريبية</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Create the registry</source>
        <translation>إنشاء السجلّ</translation>
    </message>
    <message>
        <source>Open the sample data</source>
        <translation>فتح البيانات التجريبية</translation>
    </message>
    <message>
        <source>Open the registry</source>
        <translation>فتح السجلّ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Creating the registry</source>
        <translation>إنشاء السجلّ</translation>
    </message>
    <message>
        <source>Importing the places of Syria and making this office&apos;s keys…</source>
        <translation>جارٍ استيراد مواقع سوريا وإنشاء مفاتيح هذا المكتب…</translation>
    </message>
    <message>
        <source>Making the sample data</source>
        <translation>إنشاء البيانات التجريبية</translation>
    </message>
    <message>
        <source>Inventing partners, projects and needs…</source>
        <translation>جارٍ إنشاء شركاء ومشاريع واحتياجات مختلَقة…</translation>
    </message>
    <message>
        <source>Save the certification key</source>
        <translation>حفظ مفتاح الاعتماد</translation>
    </message>
    <message>
        <source>Certification keys (*.key)</source>
        <translation>مفاتيح الاعتماد (*.key)</translation>
    </message>
</context>
</TS>
