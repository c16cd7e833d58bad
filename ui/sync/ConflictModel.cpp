#include "ui/sync/ConflictModel.h"

#include "core/registry/coordination/CoordinationTerms.h"
#include "ui/common/DisplaySettings.h"
#include "ui/sync/SyncMessages.h"

#include <QFont>
#include <QUuid>

#include <optional>

namespace tansiq::ui {

ConflictModel::ConflictModel(const DisplaySettings& display, QObject* parent)
    : QAbstractItemModel(parent), m_display(display)
{
}

void ConflictModel::setConflicts(const QList<ConflictView>& conflicts)
{
    beginResetModel();
    m_conflicts = conflicts;
    endResetModel();
}

QPair<int, int> ConflictModel::locate(const QModelIndex& index) const
{
    if (!index.isValid())
        return { -1, -1 };
    if (index.internalId() == kTopLevel)
        return { index.row(), -1 };
    return { int(index.internalId() - 1), index.row() };
}

QModelIndex ConflictModel::choiceIndex(int conflict, int choice) const
{
    return index(choice, 0, index(conflict, 0));
}

QModelIndex ConflictModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_conflicts.size() ? createIndex(row, column, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || parent.row() >= m_conflicts.size())
        return {};
    if (row >= m_conflicts.at(parent.row()).choices.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ConflictModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int ConflictModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_conflicts.size());
    if (parent.internalId() == kTopLevel && parent.column() == 0
        && parent.row() < m_conflicts.size())
        return int(m_conflicts.at(parent.row()).choices.size());
    return 0;
}

int ConflictModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ConflictModel::data(const QModelIndex& index, int role) const
{
    const auto [conflictRow, choiceRow] = locate(index);
    if (conflictRow < 0 || conflictRow >= m_conflicts.size())
        return {};
    const ConflictView& conflict = m_conflicts.at(conflictRow);
    if (role == Qt::FontRole && choiceRow < 0) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (choiceRow < 0) {
        switch (index.column()) {
        case Record: {
            const QString name = m_display.pick(conflict.recordEn, conflict.recordAr);
            return name.isEmpty() ? tableLabel(conflict.table)
                                  : tr("%1: %2").arg(tableLabel(conflict.table), name);
        }
        case Field:
            return fieldLabel(conflict.field);
        case Value:
            return tr("Shown now: %1").arg(showValue(conflict, conflict.current));
        default:
            return {};
        }
    }
    const ConflictView::Choice& choice = conflict.choices.at(choiceRow);
    switch (index.column()) {
    case Value:
        return showValue(conflict, choice.value);
    case Office:
        return choice.office;
    case When:
        return SyncMessages(m_display).when(choice.atMs);
    default:
        return {};
    }
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case Value:
        return tr("Value");
    case Office:
        return tr("Changed at office");
    case When:
        return tr("When");
    default:
        return {};
    }
}

void ConflictModel::retranslate()
{
    beginResetModel();
    endResetModel();
}

QString ConflictModel::showValue(const ConflictView& conflict, const QVariant& value) const
{
    if (conflict.editDelete)
        return value.toBool() ? tr("deleted") : tr("kept and edited");
    if (value.isNull())
        return tr("(empty)");
    if (value.metaType().id() == QMetaType::QByteArray) {
        const QByteArray bytes = value.toByteArray();
        return bytes.size() == 16 ? tr("(a linked record)") : QString::fromLatin1(bytes.toHex());
    }
    if (value.metaType().id() == QMetaType::LongLong || value.metaType().id() == QMetaType::Int)
        return m_display.number(value.toLongLong());
    const QString coded = termValue(conflict, value.toString());
    return QStringLiteral("“%1”").arg(coded.isEmpty() ? value.toString() : coded);
}

QString ConflictModel::termValue(const ConflictView& conflict, const QString& code) const
{
    // Coordination codes read as the words the editors show ("in_progress": "In progress").
    const Language language = m_display.isArabic() ? Language::Arabic : Language::English;
    std::optional<CoordinationTerm> vocabulary;
    if (conflict.table == u"action_point" && conflict.field == u"status")
        vocabulary = CoordinationTerm::ActionStatus;
    else if (conflict.table == u"monitoring_visit" && conflict.field == u"rating")
        vocabulary = CoordinationTerm::VisitRating;
    else if (conflict.table == u"working_group" && conflict.field == u"cadence")
        vocabulary = CoordinationTerm::Cadence;
    else if (conflict.table == u"working_group_member" && conflict.field == u"role")
        vocabulary = CoordinationTerm::MemberRole;
    if (!vocabulary || !isCoordinationTerm(*vocabulary, code))
        return QString();
    return coordinationLabel(*vocabulary, code, language);
}

QString ConflictModel::tableLabel(const QString& table) const
{
    if (table == u"organisation")
        return tr("Organisation");
    if (table == u"project")
        return tr("Project");
    if (table == u"activity")
        return tr("Activity");
    if (table == u"need")
        return tr("Need");
    if (table == u"action_point")
        return tr("Action point");
    if (table == u"meeting")
        return tr("Meeting");
    if (table == u"meeting_decision")
        return tr("Decision");
    if (table == u"working_group")
        return tr("Working group");
    if (table == u"working_group_member")
        return tr("Working group member");
    if (table == u"partner_registration")
        return tr("Registration");
    if (table == u"monitoring_visit")
        return tr("Monitoring visit");
    return table;
}

QString ConflictModel::fieldLabel(const QString& field) const
{
    static const QHash<QString, const char*> labels = {
        { QStringLiteral("deleted"), QT_TR_NOOP("Deleted or kept") },
        { QStringLiteral("acronym"), QT_TR_NOOP("Acronym") },
        { QStringLiteral("name_en"), QT_TR_NOOP("Name (English)") },
        { QStringLiteral("name_ar"), QT_TR_NOOP("Name (Arabic)") },
        { QStringLiteral("title_en"), QT_TR_NOOP("Title (English)") },
        { QStringLiteral("title_ar"), QT_TR_NOOP("Title (Arabic)") },
        { QStringLiteral("code"), QT_TR_NOOP("Code") },
        { QStringLiteral("status"), QT_TR_NOOP("Status") },
        { QStringLiteral("org_type"), QT_TR_NOOP("Organisation type") },
        { QStringLiteral("contact_name"), QT_TR_NOOP("Contact name") },
        { QStringLiteral("contact_email"), QT_TR_NOOP("Contact email") },
        { QStringLiteral("contact_phone"), QT_TR_NOOP("Contact phone") },
        { QStringLiteral("start_date"), QT_TR_NOOP("Start date") },
        { QStringLiteral("end_date"), QT_TR_NOOP("End date") },
        { QStringLiteral("budget"), QT_TR_NOOP("Budget") },
        { QStringLiteral("admin_pcode"), QT_TR_NOOP("Place") },
        { QStringLiteral("site_name"), QT_TR_NOOP("Site") },
        { QStringLiteral("severity"), QT_TR_NOOP("Severity") },
        { QStringLiteral("people_in_need"), QT_TR_NOOP("People in need") },
        { QStringLiteral("text"), QT_TR_NOOP("Text") },
        { QStringLiteral("due_on"), QT_TR_NOOP("Due date") },
        { QStringLiteral("role"), QT_TR_NOOP("Role") },
        { QStringLiteral("held_on"), QT_TR_NOOP("Meeting date") },
        { QStringLiteral("authority"), QT_TR_NOOP("Authority") },
        { QStringLiteral("authority_name"), QT_TR_NOOP("Which directorate or authority") },
        { QStringLiteral("registration_no"), QT_TR_NOOP("Registration no.") },
        { QStringLiteral("registered_on"), QT_TR_NOOP("Registration date") },
        { QStringLiteral("expires_on"), QT_TR_NOOP("Expiry date") },
        { QStringLiteral("visited_on"), QT_TR_NOOP("Visit date") },
        { QStringLiteral("findings"), QT_TR_NOOP("Findings") },
        { QStringLiteral("rating"), QT_TR_NOOP("Implementation") },
        { QStringLiteral("cadence"), QT_TR_NOOP("Meeting cadence") },
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : tr(it.value());
}

} // namespace tansiq::ui
