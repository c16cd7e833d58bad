#include "core/gazetteer/GazetteerColumns.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tansiq {

namespace {

QString squash(const QString& name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

bool oneOf(const QString& key, int level, std::initializer_list<const char*> patterns)
{
    for (const char* pattern : patterns) {
        if (key == QString::fromLatin1(pattern).arg(level))
            return true;
    }
    return false;
}

} // namespace

Result<GazetteerColumns> GazetteerColumns::detect(const QStringList& header, const QString& what)
{
    GazetteerColumns columns;
    static const QRegularExpression altPattern(QStringLiteral("^adm(?:in)?(\\d)alt\\d(en|ar)$"));
    for (int i = 0; i < header.size(); ++i) {
        const QString key = squash(header.at(i));
        for (int level = 0; level < kLevels; ++level) {
            if (oneOf(key, level, { "admin%1pcode", "adm%1pcode" }))
                columns.pcode[level] = i;
            else if (oneOf(key, level, { "admin%1nameen", "adm%1en", "adm%1name", "admin%1name" }))
                columns.nameEn[level] = i;
            else if (oneOf(key, level, { "admin%1namear", "adm%1ar", "adm%1name1" }))
                columns.nameAr[level] = i;
        }
        if (const auto match = altPattern.match(key); match.hasMatch())
            columns.altNames[match.captured(1).toInt() % kLevels] << i;
        if (key == u"latitude" || key == u"lat" || key == u"centerlat")
            columns.latitude = i;
        else if (key == u"longitude" || key == u"lon" || key == u"long" || key == u"centerlon")
            columns.longitude = i;
        else if (key == u"population" || key == u"pop" || key == u"total")
            columns.population = i;
        else if (key == u"populationyear" || key == u"popyear")
            columns.populationYear = i;
    }
    for (int level = 0; level < kLevels; ++level) {
        if (columns.pcode[level] < 0)
            continue;
        if (columns.shallowest < 0)
            columns.shallowest = level;
        else if (columns.deepest != level - 1) {
            return Issue::error(QStringLiteral("missing-column"), what,
                QStringLiteral("admin%1Pcode").arg(level - 1),
                tr("“%1” has P-codes for level %2 but not for level %3: the "
                   "column admin%3Pcode (or ADM%3_PCODE) is missing.")
                    .arg(what)
                    .arg(level)
                    .arg(level - 1));
        }
        columns.deepest = level;
    }
    if (columns.deepest < 1) {
        return Issue::error(QStringLiteral("missing-column"), what, QStringLiteral("admin1Pcode"),
            tr("“%1” is not an OCHA gazetteer: no column holds P-codes "
               "(admin1Pcode, ADM1_PCODE or adm1_pcode).")
                .arg(what));
    }
    for (int level = std::max(columns.shallowest, 1); level <= columns.deepest; ++level) {
        const char* missing = columns.nameEn[level] < 0 ? "admin%1Name_en (ADM%1_EN)"
            : columns.nameAr[level] < 0                 ? "admin%1Name_ar (ADM%1_AR)"
                                                        : nullptr;
        if (missing) {
            const QString column = QString::fromLatin1(missing).arg(level);
            return Issue::error(QStringLiteral("missing-column"), what, column,
                tr("“%1” has no column %2: every level needs its English and "
                   "Arabic names.")
                    .arg(what, column));
        }
    }
    return columns;
}

} // namespace tansiq
