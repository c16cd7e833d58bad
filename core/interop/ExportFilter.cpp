#include "core/interop/ExportFilter.h"

#include "core/common/Dates.h"
#include "core/interop/ReferenceCatalog.h"
#include "core/registry/Registry.h"

#include <QCoreApplication>

namespace tansiq::interop {

namespace {
Issue bad(const QString& expression, const QString& why)
{
    return Issue::error(QStringLiteral("bad-filter"), ExportFilterArguments::tr("filter"),
        expression,
        ExportFilterArguments::tr("The filter “%1” is not understood: %2").arg(expression, why));
}

// A date or a month; `end` picks the month's last day.
std::optional<QDate> boundary(const QString& text, bool end)
{
    if (const auto day = dates::parseIsoDate(text))
        return day;
    if (const auto month = dates::parseMonth(text))
        return end ? month->addMonths(1).addDays(-1) : *month;
    return std::nullopt;
}
} // namespace

Result<ExportFilterArguments> ExportFilterArguments::parse(const QStringList& expressions)
{
    ExportFilterArguments filter;
    for (const QString& expression : expressions) {
        const qsizetype eq = expression.indexOf(u'=');
        if (eq <= 0)
            return bad(
                expression, ExportFilterArguments::tr("write name=value, e.g. sector=WASH."));
        const QString name = expression.left(eq).trimmed().toLower();
        const QString value = expression.mid(eq + 1).trimmed();
        if (value.isEmpty())
            return bad(expression, ExportFilterArguments::tr("the value is empty."));
        if (name == u"sector") {
            for (const QString& code : value.split(u',', Qt::SkipEmptyParts))
                filter.sectorCodes << code.trimmed().toUpper();
        } else if (name == u"place" || name == u"pcode") {
            filter.pcodePrefix = value.toUpper();
        } else if (name == u"org" || name == u"organisation") {
            for (const QString& org : value.split(u',', Qt::SkipEmptyParts))
                filter.organisations << org.trimmed();
        } else if (name == u"active") {
            const QStringList parts = value.split(QStringLiteral(".."));
            const auto from = boundary(parts.first(), false);
            const auto to = boundary(parts.last(), true);
            if (parts.size() > 2 || !from || !to || *to < *from)
                return bad(expression,
                    ExportFilterArguments::tr("give a month (2026-10) or a period "
                                              "(2026-01-01..2026-03-31)."));
            filter.activeFrom = dates::toIsoDate(*from);
            filter.activeTo = dates::toIsoDate(*to);
        } else {
            return bad(expression,
                ExportFilterArguments::tr("known filters are sector, place, active and org."));
        }
    }
    return filter;
}

Result<ExportFilter> ExportFilterArguments::resolve(Registry& registry) const
{
    ExportFilter filter;
    filter.placePcode = pcodePrefix;
    filter.activeFrom = activeFrom;
    filter.activeTo = activeTo;
    for (const QString& code : sectorCodes) {
        QUuid found = kNoRecord; // an unknown code keeps nothing, as it always did
        for (const Sector& sector : registry.reference().sectors()) {
            if (sector.code == code)
                found = sector.id;
        }
        filter.sectorIds << found;
    }
    if (organisations.isEmpty())
        return filter;
    const ReferenceCatalog catalog = ReferenceCatalog::load(registry);
    for (const QString& org : organisations) {
        const QStringList found = catalog.findOrganisations(org);
        if (found.isEmpty()) {
            const QStringList close = catalog.suggestOrganisations(org);
            return Issue::error(QStringLiteral("unknown-organisation"),
                QCoreApplication::translate("tansiq::interop::FourWExporter", "organisation"), org,
                QCoreApplication::translate(
                    "tansiq::interop::FourWExporter", "No organisation is called “%1”.%2")
                    .arg(org,
                        close.isEmpty() ? QString()
                                        : QStringLiteral(" ")
                                + QCoreApplication::translate(
                                    "tansiq::interop::FourWExporter", "Did you mean: %1?")
                                      .arg(close.join(QStringLiteral(", ")))));
        }
        for (const QString& id : found)
            filter.organisationIds << QUuid::fromString(id);
    }
    return filter;
}

} // namespace tansiq::interop
