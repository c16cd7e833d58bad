#pragma once

#include "ui/common/Page.h"

#include <QList>
#include <QTemporaryDir>

#include <memory>

class QCheckBox;
class QComboBox;
class QImage;
class QLabel;
class QPdfDocument;
class QPdfView;
class QProgressBar;
class QPushButton;

namespace tansiq::ui {

class PagePreviewView;
struct UiContext;

// The monthly bulletin: choose the month, language and area, generate it off the GUI thread
// (figures on the analysis thread, layout and PDF on a worker), look at it page by page, and
// save it where the user wants. The PDF is the same one `tansiq-cli bulletin` writes. The
// preview is Qt Pdf's viewer over that file or, where Qt Pdf is missing (Windows), the pages
// drawn from the same layout (PagePreviewView, docs/decisions/0097).
class BulletinPage : public Page {
    Q_OBJECT
public:
    explicit BulletinPage(UiContext& context, QWidget* parent = nullptr);
    ~BulletinPage() override;

    QString pageId() const override { return QStringLiteral("bulletin"); }
    QString title() const override;
    void refresh() override;
    bool prepareScreenshot() override
    {
        generate();
        return true;
    }
    bool busy() const override { return m_busy || m_choicesLoading; }

    // Starts a bulletin for the chosen month, language and area.
    void generate();
#if TANSIQ_HAVE_QTPDF
    // The bulletin shown in the preview (null before the first one).
    QPdfDocument* document() const
    {
        return m_document;
    }
#endif
    // Pages in the preview (0 before the first bulletin).
    int previewPageCount() const;
    // Writes the previewed bulletin to `path`; false (with a message shown) on failure.
    bool saveTo(const QString& path);

protected:
    void retranslate() override;

private:
    void fillChoices(const QList<int>& months, const QList<QPair<QString, QString>>& areas);
    void written(quint64 request, const QString& error, QList<QImage> pages);
    void setBusy(bool busy);
    void cancel();

    UiContext& m_context;
    QComboBox* m_month = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_area = nullptr;
    QCheckBox* m_arabicDigits = nullptr;
    QPushButton* m_generate = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
#if TANSIQ_HAVE_QTPDF
    QPdfDocument* m_document = nullptr;
    QPdfView* m_view = nullptr;
#else
    PagePreviewView* m_view = nullptr;
#endif
    QTemporaryDir m_previewDir;
    QString m_previewPath;
    quint64 m_request = 0;
    bool m_busy = false;
    bool m_choicesLoading = false;
};

} // namespace tansiq::ui
