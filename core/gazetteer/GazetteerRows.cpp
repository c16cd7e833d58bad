#include "core/gazetteer/GazetteerRows.h"

#include "core/registry/ReferenceRepository.h"

#include <QCoreApplication>

namespace tansiq {

namespace {

QString cell(const QStringList& row, int column)
{
    return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString();
}

Issue rowError(int row, const QString& code, const QString& value, const QString& message)
{
    Issue issue = Issue::error(code, GazetteerRows::tr("P-code"), value, message);
    issue.row = row;
    return issue;
}

std::optional<double> number(const QString& text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

Result<GazetteerRows> GazetteerRows::read(
    const CsvTable& table, const GazetteerColumns& columns, const ReferenceRepository& known)
{
    GazetteerRows collected;
    Issues errors;
    for (int r = 1; r < table.rows.size(); ++r) {
        const QStringList& row = table.rows.at(r);
        const int rowNumber = r + 1;
        if (row.join(QString()).trimmed().isEmpty())
            continue; // blank line
        ++collected.rows;

        QString parent;
        for (int level = columns.shallowest; level <= columns.deepest; ++level) {
            const QString pcode = cell(row, columns.pcode[level]);
            if (pcode.isEmpty()) {
                if (level == columns.deepest)
                    errors << rowError(rowNumber, QStringLiteral("missing-pcode"), QString(),
                        tr("The level-%1 P-code is empty.").arg(level));
                parent.clear();
                continue;
            }
            AdminUnit unit;
            unit.pcode = pcode;
            unit.level = level;
            unit.nameEn = cell(row, columns.nameEn[level]);
            unit.nameAr = cell(row, columns.nameAr[level]);
            QStringList alternatives;
            for (int column : columns.altNames[level]) {
                if (!cell(row, column).isEmpty())
                    alternatives << cell(row, column);
            }
            unit.altNames = alternatives.join(QLatin1Char('|'));
            if (level == 0) {
                parent.clear();
            } else if (level == columns.shallowest || parent.isEmpty()) {
                // The parent is not in this row: it must already be known.
                const auto existing = known.adminUnit(pcode);
                parent = existing ? existing->parentPcode : QString();
                if (parent.isEmpty() && level == 1 && known.adminUnit(pcode.left(2)))
                    parent = pcode.left(2);
                if (parent.isEmpty()) {
                    errors << rowError(rowNumber, QStringLiteral("unknown-parent"), pcode,
                        tr("The parent of %1 is unknown: it is neither in this "
                           "row nor in the gazetteer.")
                            .arg(pcode));
                    break;
                }
            }
            unit.parentPcode = parent;
            if (level >= 1 && level <= 3 && !pcode.startsWith(parent)) {
                errors << rowError(rowNumber, QStringLiteral("pcode-prefix"), pcode,
                    tr("P-code %1 does not start with its parent's P-code %2.").arg(pcode, parent));
                break;
            }
            if (level == columns.deepest) {
                unit.latitude = number(cell(row, columns.latitude));
                unit.longitude = number(cell(row, columns.longitude));
                if (const auto pop = number(cell(row, columns.population)))
                    unit.population = qint64(*pop);
                if (const auto year = number(cell(row, columns.populationYear)))
                    unit.populationYear = int(*year);
            }
            if (unit.nameEn.isEmpty() || unit.nameAr.isEmpty()) {
                errors << rowError(rowNumber, QStringLiteral("missing-name"), pcode,
                    tr("%1 has no English or no Arabic name.").arg(pcode));
                break;
            }
            const auto previous = collected.units.constFind(pcode);
            if (previous != collected.units.cend()) {
                if (previous->parentPcode != unit.parentPcode || previous->level != level) {
                    errors << rowError(rowNumber, QStringLiteral("conflicting-parent"), pcode,
                        tr("%1 appears under two different parents (%2 in row "
                           "%3, %4 here).")
                            .arg(pcode, previous->parentPcode)
                            .arg(collected.firstRow.value(pcode))
                            .arg(unit.parentPcode));
                    break;
                }
                if (level < columns.deepest) { // keep centroid and population of the leaf
                    parent = pcode;
                    continue;
                }
            }
            collected.units.insert(pcode, unit);
            if (!collected.firstRow.contains(pcode))
                collected.firstRow.insert(pcode, rowNumber);
            parent = pcode;
        }
        if (errors.size() >= 50)
            break;
    }
    if (!errors.isEmpty())
        return Result<GazetteerRows>::failure(errors);
    return collected;
}

} // namespace tansiq
