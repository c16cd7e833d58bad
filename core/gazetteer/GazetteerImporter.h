#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tansiq {

class Database;
class RecordWriter;
class ReferenceRepository;

struct GazetteerSummary {
    int rows = 0;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
};

// Imports an OCHA COD tabular gazetteer (CSV, UTF-8): adds new administrative units and
// updates names, centroids and populations of known ones, all in one transaction. A row whose
// child P-code does not start with its parent's, or whose parent is unknown, refuses the
// whole file, naming the row.
class GazetteerImporter {
    Q_DECLARE_TR_FUNCTIONS(tansiq::GazetteerImporter)

public:
    GazetteerImporter(Database& db, ReferenceRepository& reference, RecordWriter& writer)
        : m_db(db), m_reference(reference), m_writer(writer)
    {
    }

    Result<GazetteerSummary> importFile(const QString& path);
    Result<GazetteerSummary> importBytes(const QByteArray& bytes, const QString& what);
    // The gazetteer bundled with this build (from shared/geodata).
    Result<GazetteerSummary> importBundled();

    static QString bundledPath();

private:
    Database& m_db;
    ReferenceRepository& m_reference;
    RecordWriter& m_writer;
};

} // namespace tansiq
