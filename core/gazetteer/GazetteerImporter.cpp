#include "GazetteerImporter.h"

#include "GazetteerColumns.h"
#include "io/CsvReader.h"
#include "io/TextDecoding.h"
#include "registry/RecordWriter.h"
#include "registry/ReferenceRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMap>

namespace tansiq {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tansiq::GazetteerImporter", text);
}

QString cell(const QStringList& row, int column)
{
    return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString();
}

Issue rowError(int row, const QString& code, const QString& value, const QString& message)
{
    Issue issue = Issue::error(code, tr("P-code"), value, message);
    issue.row = row;
    return issue;
}

// Units found in the file, by P-code, with the first row that defined each.
struct Collected {
    QMap<QString, AdminUnit> units;
    QMap<QString, int> firstRow;
};

std::optional<double> number(const QString& text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

}  // namespace

QString GazetteerImporter::bundledPath()
{
    return QStringLiteral(":/geodata/syr_gazetteer_adm3.csv");
}

Result<GazetteerSummary> GazetteerImporter::importBundled()
{
    return importFile(bundledPath());
}

Result<GazetteerSummary> GazetteerImporter::importFile(const QString& path)
{
    QFile file(path);
    const QString name = path.startsWith(QLatin1Char(':')) ? path : QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        return Issue::error(QStringLiteral("cannot-read"), tr("file"), path,
                            tr("Cannot read “%1”: %2").arg(path, file.errorString()));
    }
    if (file.size() > 256 * 1024 * 1024) {
        return Issue::error(QStringLiteral("too-large"), tr("file"), path,
                            tr("“%1” is too large to be a gazetteer.").arg(name));
    }
    return importBytes(file.readAll(), name);
}

Result<GazetteerSummary> GazetteerImporter::importBytes(const QByteArray& bytes, const QString& what)
{
    const Result<DecodedText> decoded = decodeText(bytes, what, false);
    if (!decoded.ok())
        return Result<GazetteerSummary>::failure(decoded.issues());
    const Result<CsvTable> table = CsvReader::parse(decoded->text, what);
    if (!table.ok())
        return Result<GazetteerSummary>::failure(table.issues());
    if (table->rows.size() < 2) {
        return Issue::error(QStringLiteral("empty-file"), tr("file"), what,
                            tr("“%1” has no rows below its header.").arg(what));
    }
    const Result<GazetteerColumns> found = GazetteerColumns::detect(table->rows.first(), what);
    if (!found.ok())
        return Result<GazetteerSummary>::failure(found.issues());
    const GazetteerColumns& columns = found.value();

    Collected collected;
    Issues errors;
    GazetteerSummary summary;
    for (int r = 1; r < table->rows.size(); ++r) {
        const QStringList& row = table->rows.at(r);
        const int rowNumber = r + 1;
        if (row.join(QString()).trimmed().isEmpty())
            continue;  // blank line
        ++summary.rows;
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
                const auto existing = m_reference.adminUnit(pcode);
                parent = existing ? existing->parentPcode : QString();
                if (parent.isEmpty() && level == 1 && m_reference.adminUnit(pcode.left(2)))
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
                                   tr("P-code %1 does not start with its parent's P-code %2.")
                                       .arg(pcode, parent));
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
                if (level < columns.deepest) {  // keep centroid and population of the leaf
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
        return Result<GazetteerSummary>::failure(errors);

    Transaction tx(m_db);
    if (!tx.begun().ok())
        return Result<GazetteerSummary>::failure(tx.begun().issues());
    for (int level = 0; level < GazetteerColumns::kLevels; ++level) {  // parents first
        for (AdminUnit unit : std::as_const(collected.units)) {
            if (unit.level != level)
                continue;
            // A file without centroids, populations or alternative names keeps the known ones.
            if (const auto known = m_reference.adminUnit(unit.pcode)) {
                unit.latitude = unit.latitude ? unit.latitude : known->latitude;
                unit.longitude = unit.longitude ? unit.longitude : known->longitude;
                unit.population = unit.population ? unit.population : known->population;
                unit.populationYear = unit.populationYear ? unit.populationYear : known->populationYear;
                if (unit.altNames.isEmpty())
                    unit.altNames = known->altNames;
            }
            const auto upserted = m_reference.upsertAdminUnit(unit);
            if (!upserted.ok())
                return Result<GazetteerSummary>::failure(upserted.issues());
            switch (upserted.value()) {
            case ReferenceRepository::Upsert::Added: ++summary.added; break;
            case ReferenceRepository::Upsert::Updated: ++summary.updated; break;
            case ReferenceRepository::Upsert::Unchanged: ++summary.unchanged; break;
            }
        }
    }
    const Status audited = m_writer.recordBatch(
        QStringLiteral("admin_unit"),
        QJsonObject{{QStringLiteral("source"), what},
                    {QStringLiteral("added"), summary.added},
                    {QStringLiteral("updated"), summary.updated}});
    if (!audited.ok())
        return Result<GazetteerSummary>::failure(audited.issues());
    const Status committed = tx.commit();
    if (!committed.ok())
        return Result<GazetteerSummary>::failure(committed.issues());
    return summary;
}

}  // namespace tansiq
