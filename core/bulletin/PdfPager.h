#pragma once

#include "core/common/Result.h"
#include "core/registry/Vocabulary.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
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
    QString footerText; // e.g. "Tansiq | Deir-ez-Zor office | October 2026"
    QString title; // PDF metadata
    int resolution = 300;
};

// Pages drawn as images from the same layout the PDF is drawn from, for a preview where Qt Pdf
// is missing (Windows, docs/decisions/0097).
struct PageImages {
    int dotsPerInch = 110;
    QList<QImage> pages;
};

class PdfPager {
    Q_DECLARE_TR_FUNCTIONS(tansiq::Bulletin)

public:
    // Prepares `document` for the page geometry (call before filling it, so images and
    // tables are laid out at print resolution).
    static void prepare(QTextDocument& document, const PageSetup& setup);
    // Writes the PDF; with `images`, also draws each page into images->pages (white A4 pages
    // at images->dotsPerInch), from the very layout written to the PDF.
    static Status write(QTextDocument& document, const PageSetup& setup, const QString& path,
        PageImages* images = nullptr);
    // Content area of an A4 page at the setup's resolution, in device pixels.
    static QSizeF contentSize(const PageSetup& setup);
};

} // namespace tansiq::report
