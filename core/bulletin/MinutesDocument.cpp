#include "core/bulletin/MinutesDocument.h"

#include "core/bulletin/BulletinText.h"
#include "core/bulletin/CoordinationSection.h"
#include "core/bulletin/DocumentWriter.h"

#include <QTextDocument>

namespace tansiq::report {

namespace {

// What people typed keeps its own direction inside a paragraph of the other language (an
// English decision numbered in an Arabic document), without storing the marks.
QString isolated(const QString& text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

void writeContents(QTextDocument& document, const MinutesData& d)
{
    const BulletinText t(d.language);
    const ReportFormat f(d.language, d.arabicDigits);
    DocumentWriter w(document, f);
    w.title(t.translate("tansiq::Minutes", "Minutes of the meeting"));
    w.paragraph(d.title, 16, true);
    w.paragraph(d.groupName.isEmpty()
            ? t.translate("tansiq::Minutes", "General coordination meeting")
            : d.groupName,
        12);
    ReportTable details;
    details.headers
        = { t.translate("tansiq::Minutes", "Date"), t.translate("tansiq::Minutes", "Place"),
              t.translate("tansiq::Minutes", "Venue"), t.translate("tansiq::Minutes", "Chair") };
    details.rows << QStringList { f.date(d.heldOn), d.place, d.venue, d.chair };
    w.table(details, 10);

    w.heading(t.translate("tansiq::Minutes", "Attendance"));
    if (d.attendance.isEmpty())
        w.paragraph(t.translate("tansiq::Minutes", "No attendance was recorded."));
    for (const QString& org : d.attendance)
        w.paragraph(QStringLiteral("• ") + org);

    if (!d.agenda.trimmed().isEmpty()) {
        w.heading(t.translate("tansiq::Minutes", "Agenda"));
        for (const QString& line : d.agenda.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            w.paragraph(isolated(line));
    }
    if (!d.minutesHtml.trimmed().isEmpty()) {
        w.heading(t.translate("tansiq::Minutes", "Discussion"));
        w.richText(d.minutesHtml);
    }
    w.heading(t.translate("tansiq::Minutes", "Decisions"));
    if (d.decisions.isEmpty())
        w.paragraph(t.translate("tansiq::Minutes", "No decision was recorded."));
    for (qsizetype i = 0; i < d.decisions.size(); ++i)
        w.paragraph(f.number(double(i + 1)) + QStringLiteral(". ") + isolated(d.decisions.at(i)));
    w.heading(t.translate("tansiq::Minutes", "Action points"));
    if (d.actions.isEmpty())
        w.paragraph(t.translate("tansiq::Minutes", "No action point was set."));
    else
        w.table(actionPointTable(d.actions, d.language), 9.5);
    w.note(t.translate("tansiq::Minutes", "Produced on %1 with Tansiq by %2.")
               .arg(f.date(d.producedOn), d.officeName));
}

} // namespace

PageSetup MinutesDocument::pageSetup(const MinutesData& d)
{
    const BulletinText t(d.language);
    const ReportFormat f(d.language, d.arabicDigits);
    PageSetup setup;
    setup.language = d.language;
    setup.arabicDigits = d.arabicDigits;
    setup.title
        = t.translate("tansiq::Minutes", "Minutes — %1 — %2").arg(d.title, f.date(d.heldOn));
    setup.footerText
        = t.translate("tansiq::Minutes", "Tansiq | %1 | %2").arg(d.officeName, f.date(d.heldOn));
    return setup;
}

std::unique_ptr<QTextDocument> MinutesDocument::build(const MinutesData& data)
{
    auto document = std::make_unique<QTextDocument>();
    PdfPager::prepare(*document, pageSetup(data));
    writeContents(*document, data);
    return document;
}

Status MinutesDocument::writePdf(const MinutesData& data, const QString& path)
{
    const auto document = build(data);
    return PdfPager::write(*document, pageSetup(data), path);
}

} // namespace tansiq::report
