#include "ActivityWhere.h"

#include "SearchTerms.h"
#include "storage/Database.h"

namespace tansiq {

namespace {
QByteArray placeholders(qsizetype count)
{
    QByteArray list;
    for (qsizetype i = 0; i < count; ++i)
        list += i == 0 ? "?" : ", ?";
    return list;
}
}  // namespace

ActivityWhere::ActivityWhere(Database& db, const ActivityFilter& filter)
    : m_sql(" WHERE a.deleted = 0")
{
    m_narrowed = !filter.placePcode.isEmpty() || !filter.organisationId.isNull();
    m_plain = filter.search.trimmed().isEmpty() && filter.sectorId.isNull() && filter.status.isEmpty()
              && filter.organisationId.isNull();
    if (!filter.sectorId.isNull())
        add(" AND a.sector_id = ?", {filter.sectorId});
    if (!filter.organisationId.isNull())
        add(" AND a.implementing_org_id = ?", {filter.organisationId});
    if (!filter.placePcode.isEmpty()) {
        // P-codes nest by prefix: a range over the index finds the place and its children.
        add(" AND a.admin_pcode >= ? AND a.admin_pcode < ?",
            {filter.placePcode, QString(filter.placePcode + QLatin1Char('~'))});
    }
    if (!filter.monthFrom.isEmpty())
        add(" AND a.reporting_month >= ?", {filter.monthFrom});
    if (!filter.monthTo.isEmpty())
        add(" AND a.reporting_month <= ?", {filter.monthTo});
    if (!filter.status.isEmpty())
        add(" AND a.status = ?", {filter.status});
    if (filter.search.trimmed().isEmpty())
        return;
    const SearchTerms terms = SearchTerms::resolve(db, filter.search);
    QByteArray any = " AND (a.site_name LIKE ? ESCAPE '\\'";
    QVariantList values{terms.siteLike};
    if (!terms.organisationIds.isEmpty()) {
        any += " OR a.implementing_org_id IN (" + placeholders(terms.organisationIds.size()) + ")";
        for (const QUuid& id : terms.organisationIds)
            values << id;
    }
    for (const QString& pcode : terms.pcodes) {
        any += " OR (a.admin_pcode >= ? AND a.admin_pcode < ?)";
        values << pcode << QString(pcode + QLatin1Char('~'));
    }
    if (!terms.sectorIds.isEmpty()) {
        any += " OR a.sector_id IN (" + placeholders(terms.sectorIds.size()) + ")";
        for (const QUuid& id : terms.sectorIds)
            values << id;
    }
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

}  // namespace tansiq
