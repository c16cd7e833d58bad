#include "core/bulletin/PdfPager.h"

#include "core/bulletin/BulletinText.h"
#include "core/bulletin/ReportFonts.h"
#include "core/bulletin/ReportFormat.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace tansiq::report {

namespace {

constexpr double kMarginMm = 18;
constexpr double kFooterMm = 10;
constexpr double kA4WidthMm = 210;
constexpr double kA4HeightMm = 297;

double pixels(double mm, int resolution)
{
    return mm * resolution / 25.4;
}

// One page: the document's slice and the footer, in the layout's device pixels.
void paintPage(
    QPainter& painter, QTextDocument& document, const PageSetup& setup, int page, int pages)
{
    const QSizeF content = PdfPager::contentSize(setup);
    const double margin = pixels(kMarginMm, setup.resolution);
    const ReportFormat format(setup.language, setup.arabicDigits);
    const bool rtl = setup.language == Language::Arabic;
    painter.save();
    painter.translate(margin, margin - page * content.height());
    const QRectF visible(0, page * content.height(), content.width(), content.height());
    painter.setClipRect(visible);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = visible;
    document.documentLayout()->draw(&painter, context);
    painter.restore();

    const QRectF footer(margin, margin + content.height() + pixels(3, setup.resolution),
        content.width(), pixels(kFooterMm - 3, setup.resolution));
    painter.save();
    painter.setPen(QColor(0x66, 0x66, 0x66));
    painter.setFont(ReportFonts::body(setup.language, 7.5));
    painter.drawLine(footer.topLeft(), footer.topRight());
    const QString pageText = BulletinText(setup.language)
                                 .translate("tansiq::Bulletin", "page %1 of %2")
                                 .arg(format.number(page + 1), format.number(pages));
    painter.drawText(
        footer, Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft), setup.footerText);
    painter.drawText(footer, Qt::AlignVCenter | (rtl ? Qt::AlignLeft : Qt::AlignRight), pageText);
    painter.restore();
}

// One page as a white A4 image at `dotsPerInch`, drawn from the layout made for the PDF.
QImage pageImage(
    QTextDocument& document, const PageSetup& setup, int page, int pages, int dotsPerInch)
{
    const double scale = double(dotsPerInch) / setup.resolution;
    QImage image(qRound(pixels(kA4WidthMm, dotsPerInch)), qRound(pixels(kA4HeightMm, dotsPerInch)),
        QImage::Format_RGB32);
    // Fonts given in points (the footer's) resolve against the layout's resolution, as on the
    // PDF writer; the painter's scale then brings everything down to the image's pixels.
    image.setDotsPerMeterX(qRound(setup.resolution / 0.0254));
    image.setDotsPerMeterY(qRound(setup.resolution / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(
        QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    paintPage(painter, document, setup, page, pages);
    return image;
}

} // namespace

QSizeF PdfPager::contentSize(const PageSetup& setup)
{
    return { pixels(kA4WidthMm - 2 * kMarginMm, setup.resolution),
        pixels(kA4HeightMm - 2 * kMarginMm - kFooterMm, setup.resolution) };
}

void PdfPager::prepare(QTextDocument& document, const PageSetup& setup)
{
    document.setPageSize(contentSize(setup));
    document.setDocumentMargin(0);
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(setup.language == Language::Arabic ? Qt::RightToLeft : Qt::LeftToRight);
    document.setDefaultTextOption(option);
    document.setDefaultFont(ReportFonts::body(setup.language, 10));
}

Status PdfPager::write(
    QTextDocument& document, const PageSetup& setup, const QString& path, PageImages* images)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Issue::error(QStringLiteral("cannot-write"), tr("file"), path,
            tr("Cannot write “%1”: %2").arg(path, file.errorString()));
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(setup.resolution);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(setup.title);
        writer.setCreator(QStringLiteral("Tansiq"));
        document.documentLayout()->setPaintDevice(&writer);
        document.setPageSize(contentSize(setup));

        const int pages = document.pageCount();
        QPainter painter(&writer);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            paintPage(painter, document, setup, page, pages);
        }
        if (!painter.end()) {
            return Issue::error(QStringLiteral("cannot-write"), tr("file"), path,
                tr("The PDF “%1” could not be drawn.").arg(path));
        }
        // The preview is drawn while the writer, the layout's paint device, still exists.
        if (images) {
            images->pages.clear();
            for (int page = 0; page < pages; ++page)
                images->pages << pageImage(document, setup, page, pages, images->dotsPerInch);
        }
    }
    if (!file.commit()) {
        return Issue::error(QStringLiteral("cannot-write"), tr("file"), path,
            tr("Cannot write “%1”: %2").arg(path, file.errorString()));
    }
    return success();
}

} // namespace tansiq::report
