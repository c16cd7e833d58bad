#include "core/gazetteer/GazetteerImporter.h"

#include "core/gazetteer/GazetteerColumns.h"
#include "core/gazetteer/GazetteerRows.h"
#include "core/io/CsvReader.h"
#include "core/io/TextDecoding.h"
#include "core/registry/RecordWriter.h"
#include "core/registry/ReferenceRepository.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace tansiq {

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

Result<GazetteerSummary> GazetteerImporter::importBytes(
    const QByteArray& bytes, const QString& what)
{
    const Result<DecodedText> decoded = decodeText(bytes, what, false);
    if (!decoded.ok())
        return decoded;
    const Result<CsvTable> table = CsvReader::parse(decoded->text, what);
    if (!table.ok())
        return table;
    if (table->rows.size() < 2) {
        return Issue::error(QStringLiteral("empty-file"), tr("file"), what,
            tr("“%1” has no rows below its header.").arg(what));
    }
    const Result<GazetteerColumns> found = GazetteerColumns::detect(table->rows.first(), what);
    if (!found.ok())
        return found;

    const Result<GazetteerRows> collected
        = GazetteerRows::read(table.value(), found.value(), m_reference);
    if (!collected.ok())
        return collected;
    GazetteerSummary summary;
    summary.rows = collected->rows;

    return inTransaction(m_db, [&]() -> Result<GazetteerSummary> {
        for (int level = 0; level < GazetteerColumns::kLevels; ++level) { // parents first
            for (AdminUnit unit : collected->units) {
                if (unit.level != level)
                    continue;
                // A file without centroids, populations or alternative names keeps the known ones.
                if (const auto known = m_reference.adminUnit(unit.pcode)) {
                    unit.latitude = unit.latitude ? unit.latitude : known->latitude;
                    unit.longitude = unit.longitude ? unit.longitude : known->longitude;
                    unit.population = unit.population ? unit.population : known->population;
                    unit.populationYear
                        = unit.populationYear ? unit.populationYear : known->populationYear;
                    if (unit.altNames.isEmpty())
                        unit.altNames = known->altNames;
                }
                const auto upserted = m_reference.upsertAdminUnit(unit);
                if (!upserted.ok())
                    return upserted;
                switch (upserted.value()) {
                case ReferenceRepository::Upsert::Added:
                    ++summary.added;
                    break;
                case ReferenceRepository::Upsert::Updated:
                    ++summary.updated;
                    break;
                case ReferenceRepository::Upsert::Unchanged:
                    ++summary.unchanged;
                    break;
                }
            }
        }
        const Status audited = m_writer.recordBatch(QStringLiteral("admin_unit"),
            QJsonObject { { QStringLiteral("source"), what },
                { QStringLiteral("added"), summary.added },
                { QStringLiteral("updated"), summary.updated } });
        if (!audited.ok())
            return audited;
        return summary;
    });
}

} // namespace tansiq
