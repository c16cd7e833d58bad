#pragma once

#include "common/Result.h"
#include "registry/Vocabulary.h"

#include <QSizeF>
#include <QString>

class QTextDocument;

namespace tansiq::report {

// Lays a QTextDocument out on A4 pages at 300 dpi with print margins and a footer (title on one
// side, "page N of M" on the other, mirrored for Arabic), and writes the PDF atomically: the
// file appears complete or not at all.
struct PageSetup {
    Language language = Language::Arabic;
    bool arabicDigits = false;
    QString footerText;  // e.g. "Tansiq | Deir-ez-Zor office | October 2026"
    QString title;       // PDF metadata
    int resolution = 300;
};

class PdfPager {
public:
    // Prepares `document` for the page geometry (call before filling it, so images and
    // tables are laid out at print resolution).
    static void prepare(QTextDocument& document, const PageSetup& setup);
    static Status write(QTextDocument& document, const PageSetup& setup, const QString& path);
    // Content area of an A4 page at the setup's resolution, in device pixels.
    static QSizeF contentSize(const PageSetup& setup);
};

}  // namespace tansiq::report
