#include "ui/analysis/PivotCsv.h"

#include "core/engine/Dimensions.h"
#include "core/engine/PivotTableModel.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cmath>

namespace tansiq::ui {

using namespace tansiq::engine;

namespace {

QString field(const QString& text)
{
    QString out = text;
    // A spreadsheet must not run a name as a formula.
    if (!out.isEmpty() && QStringLiteral("=+-@").contains(out.front()))
        out.prepend(QLatin1Char('\''));
    if (out.contains(QLatin1Char(',')) || out.contains(QLatin1Char('"'))
        || out.contains(QLatin1Char('\n')) || out.contains(QLatin1Char('\r'))) {
        out.replace(QLatin1String("\""), QLatin1String("\"\""));
        out = QLatin1Char('"') + out + QLatin1Char('"');
    }
    return out;
}

QString figure(Measure measure, const QVariant& value)
{
    if (!value.isValid())
        return QString();
    const double v = value.toDouble();
    if (std::isnan(v))
        return QString();
    switch (measure) {
    case Measure::Coverage:
        return QString::number(v * 100.0, 'f', 1);
    case Measure::Budget:
        return QString::number(v, 'f', 2);
    default:
        return QString::number(qint64(std::llround(v)));
    }
}

} // namespace

QByteArray PivotCsv::text(const PivotTableModel& model)
{
    const PivotResult& r = model.result();
    const Measure measure = r.query.measure;
    QStringList lines;
    QStringList header;
    const QString rowsTitle
        = r.query.rows == Dimension::None ? QString() : dimensionTitle(r.query.rows);
    header << field(rowsTitle) << field(PivotCsv::tr("code"));
    const QString unit = measure == Measure::Coverage ? QStringLiteral(" (%)") : QString();
    for (int c = 0; c < model.columnCount(); ++c)
        header << field(model.headerData(c, Qt::Horizontal).toString() + unit);
    lines << header.join(QLatin1Char(','));
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        cells << field(model.headerData(row, Qt::Vertical).toString())
              << field(model.headerData(row, Qt::Vertical, PivotTableModel::CodeRole).toString());
        for (int c = 0; c < model.columnCount(); ++c)
            cells << figure(measure, model.data(model.index(row, c), PivotTableModel::ValueRole));
        lines << cells.join(QLatin1Char(','));
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

Status PivotCsv::write(const PivotTableModel& model, const QString& path)
{
    QSaveFile file(path);
    const auto failed = [&path, &file] {
        return Status::failure({ Issue::error(QStringLiteral("export-failed"), tr("file"), path,
            tr("Could not write “%1”: %2").arg(path, file.errorString())) });
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    const QByteArray bytes = text(model);
    if (file.write(bytes) != bytes.size())
        return failed();
    if (!file.commit())
        return failed();
    return success();
}

} // namespace tansiq::ui
