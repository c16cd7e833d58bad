#include "ui/bulletin/BulletinPage.h"

#include "core/bulletin/BulletinCollector.h"
#include "core/bulletin/BulletinDocument.h"
#include "core/bulletin/BulletinRegistrations.h"
#include "core/bulletin/CoordinationCollector.h"
#include "core/bulletin/ReportFonts.h"
#include "core/engine/Calendar.h"
#include "core/engine/DuplicationReviews.h"
#include "core/engine/PivotEngine.h"
#include "core/office/LocalOffice.h"
#include "core/registry/Registry.h"
#include "core/workspace/Workspace.h"
#include "ui/bulletin/PagePreviewView.h"
#include "ui/common/BackgroundJob.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Prompts.h"
#include "ui/common/SnapshotService.h"
#include "ui/common/UiContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#if TANSIQ_HAVE_QTPDF
#include <QPdfDocument>
#include <QPdfView>
#endif
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace tansiq::ui {

namespace {

struct Area {
    QString pcode;
    QString nameEn;
    QString nameAr;
};

struct Choices {
    QList<int> months; // newest first
    int latestReport = -1; // the latest reporting month: the default choice
    QList<Area> areas; // governorates
};

using Collected = std::shared_ptr<Result<report::BulletinData>>;

} // namespace

BulletinPage::BulletinPage(UiContext& context, QWidget* parent) : Page(parent), m_context(context)
{
    report::ReportFonts::ensureLoaded(); // on the GUI thread, before any worker lays out text
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("month"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QStringLiteral("العربية"), int(Language::Arabic));
    m_language->addItem(QStringLiteral("English"), int(Language::English));
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("area"));
    m_arabicDigits = new QCheckBox(this);
    m_arabicDigits->setObjectName(QStringLiteral("arabicDigits"));
    m_arabicDigits->setChecked(context.display.isArabic());
    m_generate = new QPushButton(this);
    m_generate->setObjectName(QStringLiteral("generate"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy indicator: the phases have no meaningful fraction
    m_progress->setVisible(false);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
#if TANSIQ_HAVE_QTPDF
    m_document = new QPdfDocument(this);
    m_view = new QPdfView(this);
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
#else
    m_view = new PagePreviewView(this);
#endif
    m_view->setObjectName(QStringLiteral("preview"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_month);
    controls->addWidget(m_language);
    controls->addWidget(m_area, 1);
    controls->addWidget(m_arabicDigits);
    controls->addWidget(m_generate);
    controls->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    auto* progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);
    layout->addLayout(progress);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(m_language, &QComboBox::activated, this, [this] {
        m_arabicDigits->setChecked(Language(m_language->currentData().toInt()) == Language::Arabic);
    });
    connect(m_generate, &QPushButton::clicked, this, &BulletinPage::generate);
    connect(m_cancel, &QPushButton::clicked, this, &BulletinPage::cancel);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString suggested = QDir::home().filePath(
            QStringLiteral("bulletin-%1-%2.pdf")
                .arg(engine::calendar::monthLabel(m_month->currentData().toInt()),
                    m_area->currentData().toString().isEmpty() ? QStringLiteral("SY")
                                                               : m_area->currentData().toString()));
        const QString path
            = m_context.prompts
                  .saveFile(this, tr("Save the bulletin"), suggested, tr("PDF documents (*.pdf)"))
                  .value_or(QString());
        if (!path.isEmpty())
            saveTo(path);
    });
    connect(&context.snapshots, &SnapshotService::snapshotChanged, this, &BulletinPage::refresh);
    connect(&context.display, &DisplaySettings::changed, this,
        &BulletinPage::refresh); // months in its digits
    m_language->setCurrentIndex(context.display.isArabic() ? 0 : 1);
    retranslate();
    refresh();
}

BulletinPage::~BulletinPage()
{
    // A PDF still being written holds only its own copies; wait so the preview folder can go.
    for (BackgroundJob* job : findChildren<BackgroundJob*>())
        job->wait();
}

QString BulletinPage::title() const
{
    return tr("Bulletin");
}

void BulletinPage::retranslate()
{
    m_month->setToolTip(tr("The bulletin's month"));
    m_language->setToolTip(tr("The bulletin's language (independent of the interface language)"));
    m_area->setToolTip(tr("The whole country or one governorate"));
    m_arabicDigits->setText(tr("Arabic-Indic digits"));
    m_generate->setText(tr("Generate"));
    m_save->setText(tr("Save as…"));
    m_cancel->setText(tr("Cancel"));
    if (m_area->count() > 0)
        m_area->setItemText(0, tr("Whole country"));
    const bool arabic = m_context.display.isArabic();
    for (int i = 1; i < m_area->count(); ++i) {
        const QStringList names = m_area->itemData(i, Qt::UserRole + 1).toStringList();
        m_area->setItemText(i, arabic ? names.value(1) : names.value(0));
    }
    if (!m_busy && previewPageCount() == 0)
        m_status->setText(
            tr("Choose a month, a language and an area, then Generate. The bulletin is previewed "
               "here before you save it."));
    emit titleChanged();
}

void BulletinPage::refresh()
{
    m_choicesLoading = true;
    m_context.snapshots.run<Choices>(
        this,
        [](const engine::Snapshot& s) {
            Choices c;
            if (s.liveCount() > 0) {
                const engine::Period horizon = engine::PivotEngine(s).horizon();
                for (int m = horizon.lastMonth; m >= horizon.firstMonth; --m)
                    c.months << m;
                for (qint64 r = 0; r < s.rowCount(); ++r) {
                    if (s.live[size_t(r)])
                        c.latestReport = std::max(c.latestReport, int(s.reportingMonth[size_t(r)]));
                }
            }
            for (const engine::PlaceEntry& p : s.places) {
                if (p.level == 1)
                    c.areas << Area { p.pcode, p.nameEn, p.nameAr };
            }
            std::sort(c.areas.begin(), c.areas.end(),
                [](const Area& a, const Area& b) { return a.pcode < b.pcode; });
            return c;
        },
        [this](Choices c) {
            m_choicesLoading = false;
            const int keepMonth = m_month->currentData().isValid() ? m_month->currentData().toInt()
                                                                   : c.latestReport;
            const QString keepArea = m_area->currentData().toString();
            m_month->clear();
            for (const int month : std::as_const(c.months))
                m_month->addItem(
                    m_context.display.date(engine::calendar::monthLabel(month)), month);
            // Default: the latest month with reports, not the months open-ended activities run
            // into.
            const int kept = int(m_month->findData(keepMonth));
            m_month->setCurrentIndex(
                kept >= 0 ? kept : std::max(0, int(m_month->findData(c.latestReport))));
            m_area->clear();
            m_area->addItem(QString(), QString());
            for (const Area& a : std::as_const(c.areas)) {
                m_area->addItem(a.pcode, a.pcode);
                m_area->setItemData(
                    m_area->count() - 1, QStringList { a.nameEn, a.nameAr }, Qt::UserRole + 1);
            }
            m_area->setCurrentIndex(std::max(0, int(m_area->findData(keepArea))));
            m_generate->setEnabled(!c.months.isEmpty());
            retranslate();
        });
}

void BulletinPage::generate()
{
    if (m_month->currentIndex() < 0)
        return;
    const quint64 request = ++m_request;
    report::BulletinRequest r;
    r.month = m_month->currentData().toInt();
    r.language = Language(m_language->currentData().toInt());
    r.areaPcode = m_area->currentData().toString();
    r.arabicDigits = m_arabicDigits->isChecked();
    r.producedOn = QDate::currentDate();
    Workspace& workspace = m_context.workspace;
    r.officeName = LocalOffice::name(workspace.database(), r.language);
    const auto marks = engine::DuplicationReviews(workspace.registry().writer()).marks();
    for (auto it = marks.cbegin(); it != marks.cend(); ++it)
        r.complementary.insert(it.key());
    r.registrations = report::registrationsAtMonthEnd(workspace.database(), r.month);
    const QString path
        = QDir(m_previewDir.path()).filePath(QStringLiteral("bulletin-%1.pdf").arg(request));
    setBusy(true);
    m_status->setText(tr("Computing the figures…"));
    m_context.snapshots.run<Collected>(
        this,
        [r](const engine::Snapshot& s) {
            return std::make_shared<Result<report::BulletinData>>(
                report::BulletinCollector(s).collect(r));
        },
        [this, request, path](Collected collected) {
            if (request != m_request)
                return; // a newer bulletin was asked for
            if (!collected->ok()) {
                written(request, collected->errorText(), {});
                return;
            }
            m_status->setText(tr("Laying out the pages…"));
            report::BulletinData filled = collected->value();
            filled.coordination = report::collectCoordination(m_context.workspace.registry(),
                filled.month, filled.language, filled.arabicDigits, filled.producedOn);
            auto data = std::make_shared<const report::BulletinData>(std::move(filled));
            // Without Qt Pdf the preview's pages are drawn with the PDF, from the same layout.
            std::shared_ptr<report::PageImages> images;
            if (!TANSIQ_HAVE_QTPDF)
                images = std::make_shared<report::PageImages>();
            // A job per request: an older PDF still being written finishes on its own job.
            auto* writer = new BackgroundJob(this);
            writer->setDeleteWhenDone(true);
            writer->run<Done>(
                QString(),
                [data, path, images](JobControl&) {
                    return report::BulletinDocument::writePdf(*data, path, images.get());
                },
                [this, request, images](Status status) {
                    written(request, status.ok() ? QString() : status.errorText(),
                        images ? std::move(images->pages) : QList<QImage>());
                });
        });
}

int BulletinPage::previewPageCount() const
{
#if TANSIQ_HAVE_QTPDF
    return m_document->status() == QPdfDocument::Status::Ready ? m_document->pageCount() : 0;
#else
    return m_view->pageCount();
#endif
}

void BulletinPage::written(quint64 request, const QString& error, QList<QImage> pages)
{
    if (request != m_request)
        return;
    setBusy(false);
    if (!error.isEmpty()) {
        m_status->setText(tr("The bulletin could not be made: %1").arg(error));
        return;
    }
    const QString path
        = QDir(m_previewDir.path()).filePath(QStringLiteral("bulletin-%1.pdf").arg(request));
#if TANSIQ_HAVE_QTPDF
    Q_UNUSED(pages);
    m_document->close();
#endif
    if (!m_previewPath.isEmpty())
        QFile::remove(m_previewPath);
    m_previewPath = path;
#if TANSIQ_HAVE_QTPDF
    if (m_document->load(path) != QPdfDocument::Error::None) {
#else
    m_view->setPages(std::move(pages));
    if (m_view->pageCount() == 0) {
#endif
        m_status->setText(tr("The bulletin was written but cannot be shown: %1")
                              .arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_save->setEnabled(true);
    m_status->setText(m_context.display.counted(
        tr("%n pages. Save as… keeps a copy.", nullptr, previewPageCount()), previewPageCount()));
}

bool BulletinPage::saveTo(const QString& path)
{
    if (m_previewPath.isEmpty())
        return false;
    if (QFile::exists(path))
        QFile::remove(path);
    if (!QFile::copy(m_previewPath, path)) {
        showIssues(this, tr("The bulletin was not saved."),
            { Issue::error(QStringLiteral("cannot-write"), tr("file"), path,
                tr("Cannot write “%1”.").arg(QDir::toNativeSeparators(path))) });
        return false;
    }
    m_status->setText(tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

// The work under way finishes on its thread, but its result is dropped: the page is free at
// once and the previous preview stays.
void BulletinPage::cancel()
{
    if (!m_busy)
        return;
    ++m_request;
    setBusy(false);
    m_status->setText(tr("Cancelled: no bulletin was made."));
}

void BulletinPage::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_generate->setEnabled(!busy);
    m_save->setEnabled(!busy && !m_previewPath.isEmpty());
}

} // namespace tansiq::ui
