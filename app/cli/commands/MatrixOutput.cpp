#include "app/cli/commands/MatrixOutput.h"

#include "app/cli/commands/EngineCli.h"
#include "core/engine/Members.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace tansiq::cli {

namespace {

using engine::Dimension;
using engine::Measure;

int decimals(Measure m)
{
    return m == Measure::Coverage ? 4 : m == Measure::Budget ? 2 : 0;
}

QString hxlDimensionTag(Dimension d)
{
    switch (d) {
    case Dimension::ImplementingOrg:
        return QStringLiteral("#org+impl+code");
    case Dimension::ReportingOrg:
        return QStringLiteral("#org+reporting+code");
    case Dimension::FundingOrg:
        return QStringLiteral("#org+funding+code");
    case Dimension::OrgType:
        return QStringLiteral("#org+impl+type");
    case Dimension::Sector:
        return QStringLiteral("#sector+cluster+code");
    case Dimension::ActivityType:
        return QStringLiteral("#activity+code");
    case Dimension::Admin1:
        return QStringLiteral("#adm1+code");
    case Dimension::Admin2:
        return QStringLiteral("#adm2+code");
    case Dimension::Admin3:
        return QStringLiteral("#adm3+code");
    case Dimension::Admin4:
        return QStringLiteral("#adm4+code");
    case Dimension::Month:
        return QStringLiteral("#date+month");
    case Dimension::Quarter:
        return QStringLiteral("#date+quarter");
    case Dimension::Year:
        return QStringLiteral("#date+year");
    case Dimension::Status:
        return QStringLiteral("#status");
    case Dimension::Modality:
        return QStringLiteral("#modality");
    case Dimension::PopulationGroup:
        return QStringLiteral("#beneficiary+type");
    default:
        return QStringLiteral("#meta");
    }
}

QString hxlMeasureTag(Measure m)
{
    switch (m) {
    case Measure::Activities:
        return QStringLiteral("#activity+num");
    case Measure::Organisations:
        return QStringLiteral("#org+num");
    case Measure::Targeted:
        return QStringLiteral("#targeted+ind");
    case Measure::Reached:
        return QStringLiteral("#reached+ind+sum");
    case Measure::ReachedUnique:
        return QStringLiteral("#reached+ind+unique");
    case Measure::Households:
        return QStringLiteral("#reached+hh");
    case Measure::Coverage:
        return QStringLiteral("#indicator+coverage");
    case Measure::Budget:
        return QStringLiteral("#value+budget");
    case Measure::ReachedWomen:
        return QStringLiteral("#reached+f+adults");
    case Measure::ReachedMen:
        return QStringLiteral("#reached+m+adults");
    case Measure::ReachedGirls:
        return QStringLiteral("#reached+f+children");
    case Measure::ReachedBoys:
        return QStringLiteral("#reached+m+children");
    case Measure::ReachedChildren:
        return QStringLiteral("#reached+children");
    case Measure::ReachedElderly:
        return QStringLiteral("#reached+elderly");
    case Measure::TargetedWomen:
        return QStringLiteral("#targeted+f+adults");
    case Measure::TargetedMen:
        return QStringLiteral("#targeted+m+adults");
    case Measure::TargetedGirls:
        return QStringLiteral("#targeted+f+children");
    case Measure::TargetedBoys:
        return QStringLiteral("#targeted+m+children");
    case Measure::TargetedChildren:
        return QStringLiteral("#targeted+children");
    case Measure::TargetedElderly:
        return QStringLiteral("#targeted+elderly");
    }
    return QStringLiteral("#indicator");
}

// HXL attributes are lower-case words starting with a letter.
QString hxlAttribute(const QString& code)
{
    QString a = code.toLower();
    a.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    if (a.isEmpty() || !a.at(0).isLetter())
        a.prepend(QLatin1Char('x'));
    return a;
}

QString totalLabel()
{
    return QCoreApplication::translate("tansiq::cli", "Total");
}

} // namespace

QString matrixCsv(
    const engine::Snapshot& s, const engine::PivotResult& r, Language language, bool hxl)
{
    const Dimension rows = r.query.rows;
    const Dimension cols = r.query.columns;
    QStringList header { engine::dimensionName(rows),
        QCoreApplication::translate("tansiq::cli", "name") };
    QStringList tags { hxlDimensionTag(rows), QStringLiteral("#meta+name") };
    for (int member : r.columnMembers) {
        header << engine::memberLabel(s, cols, member, language);
        tags << hxlMeasureTag(r.query.measure) + QLatin1Char('+')
                + hxlAttribute(engine::memberCode(s, cols, member).isEmpty()
                        ? QStringLiteral("none")
                        : engine::memberCode(s, cols, member));
    }
    header << totalLabel();
    tags << hxlMeasureTag(r.query.measure) + QStringLiteral("+total");
    QStringList lines;
    QStringList quoted;
    for (const QString& h : header)
        quoted << csvField(h);
    lines << quoted.join(QLatin1Char(','));
    if (hxl)
        lines << tags.join(QLatin1Char(','));
    for (int i = 0; i <= r.rowCount(); ++i) {
        QStringList fields;
        if (i < r.rowCount()) {
            fields << csvField(engine::memberCode(s, rows, r.rowMembers.at(i)))
                   << csvField(engine::memberLabel(s, rows, r.rowMembers.at(i), language));
        } else {
            fields << QString() << csvField(totalLabel());
        }
        for (int j = 0; j <= r.columnCount(); ++j)
            fields << numberText(r.value(i, j), decimals(r.query.measure));
        lines << fields.join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString matrixJson(const engine::Snapshot& s, const engine::PivotResult& r, Language language)
{
    const auto members = [&](Dimension d, const QList<int>& list) {
        QJsonArray out;
        for (int m : list)
            out.append(QJsonObject { { QStringLiteral("code"), engine::memberCode(s, d, m) },
                { QStringLiteral("label"), engine::memberLabel(s, d, m, language) } });
        return out;
    };
    QJsonArray values, activities;
    for (int i = 0; i <= r.rowCount(); ++i) {
        QJsonArray row, counts;
        for (int j = 0; j <= r.columnCount(); ++j) {
            const double v = r.value(i, j);
            row.append(std::isnan(v) ? QJsonValue() : QJsonValue(v));
            counts.append(r.activityCount(i, j));
        }
        values.append(row);
        activities.append(counts);
    }
    QJsonObject root { { QStringLiteral("rows"), engine::dimensionName(r.query.rows) },
        { QStringLiteral("columns"), engine::dimensionName(r.query.columns) },
        { QStringLiteral("measure"), engine::measureName(r.query.measure) },
        { QStringLiteral("row_members"), members(r.query.rows, r.rowMembers) },
        { QStringLiteral("column_members"), members(r.query.columns, r.columnMembers) },
        { QStringLiteral("values"), values }, { QStringLiteral("activities"), activities },
        { QStringLiteral("note"),
            QCoreApplication::translate("tansiq::cli",
                "The last row and the last column are totals, computed from the activities with "
                "the measure's own rule.") } };
    if (r.query.period) {
        root.insert(QStringLiteral("period"),
            engine::memberCode(s, Dimension::Month, r.query.period->firstMonth)
                + QStringLiteral("..")
                + engine::memberCode(s, Dimension::Month, r.query.period->lastMonth));
    }
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace tansiq::cli
