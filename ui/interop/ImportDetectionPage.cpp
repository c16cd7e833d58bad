#include "ui/interop/ImportDetectionPage.h"

#include "core/interop/FourWColumns.h"
#include "ui/common/DisplaySettings.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tansiq::ui {

namespace {
enum Line {
    FileLine,
    FormatLine,
    RowsLine,
    TagRowLine,
    HeaderLine,
    RecognisedLine,
    IgnoredLine,
    LineCount
};
}

ImportDetectionPage::ImportDetectionPage(const DisplaySettings& display, QWidget* parent)
    : QWidget(parent), m_display(display)
{
    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignLeading);
    for (int i = 0; i < LineCount; ++i) {
        auto* name = new QLabel(this);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        auto* value = new QLabel(this);
        value->setObjectName(QStringLiteral("detected%1").arg(i));
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(name, value);
        m_names << name;
        m_values << value;
    }
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("detectionNext"));
    m_next->setWordWrap(true);
    m_next->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addSpacing(12);
    layout->addWidget(m_next);
    layout->addStretch(1);
    retranslate();
}

void ImportDetectionPage::setDetection(const Detection& detection)
{
    m_detection = detection;
    showDetection();
}

QString ImportDetectionPage::text() const
{
    QStringList lines;
    for (int i = 0; i < LineCount; ++i)
        lines << m_names.at(i)->text() + u' ' + m_values.at(i)->text();
    lines << m_next->text();
    return lines.join(u'\n');
}

void ImportDetectionPage::showDetection()
{
    const Detection& d = m_detection;
    const auto row = [this](int zeroBased) { return m_display.number(qint64(zeroBased + 1)); };
    m_values[FileLine]->setText(d.file);
    m_values[FormatLine]->setText(d.description);
    m_values[RowsLine]->setText(m_display.number(d.rowCount));
    const interop::SheetLayout* layout = d.plan ? &d.plan->layout : nullptr;
    if (d.tagRow) {
        m_values[TagRowLine]->setText(tr("found in row %1; the data starts in row %2")
                                          .arg(row(*d.tagRow), row(*d.tagRow + 1)));
        m_values[HeaderLine]->setText(*d.tagRow == 0
                ? tr("none above the hashtag row")
                : tr("rows %1 to %2 (not read)").arg(row(0), row(*d.tagRow - 1)));
    } else {
        m_values[TagRowLine]->setText(tr("not found in the first 25 rows"));
        m_values[HeaderLine]->setText(layout && layout->headerRow >= 0
                ? tr("row %1 (the columns are mapped from these headers)")
                      .arg(row(layout->headerRow))
                : tr("not recognised"));
    }
    QStringList recognised;
    if (layout) {
        for (const interop::ColumnBinding& binding : layout->bindings)
            recognised << interop::fieldLabel(binding.field);
        recognised.removeDuplicates();
    }
    m_values[RecognisedLine]->setText(recognised.isEmpty()
            ? tr("none yet")
            : tr("%1: %2").arg(m_display.number(qint64(recognised.size())),
                recognised.join(QStringLiteral("، "))));
    m_values[IgnoredLine]->setText(layout && !layout->ignored.isEmpty()
            ? layout->ignored.join(QStringLiteral(" | "))
            : tr("none"));
    QString next;
    if (d.needsMapping())
        next = d.plan ? tr("Next: check how the columns are mapped to 4W fields.")
                      : tr("Next: say which 4W field each column holds.");
    else if (d.plan)
        next = tr("Next: review what the import would do.");
    else
        next = tr("This file cannot be imported: %1").arg(issuesToText(d.planIssues));
    m_next->setText(next);
    m_next->setStyleSheet(
        !d.plan && !d.needsMapping() ? QStringLiteral("color: #b3261e;") : QString());
}

void ImportDetectionPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ImportDetectionPage::retranslate()
{
    m_names[FileLine]->setText(tr("File:"));
    m_names[FormatLine]->setText(tr("Read as:"));
    m_names[RowsLine]->setText(tr("Rows:"));
    m_names[TagRowLine]->setText(tr("HXL hashtag row:"));
    m_names[HeaderLine]->setText(tr("Header rows:"));
    m_names[RecognisedLine]->setText(tr("4W fields recognised:"));
    m_names[IgnoredLine]->setText(tr("Columns ignored:"));
    if (!m_detection.file.isEmpty())
        showDetection();
}

} // namespace tansiq::ui
