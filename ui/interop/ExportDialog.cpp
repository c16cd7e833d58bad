#include "ui/interop/ExportDialog.h"

#include "core/common/Clock.h"
#include "core/common/Dates.h"
#include "core/interop/FourWExporter.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/workspace/Workspace.h"
#include "ui/common/BackgroundJob.h"
#include "ui/common/DateField.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/PlaceSelection.h"
#include "ui/common/Prompts.h"
#include "ui/common/UiContext.h"
#include "ui/registry/OrganisationCombo.h"
#include "ui/registry/SectorCombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace tansiq::ui {

ExportDialog::ExportDialog(UiContext& context, QWidget* parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("exportDialog"));
    Registry& registry = context.workspace.registry();
    m_sectors = registry.reference().sectors();
    const QString pcode = context.selection.pcode();
    if (!pcode.isEmpty()) {
        const auto unit = registry.reference().adminUnit(pcode);
        m_placeName = unit ? context.display.pick(unit->nameEn, unit->nameAr) : pcode;
    }

    m_formatLabel = new QLabel(this);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItems({ QString(), QString() });
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItems({ QString(), QString() });
    m_language->setCurrentIndex(context.display.isArabic() ? 0 : 1);
    m_sectorLabel = new QLabel(this);
    m_sector = new SectorCombo(m_sectors, context.display, true, this);
    m_sector->setObjectName(QStringLiteral("sector"));
    m_organisationLabel = new QLabel(this);
    m_organisation
        = new OrganisationCombo(registry.organisations().list(), context.display, true, this);
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_onlyPlace = new QCheckBox(this);
    m_onlyPlace->setObjectName(QStringLiteral("onlySelectedPlace"));
    m_onlyPlace->setEnabled(!pcode.isEmpty());
    m_onlyPlace->setChecked(!pcode.isEmpty());
    m_period = new QCheckBox(this);
    m_period->setObjectName(QStringLiteral("period"));
    const QDate today
        = QDateTime::fromMSecsSinceEpoch(context.workspace.clock().nowMs(), QTimeZone::utc())
              .date();
    // The period's dates are typed and shown like every other date field: in the user's
    // digits, read in any digits (decision 0074).
    const QDate firstDay(today.year(), today.month(), 1);
    m_from = new DateField(DateField::Kind::Day, context.display, this);
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setIsoText(dates::toIsoDate(firstDay));
    m_to = new DateField(DateField::Kind::Day, context.display, this);
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setIsoText(dates::toIsoDate(firstDay.addMonths(1).addDays(-1)));
    m_fileLabel = new QLabel(this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setLayoutDirection(Qt::LeftToRight);
    m_browse = new QPushButton(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setEnabled(false);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setRange(0, 0);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setDefault(true);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("close"));

    auto* periodLine = new QHBoxLayout;
    periodLine->addWidget(m_period);
    periodLine->addWidget(m_from);
    periodLine->addWidget(m_to);
    periodLine->addStretch(1);
    auto* fileLine = new QHBoxLayout;
    fileLine->addWidget(m_path, 1);
    fileLine->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_sectorLabel, m_sector);
    form->addRow(m_organisationLabel, m_organisation);
    form->addRow(QString(), m_onlyPlace);
    form->addRow(QString(), periodLine);
    form->addRow(m_fileLabel, fileLine);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progressBar, 1);
    buttons->addStretch(0);
    buttons->addWidget(m_export);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addLayout(buttons);

    m_job = new BackgroundJob(
        m_context.workspace.database().path(), m_context.workspace.clock(), this);
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_job->busy())
            m_result->setText(m_context.display.counted(
                tr("%n activities written…", nullptr, int(m_job->done())), m_job->done()));
    });
    connect(m_period, &QCheckBox::toggled, this, &ExportDialog::updateState);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::exportNow);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);
    resize(640, 420);
    retranslate();
    updateState();
}

ExportDialog::~ExportDialog() = default; // m_job, a child, stops its job and waits for it

bool ExportDialog::busy() const
{
    return m_job->busy();
}

interop::ExportFilter ExportDialog::filter() const
{
    interop::ExportFilter filter;
    const QUuid sectorId = m_sector->sectorId();
    for (const Sector& sector : m_sectors) {
        if (sector.id == sectorId)
            filter.sectorIds << sector.id;
    }
    const QUuid organisation = m_organisation->organisationId();
    if (!organisation.isNull())
        filter.organisationIds << organisation;
    if (m_onlyPlace->isChecked())
        filter.placePcode = m_context.selection.pcode();
    if (m_period->isChecked()) {
        filter.activeFrom = m_from->isoText();
        filter.activeTo = m_to->isoText();
    }
    return filter;
}

Language ExportDialog::language() const
{
    return m_language->currentIndex() == 0 ? Language::Arabic : Language::English;
}

bool ExportDialog::xlsx() const
{
    return m_format->currentIndex() == 1;
}

QString ExportDialog::path() const
{
    QString path = m_path->text().trimmed();
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += xlsx() ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    return path;
}

QString ExportDialog::resultText() const
{
    return m_result->text();
}

void ExportDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

void ExportDialog::updateState()
{
    const bool running = busy();
    // A period that cannot be read is explained by Export (periodProblem), not by a grey button.
    m_export->setEnabled(!running && !m_path->text().trimmed().isEmpty());
    m_from->setEnabled(m_period->isChecked() && !running);
    m_to->setEnabled(m_period->isChecked() && !running);
    m_progressBar->setVisible(running);
    m_close->setText(running ? tr("&Cancel") : tr("&Close"));
}

QString ExportDialog::periodProblem() const
{
    if (!m_period->isChecked())
        return QString();
    for (const DateField* field : { m_from, m_to }) {
        if (!dates::readDate(field->text()))
            return tr("“%1” is not a date; write it as %2.")
                .arg(field->text().trimmed(),
                    m_context.display.digitsOf(QStringLiteral("2026-10-31")));
    }
    if (*dates::readDate(m_from->text()) > *dates::readDate(m_to->text()))
        return tr("The period ends before it starts.");
    return QString();
}

void ExportDialog::browse()
{
    const QString path = m_context.prompts
                             .saveFile(this, tr("Export the 4W"), m_path->text(),
                                 xlsx() ? tr("Excel workbook (*.xlsx)") : tr("CSV file (*.csv)"))
                             .value_or(QString());
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::exportNow()
{
    if (busy() || m_path->text().trimmed().isEmpty())
        return;
    const QString problem = periodProblem();
    if (!problem.isEmpty()) {
        m_result->setText(problem);
        m_result->setStyleSheet(QStringLiteral("color: #b3261e;"));
        return;
    }
    const QString target = path();
    const bool toXlsx = xlsx();
    const interop::ExportFilter exportFilter = filter();
    const Language lang = language();
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Exporting…"));
    m_poll->start();
    m_job->runOnWorkspace<interop::ExportSummary>(
        QString(),
        [target, toXlsx, exportFilter, lang](Workspace& workspace, JobControl& control) {
            auto sink = toXlsx ? interop::TableSink::xlsx(target) : interop::TableSink::csv(target);
            interop::FourWExporter exporter(workspace.registry());
            return exporter.write(
                *sink, exportFilter, lang, [&control](qint64 done) { control.progress(done, 0); },
                control.cancelFlag());
        },
        [this, target](Result<interop::ExportSummary> summary) {
            m_poll->stop();
            if (summary.ok()) {
                m_result->setText(m_context.display
                                      .counted(tr("Exported %n activities to %1 (%2 sensitive: "
                                                  "written without coordinates, "
                                                  "site and focal point).",
                                                   nullptr, int(summary->rows)),
                                          summary->rows)
                                      .arg(DisplaySettings::leftToRight(target),
                                          m_context.display.number(summary->sensitiveRows)));
            } else {
                m_result->setText(
                    tr("Nothing was exported; an earlier file of that name is unchanged.\n%1")
                        .arg(summary.errorText()));
                m_result->setStyleSheet(QStringLiteral("color: #b3261e;"));
            }
            updateState();
        });
    updateState();
}

void ExportDialog::reject()
{
    if (busy()) {
        m_job->cancel();
        m_result->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void ExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export the 4W"));
    m_formatLabel->setText(tr("Format:"));
    m_format->setItemText(0, tr("CSV (UTF-8, comma separated)"));
    m_format->setItemText(1, tr("Excel workbook (XLSX)"));
    m_languageLabel->setText(tr("Headers and names:"));
    m_language->setItemText(0, tr("Arabic"));
    m_language->setItemText(1, tr("English"));
    m_sectorLabel->setText(tr("Sector:"));
    m_sector->setItemText(0, tr("All sectors"));
    m_organisationLabel->setText(tr("Implementing organisation:"));
    m_organisation->setItemText(0, tr("All organisations"));
    m_onlyPlace->setText(m_placeName.isEmpty()
            ? tr("Only the selected place (no place is selected)")
            : tr("Only %1 and the places in it").arg(m_placeName));
    m_period->setText(tr("Only activities active between"));
    m_fileLabel->setText(tr("File:"));
    m_browse->setText(tr("&Browse…"));
    m_export->setText(tr("&Export"));
    m_note->setText(
        tr("The file has a header row and the HXL hashtag row. Sensitive activities are "
           "written without coordinates, site name and focal point."));
    updateState();
}

} // namespace tansiq::ui
