#pragma once

#include "BulletinData.h"
#include "PdfPager.h"

#include <QCoreApplication>

#include <memory>

class QTextDocument;

namespace tansiq::report {

// Lays out the monthly bulletin from its data: cover, key figures, map, charts, the 4W
// summary, gaps, duplication alerts, partners, methods and sources. Text is translated with
// the "tansiq::Bulletin" context in whatever translator is installed for the bulletin's
// language (see BulletinLanguage).
class BulletinDocument {
    Q_DECLARE_TR_FUNCTIONS(tansiq::Bulletin)

public:
    static std::unique_ptr<QTextDocument> build(const BulletinData& data);
    static PageSetup pageSetup(const BulletinData& data);
    // Builds and writes the PDF atomically.
    static Status writePdf(const BulletinData& data, const QString& path);
};

}  // namespace tansiq::report
