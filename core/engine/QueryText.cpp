#include "core/engine/QueryText.h"

#include "core/engine/Calendar.h"
#include "core/registry/Vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace tansiq::engine::querytext {

namespace {

struct Engine {
    Q_DECLARE_TR_FUNCTIONS(tansiq::Engine)
};

QString names(bool dimensions)
{
    QStringList list;
    if (dimensions) {
        for (const DimensionInfo& info : dimensionInfos())
            list << QString::fromLatin1(info.name);
    } else {
        for (const MeasureInfo& info : measureInfos())
            list << QString::fromLatin1(info.name);
    }
    return list.join(QStringLiteral(", "));
}

std::optional<int> monthOf(const QString& text)
{
    const QByteArray bytes = text.trimmed().toLatin1();
    return calendar::parseMonth(bytes.constData(), int(bytes.size()));
}

Result<int> member(const Snapshot& s, Dimension d, const QString& value, const QString& field)
{
    const QString v = value.trimmed();
    const auto unknown = [&](const QString& code, const QString& message) {
        return Issue::error(code, field, v, message);
    };
    switch (d) {
    case Dimension::ImplementingOrg:
    case Dimension::ReportingOrg:
    case Dimension::FundingOrg:
        for (int i = 0; i < s.orgs.size(); ++i) {
            const OrgEntry& o = s.orgs.at(i);
            if (o.acronym.compare(v, Qt::CaseInsensitive) == 0
                || QString::fromLatin1(o.id.toHex()) == v.toLower())
                return i;
        }
        return unknown(QStringLiteral("unknown-organisation"),
            Engine::tr("No organisation has the acronym “%1”.").arg(v));
    case Dimension::Sector:
        for (int i = 0; i < s.sectors.size(); ++i)
            if (s.sectors.at(i).code.compare(v, Qt::CaseInsensitive) == 0)
                return i;
        return unknown(
            QStringLiteral("unknown-sector"), Engine::tr("No sector has the code “%1”.").arg(v));
    case Dimension::ActivityType:
        for (int i = 0; i < s.types.size(); ++i)
            if (s.types.at(i).code.compare(v, Qt::CaseInsensitive) == 0)
                return i;
        return unknown(QStringLiteral("unknown-activity-type"),
            Engine::tr("No activity type has the code “%1”.").arg(v));
    case Dimension::Admin1:
    case Dimension::Admin2:
    case Dimension::Admin3:
    case Dimension::Admin4: {
        const int place = s.placeOf(v.toUpper());
        if (place < 0)
            return unknown(QStringLiteral("unknown-pcode"),
                Engine::tr("The P-code “%1” is not in the gazetteer.").arg(v));
        if (s.places.at(place).level != adminLevelOf(d))
            return unknown(QStringLiteral("wrong-level"),
                Engine::tr("The P-code “%1” is at admin level %2, not %3.")
                    .arg(v)
                    .arg(s.places.at(place).level)
                    .arg(adminLevelOf(d)));
        return place;
    }
    case Dimension::Month: {
        const auto m = monthOf(v);
        if (!m)
            return unknown(
                QStringLiteral("bad-month"), Engine::tr("“%1” is not a month (YYYY-MM).").arg(v));
        return *m;
    }
    case Dimension::Quarter: {
        static const QRegularExpression shape(QStringLiteral("^(\\d{4})-?[Qq]([1-4])$"));
        const auto match = shape.match(v);
        if (!match.hasMatch())
            return unknown(QStringLiteral("bad-quarter"),
                Engine::tr("“%1” is not a quarter (YYYY-Qn).").arg(v));
        return match.captured(1).toInt() * 4 + match.captured(2).toInt() - 1;
    }
    case Dimension::Year: {
        static const QRegularExpression shape(QStringLiteral("^\\d{4}$"));
        if (!shape.match(v).hasMatch())
            return unknown(
                QStringLiteral("bad-year"), Engine::tr("“%1” is not a year (YYYY).").arg(v));
        return v.toInt();
    }
    default: {
        const Vocabulary vocabulary = d == Dimension::OrgType ? Vocabulary::OrgType
            : d == Dimension::Status                          ? Vocabulary::Status
            : d == Dimension::Modality                        ? Vocabulary::Modality
                                                              : Vocabulary::PopulationGroup;
        const auto code = matchTerm(vocabulary, v);
        const QList<Term>& list = terms(vocabulary);
        for (int i = 0; code && i < list.size(); ++i)
            if (list.at(i).code == *code)
                return i;
        QStringList codes;
        for (const Term& t : list)
            codes << t.code;
        return unknown(QStringLiteral("unknown-code"),
            Engine::tr("“%1” is not a known %2 (one of: %3).")
                .arg(v, field, codes.join(QStringLiteral(", "))));
    }
    }
}

} // namespace

Result<Period> parsePeriod(const QString& text)
{
    const QStringList parts = text.split(QStringLiteral(".."));
    const auto first = monthOf(parts.value(0));
    const auto last = parts.size() == 2 ? monthOf(parts.at(1)) : first;
    if (parts.size() > 2 || !first || !last || *last < *first) {
        return Issue::error(QStringLiteral("bad-period"), Engine::tr("period"), text,
            Engine::tr("“%1” is not a period: write YYYY-MM or YYYY-MM..YYYY-MM, the first month "
                       "not after the last.")
                .arg(text));
    }
    return Period { *first, *last };
}

Result<Dimension> parseDimension(const QString& text)
{
    if (const auto d = dimensionByName(text))
        return *d;
    return Issue::error(QStringLiteral("unknown-dimension"), Engine::tr("dimension"), text,
        Engine::tr("“%1” is not a dimension. Dimensions: %2.").arg(text, names(true)));
}

Result<Measure> parseMeasure(const QString& text)
{
    if (const auto m = measureByName(text))
        return *m;
    return Issue::error(QStringLiteral("unknown-measure"), Engine::tr("measure"), text,
        Engine::tr("“%1” is not a measure. Measures: %2.").arg(text, names(false)));
}

Result<int> parseLevel(const QString& text)
{
    bool ok = false;
    const int level = text.toInt(&ok);
    if (!ok || level < 1 || level > 4)
        return Issue::error(QStringLiteral("bad-level"), Engine::tr("admin level"), text,
            Engine::tr("“%1” is not an admin level: use 1 (governorate) to 4 (community).")
                .arg(text));
    return level;
}

Result<Filter> parseFilter(const Snapshot& s, const QString& text)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0 || eq == text.size() - 1) {
        return Issue::error(QStringLiteral("bad-filter"), Engine::tr("filter"), text,
            Engine::tr("“%1” is not a filter: write DIMENSION=VALUE, e.g. sector=WASH.").arg(text));
    }
    const QString name = text.left(eq).trimmed();
    const QStringList values = text.mid(eq + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    Filter f;
    if (name.compare(QStringLiteral("place"), Qt::CaseInsensitive) == 0) {
        // Any level: the P-code says which.
        const int place = s.placeOf(values.value(0).trimmed().toUpper());
        if (place < 0 || s.places.at(place).level < 1)
            return Issue::error(QStringLiteral("unknown-pcode"), Engine::tr("place"),
                values.value(0),
                Engine::tr("The P-code “%1” is not in the gazetteer.").arg(values.value(0)));
        f.dimension = adminDimension(s.places.at(place).level);
    } else {
        const auto d = parseDimension(name);
        if (!d.ok())
            return d;
        f.dimension = d.value();
    }
    for (const QString& value : values) {
        const auto m = member(s, f.dimension, value, dimensionTitle(f.dimension));
        if (!m.ok())
            return m;
        f.members << m.value();
    }
    return f;
}

} // namespace tansiq::engine::querytext
