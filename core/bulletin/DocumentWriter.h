#pragma once

#include "core/bulletin/BulletinData.h"
#include "core/bulletin/ReportFormat.h"

#include <QTextCursor>
#include <QTextDocument>

namespace tansiq::report {

// Writes headings, paragraphs and tables into a QTextDocument in the bulletin's direction
// and typography. Tables repeat their header row on every page they cross.
class DocumentWriter {
public:
    // All writing happens in one edit block, so the document is laid out once at the end
    // (laying out after each insertion made a 100-row table take ten seconds).
    DocumentWriter(QTextDocument& document, const ReportFormat& format);
    ~DocumentWriter();

    void title(const QString& text);
    void heading(const QString& text, bool newPage = false);
    void paragraph(const QString& text, qreal pointSize = 10, bool bold = false,
        QColor colour = QColor(0x22, 0x22, 0x22));
    void note(const QString& text) { paragraph(text, 8.5, false, QColor(0x55, 0x55, 0x55)); }
    void table(const ReportTable& table, qreal pointSize = 8.5);
    // Rich text a person wrote (Qt's HTML subset: bold, italics, lists, headings), in the
    // document's direction and fonts.
    void richText(const QString& html);
    void pageBreak();
    QTextCursor& cursor() { return m_cursor; }

private:
    static ReportTable mirrored(const ReportTable& table);
    QTextBlockFormat blockFormat(qreal spaceBefore = 0, qreal spaceAfter = 0) const;
    QTextCharFormat charFormat(qreal pointSize, bool bold, QColor colour) const;

    QTextDocument& m_document;
    const ReportFormat& m_format;
    QTextCursor m_cursor;
    bool m_pendingBreak = false;
};

} // namespace tansiq::report
