#include "tests/report/PdfTools.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace tansiq::test {

namespace {
QString run(const QString& program, const QStringList& args)
{
    QProcess process;
    process.start(program, args);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

QString pdfText(const QString& path)
{
    return run(
        QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") })
        .normalized(QString::NormalizationForm_KC);
}

QList<PdfFont> pdfFonts(const QString& path)
{
    // name type encoding emb sub uni object ID
    QList<PdfFont> fonts;
    const QStringList lines = run(QStringLiteral("pdffonts"), { path }).split(QLatin1Char('\n'));
    for (int i = 2; i < lines.size(); ++i) {
        const QStringList fields
            = lines.at(i).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (fields.size() < 7)
            continue;
        const int n = int(fields.size());
        fonts << PdfFont { fields.first(), fields.at(n - 5) == u"yes", fields.at(n - 3) == u"yes" };
    }
    return fonts;
}

int pdfPageCount(const QString& path)
{
    const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const auto match = pages.match(run(QStringLiteral("pdfinfo"), { path }));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QImage pdfPageImage(const QString& path, int page, int dotsPerInch)
{
    QTemporaryDir dir;
    const QString stem = QDir(dir.path()).filePath(QStringLiteral("page"));
    run(QStringLiteral("pdftoppm"),
        { QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dotsPerInch),
            QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
            QString::number(page), QStringLiteral("-singlefile"), path, stem });
    return QImage(stem + QStringLiteral(".png"));
}

} // namespace tansiq::test
