#include "core/filter/ActivityWhere.h"

#include "core/filter/SearchTerms.h"
#include "core/filter/SearchText.h"
#include "core/storage/Database.h"

namespace tansiq {

namespace {
QByteArray placeholders(qsizetype count)
{
    QByteArray list;
    for (qsizetype i = 0; i < count; ++i)
        list += i == 0 ? "?" : ", ?";
    return list;
}

QVariantList uuids(const QList<QUuid>& ids)
{
    QVariantList values;
    for (const QUuid& id : ids)
        values << id;
    return values;
}
} // namespace

ActivityWhere::ActivityWhere(Database& db, const ActivityFilter& filter)
    : m_sql(" WHERE a.deleted = 0")
{
    const bool searching = !search::needle(filter.search).isEmpty();
    m_narrowed = !filter.placePcode.isEmpty() || !filter.organisationIds.isEmpty();
    m_plain = !searching && filter.sectorIds.isEmpty() && filter.status.isEmpty()
        && filter.modality.isEmpty() && filter.organisationIds.isEmpty()
        && filter.activeFrom.isEmpty() && filter.activeTo.isEmpty();
    if (!filter.sectorIds.isEmpty())
        add(" AND a.sector_id IN (" + placeholders(filter.sectorIds.size()) + ")",
            uuids(filter.sectorIds));
    if (!filter.organisationIds.isEmpty()) {
        add(" AND a.implementing_org_id IN (" + placeholders(filter.organisationIds.size()) + ")",
            uuids(filter.organisationIds));
    }
    if (!filter.placePcode.isEmpty()) {
        // P-codes nest by prefix: a range over the index finds the place and its children.
        add(" AND a.admin_pcode >= ? AND a.admin_pcode < ?",
            { filter.placePcode, QString(filter.placePcode + QLatin1Char('~')) });
    }
    if (!filter.monthFrom.isEmpty())
        add(" AND a.reporting_month >= ?", { filter.monthFrom });
    if (!filter.monthTo.isEmpty())
        add(" AND a.reporting_month <= ?", { filter.monthTo });
    if (!filter.activeTo.isEmpty())
        add(" AND a.start_date <= ?", { filter.activeTo });
    if (!filter.activeFrom.isEmpty()) {
        // The effective end of docs/measures.md: an open-ended activity runs on while planned
        // or ongoing, and stopped at the end of its reporting month otherwise.
        add(" AND coalesce(a.end_date, CASE WHEN a.status IN ('planned', 'ongoing') THEN "
            "'9999-12-31'"
            " ELSE max(a.start_date, date(a.reporting_month || '-01', '+1 month', '-1 day')) END) "
            ">= ?",
            { filter.activeFrom });
    }
    if (!filter.status.isEmpty())
        add(" AND a.status = ?", { filter.status });
    if (!filter.modality.isEmpty())
        add(" AND a.modality = ?", { filter.modality });
    if (!searching)
        return;
    const SearchTerms terms = SearchTerms::resolve(db, filter.search);
    search::installSqlFunction(db.handle());
    QByteArray any = " AND (0";
    QVariantList values;
    if (!terms.organisationIds.isEmpty()) {
        any += " OR a.implementing_org_id IN (" + placeholders(terms.organisationIds.size()) + ")";
        values += uuids(terms.organisationIds);
    }
    for (const QString& pcode : terms.pcodes) {
        any += " OR (a.admin_pcode >= ? AND a.admin_pcode < ?)";
        values << pcode << QString(pcode + QLatin1Char('~'));
    }
    if (!terms.sectorIds.isEmpty()) {
        any += " OR a.sector_id IN (" + placeholders(terms.sectorIds.size()) + ")";
        values += uuids(terms.sectorIds);
    }
    // Last: SQLite stops at the first term that holds, so only the other rows fold a site.
    any += " OR tansiq_search(a.site_name, ?)";
    values << terms.needle;
    add(any + ")", values);
}

QByteArray ActivityWhere::table(bool indexedOrder) const
{
    const bool indexHelps = m_narrowed || (indexedOrder && m_plain);
    return indexHelps ? QByteArray("activity a") : QByteArray("activity a NOT INDEXED");
}

void ActivityWhere::add(const QByteArray& condition, const QVariantList& values)
{
    m_sql += condition;
    m_values += values;
}

int ActivityWhere::bind(Statement& statement, int first) const
{
    int index = first;
    for (const QVariant& value : m_values) {
        if (value.metaType().id() == QMetaType::QUuid)
            statement.bind(index++, value.toUuid());
        else
            statement.bind(index++, value.toString());
    }
    return index;
}

} // namespace tansiq
