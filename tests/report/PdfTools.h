#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

namespace tansiq::test {

// poppler-utils, as a reader of the PDF would see it.
struct PdfFont {
    QString name;
    bool embedded = false;
    bool unicode = false;
};

// Text of the PDF (pdftotext -layout), normalised with NFKC so Arabic presentation forms
// compare equal to ordinary letters.
QString pdfText(const QString& path);
QList<PdfFont> pdfFonts(const QString& path);
int pdfPageCount(const QString& path);
// One page (1-based) rendered by pdftoppm at `dotsPerInch`; null when it cannot be rendered.
QImage pdfPageImage(const QString& path, int page, int dotsPerInch);

} // namespace tansiq::test
