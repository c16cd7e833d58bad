#pragma once

#include "core/bulletin/BulletinData.h"
#include "core/bulletin/PdfPager.h"

#include <memory>

class QTextDocument;

namespace tansiq::report {

// Lays out the monthly bulletin from its data: cover, key figures, charts, maps, the 4W
// summary, gaps, duplication alerts, partners, methods and sources. Words come from the
// "tansiq::Bulletin" messages in the bulletin's own language (BulletinText), not the
// interface's.
class BulletinDocument {
public:
    static std::unique_ptr<QTextDocument> build(const BulletinData& data);
    static PageSetup pageSetup(const BulletinData& data);
    // Builds and writes the PDF atomically; with `images`, also draws its pages for a preview.
    static Status writePdf(
        const BulletinData& data, const QString& path, PageImages* images = nullptr);
};

} // namespace tansiq::report
