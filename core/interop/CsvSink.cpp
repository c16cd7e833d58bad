#include "core/interop/TableSink.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace tansiq::interop {

namespace {

QByteArray csvLine(const QStringList& cells)
{
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += ',';
        const QString& cell = cells.at(i);
        const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n')
            || cell.contains(u'\r') || cell.startsWith(u' ') || cell.endsWith(u' ');
        if (quote) {
            QString escaped = cell;
            escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            line += '"' + escaped.toUtf8() + '"';
        } else {
            line += cell.toUtf8();
        }
    }
    line += "\r\n";
    return line;
}

class CsvSink final : public TableSink {
    Q_DECLARE_TR_FUNCTIONS(tansiq::interop::TableSink)

public:
    explicit CsvSink(const QString& path) : m_file(path) { }

    Status begin(const Layout& layout) override
    {
        if (!m_file.open(QIODevice::WriteOnly))
            return failed();
        m_buffer = "\xEF\xBB\xBF" + csvLine(layout.header) + csvLine(layout.tags);
        return success();
    }

    Status row(const QStringList& cells) override
    {
        m_buffer += csvLine(cells);
        return m_buffer.size() > (1 << 20) ? flush() : success();
    }

    Status finish() override
    {
        const Status flushed = flush();
        if (!flushed.ok())
            return flushed;
        if (!m_file.commit())
            return failed();
        return success();
    }

private:
    Status flush()
    {
        if (m_file.write(m_buffer) != m_buffer.size()) {
            m_file.cancelWriting();
            return failed();
        }
        m_buffer.clear();
        return success();
    }

    Issue failed() const
    {
        return Issue::error(QStringLiteral("cannot-write"), m_file.fileName(), QString(),
            tr("Cannot write “%1”: %2").arg(m_file.fileName(), m_file.errorString()));
    }

    QSaveFile m_file;
    QByteArray m_buffer;
};

} // namespace

std::unique_ptr<TableSink> TableSink::csv(const QString& path)
{
    return std::make_unique<CsvSink>(path);
}

} // namespace tansiq::interop
