#include "core/interop/ActionPointExporter.h"

#include "core/registry/Registry.h"
#include "core/registry/coordination/CoordinationNames.h"
#include "core/registry/coordination/CoordinationRegistry.h"
#include "core/registry/coordination/CoordinationTerms.h"

namespace tansiq::interop {

namespace {

struct Column {
    const char* en;
    const char* ar;
    const char* tag;
};

const Column kColumns[] = {
    { "Action point", "نقطة العمل", "#activity+action" },
    { "Responsible organisation", "الجهة المسؤولة", "#org+responsible+acronym" },
    { "Due date", "تاريخ الاستحقاق", "#date+due" },
    { "Status", "الحالة", "#status" },
    { "Overdue", "متأخرة", "#indicator+overdue" },
    { "Meeting", "الاجتماع", "#event+meeting" },
    { "Working group", "مجموعة العمل", "#group+working" },
    { "Sector", "القطاع", "#sector+name" },
    { "Place", "الموقع", "#loc+name" },
    { "Place P-code", "الرمز المكاني", "#loc+code" },
    { "Identifier", "المعرّف", "#meta+id" },
};

} // namespace

Result<qint64> ActionPointExporter::write(
    TableSink& sink, const ActionPointFilter& filter, Language language, const QString& today)
{
    const bool arabic = language == Language::Arabic;
    TableSink::Layout layout;
    for (const Column& column : kColumns) {
        layout.header << QString::fromUtf8(arabic ? column.ar : column.en);
        layout.tags << QString::fromLatin1(column.tag);
        layout.numeric << false;
    }
    layout.rightToLeft = arabic;
    layout.sheetName = arabic ? QStringLiteral("نقاط العمل") : QStringLiteral("Action points");
    Status status = sink.begin(layout);
    if (!status.ok())
        return status;
    const CoordinationNames names(m_registry, language);
    CoordinationRegistry coordination(m_registry);
    qint64 rows = 0;
    for (const ActionPoint& point : coordination.actions().list(filter)) {
        QUuid groupId;
        if (!point.meetingId.isNull()) {
            if (const auto meeting = coordination.meetings().get(point.meetingId))
                groupId = meeting->groupId;
        }
        const QString yes = arabic ? QStringLiteral("نعم") : QStringLiteral("yes");
        const QString no = arabic ? QStringLiteral("لا") : QStringLiteral("no");
        status = sink.row({ point.text, names.organisation(point.orgId), point.dueOn,
            coordinationLabel(CoordinationTerm::ActionStatus, point.status, language),
            point.isOverdue(today) ? yes : no, names.meeting(point.meetingId), names.group(groupId),
            names.sector(point.sectorId), names.place(point.adminPcode), point.adminPcode,
            point.meta.id.toString(QUuid::WithoutBraces) });
        if (!status.ok())
            return status;
        ++rows;
    }
    status = sink.finish();
    if (!status.ok())
        return status;
    return rows;
}

} // namespace tansiq::interop
