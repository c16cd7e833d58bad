#include "core/common/FileNames.h"
#include "core/interop/TableSink.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace tansiq::interop {

namespace {

// libxlsxwriter writes to a file name: it writes into a private temporary folder, and the
// finished workbook is then copied through QSaveFile so the target appears atomically.
class XlsxSink final : public TableSink {
    Q_DECLARE_TR_FUNCTIONS(tansiq::interop::TableSink)

public:
    explicit XlsxSink(QString path) : m_path(std::move(path)) { }
    ~XlsxSink() override
    {
        if (m_book)
            workbook_close(m_book);
    }

    Status begin(const Layout& layout) override
    {
        if (!m_dir.isValid())
            return failed(tr("no temporary folder"));
        // Windows: libxlsxwriter opens files through the C runtime's ANSI calls.
        m_temp = native::cRuntimeFileName(m_dir.path(), QStringLiteral("export.xlsx"));
        m_tmpdir = native::cRuntimeFileName(m_dir.path(), QString());
        lxw_workbook_options options {};
        options.constant_memory = LXW_TRUE; // rows are written in order and flushed
        options.tmpdir = m_tmpdir.data();
        m_book = workbook_new_opt(m_temp.constData(), &options);
        if (!m_book)
            return failed(tr("cannot create the workbook"));
        m_sheet = workbook_add_worksheet(m_book, layout.sheetName.toUtf8().constData());
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        m_tagFormat = workbook_add_format(m_book);
        format_set_font_color(m_tagFormat, 0x595959);
        m_numeric = layout.numeric;
        if (layout.rightToLeft)
            worksheet_right_to_left(m_sheet);
        worksheet_freeze_panes(m_sheet, 2, 0);
        writeStrings(layout.header, m_bold);
        writeStrings(layout.tags, m_tagFormat);
        return success();
    }

    Status row(const QStringList& cells) override
    {
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QString& cell = cells.at(c);
            if (cell.isEmpty())
                continue;
            bool isNumber = false;
            const double number
                = c < m_numeric.size() && m_numeric.at(c) ? cell.toDouble(&isNumber) : 0.0;
            const lxw_error error = isNumber
                ? worksheet_write_number(m_sheet, m_row, lxw_col_t(c), number, nullptr)
                : worksheet_write_string(
                    m_sheet, m_row, lxw_col_t(c), cell.toUtf8().constData(), nullptr);
            if (error != LXW_NO_ERROR)
                return failed(QString::fromUtf8(lxw_strerror(error)));
        }
        ++m_row;
        return success();
    }

    Status finish() override
    {
        const lxw_error error = workbook_close(m_book);
        m_book = nullptr;
        if (error != LXW_NO_ERROR)
            return failed(QString::fromUtf8(lxw_strerror(error)));
        QFile built(QDir(m_dir.path()).filePath(QStringLiteral("export.xlsx")));
        QSaveFile target(m_path);
        if (!built.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly))
            return failed(target.errorString());
        while (!built.atEnd()) {
            const QByteArray chunk = built.read(1 << 20);
            if (target.write(chunk) != chunk.size()) {
                target.cancelWriting();
                return failed(target.errorString());
            }
        }
        if (!target.commit())
            return failed(target.errorString());
        return success();
    }

private:
    void writeStrings(const QStringList& cells, lxw_format* format)
    {
        for (qsizetype c = 0; c < cells.size(); ++c)
            worksheet_write_string(
                m_sheet, m_row, lxw_col_t(c), cells.at(c).toUtf8().constData(), format);
        ++m_row;
    }

    Issue failed(const QString& detail) const
    {
        return Issue::error(QStringLiteral("cannot-write"), m_path, detail,
            tr("Cannot write “%1”: %2").arg(m_path, detail));
    }

    QString m_path;
    QTemporaryDir m_dir;
    QByteArray m_temp;
    QByteArray m_tmpdir;
    lxw_workbook* m_book = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_format* m_tagFormat = nullptr;
    QList<bool> m_numeric;
    lxw_row_t m_row = 0;
};

} // namespace

std::unique_ptr<TableSink> TableSink::xlsx(const QString& path)
{
    return std::make_unique<XlsxSink>(path);
}

} // namespace tansiq::interop
