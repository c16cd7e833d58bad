#include "core/interop/BoundaryImporter.h"

#include "core/common/Clock.h"
#include "core/interop/BoundaryStore.h"
#include "core/interop/CodAbGeoJson.h"
#include "core/interop/Simplify.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace tansiq::interop {

namespace {
// P-codes of the gazetteer at one level.
QSet<QString> gazetteerPcodes(Database& db, int level)
{
    QSet<QString> pcodes;
    Statement query(db.handle(), "SELECT pcode FROM admin_unit WHERE level = ?");
    query.bind(1, level);
    while (query.step() == Statement::Step::Row)
        pcodes.insert(query.text(0));
    return pcodes;
}
} // namespace

double BoundaryImporter::toleranceFor(int level)
{
    switch (level) {
    case 1:
        return 0.001;
    case 2:
        return 0.0007;
    default:
        return 0.0005;
    }
}

Result<BoundaryImportSummary> BoundaryImporter::importFile(const QString& path)
{
    QFile file(path);
    const QString what = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        return Issue::error(QStringLiteral("cannot-open"), what, path,
            tr("Cannot open “%1”: %2").arg(path, file.errorString()));
    }
    if (file.size() > 512LL * 1024 * 1024) {
        return Issue::error(QStringLiteral("file-too-large"), what, QString::number(file.size()),
            tr("“%1” is larger than 512 MB.").arg(what));
    }
    return importBytes(file.readAll(), what);
}

Result<BoundaryImportSummary> BoundaryImporter::importBytes(
    const QByteArray& bytes, const QString& what)
{
    auto parsed = parseCodAbGeoJson(bytes, what);
    if (!parsed.ok())
        return parsed;
    const int level = parsed->level;
    const QSet<QString> known = gazetteerPcodes(m_db, level);
    QStringList unknown;
    QSet<QString> covered;
    for (const AdminPolygon& polygon : parsed->polygons) {
        if (!known.contains(polygon.pcode))
            unknown << polygon.pcode;
        covered.insert(polygon.pcode);
    }
    if (!unknown.isEmpty()) {
        return Issue::error(QStringLiteral("unknown-pcode"), what,
            unknown.join(QStringLiteral(", ")),
            QCoreApplication::translate("tansiq::interop::BoundaryImporter",
                "“%1” was not imported: %n P-code(s) of level %2 "
                "are not in the gazetteer (%3). Import the matching "
                "gazetteer first; nothing was written.",
                nullptr, int(unknown.size()))
                .arg(what)
                .arg(level)
                .arg(unknown.mid(0, 10).join(QStringLiteral(", "))));
    }
    BoundaryImportSummary summary;
    summary.level = level;
    summary.tolerance = toleranceFor(level);
    summary.validOn = parsed->validOn;
    summary.version = parsed->version;
    BoundarySet set;
    set.level = level;
    set.source = BoundarySet::Source::Imported;
    set.validOn = parsed->validOn;
    set.version = parsed->version;
    for (AdminPolygon polygon : parsed->polygons) {
        summary.pointsBefore += pointCount(polygon.parts);
        polygon.parts = simplifyParts(polygon.parts, summary.tolerance);
        summary.pointsAfter += pointCount(polygon.parts);
        set.polygons << polygon;
    }
    summary.polygons = int(set.polygons.size());
    for (const QString& pcode : known) {
        if (!covered.contains(pcode))
            summary.withoutPolygon << pcode;
    }
    summary.withoutPolygon.sort();

    Transaction tx(m_db);
    if (!tx.begun().ok())
        return tx.begun();
    const Status stored
        = BoundaryStore(m_db).replace(set, what, summary.tolerance, m_clock.nowMs());
    if (!stored.ok())
        return stored;
    const Status committed = tx.commit();
    if (!committed.ok())
        return committed;
    return summary;
}

} // namespace tansiq::interop
