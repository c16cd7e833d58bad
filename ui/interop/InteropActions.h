#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace tansiq::ui {

class ExportDialog;
class ImportWizard;
class Page;
struct UiContext;

// The File-menu actions of the spreadsheet interop: "Import 4W spreadsheet…" (Ctrl+I) and
// "Export 4W…" (Ctrl+Shift+E). The main window only places them; this object opens the
// wizard and the dialog (window-modal, never blocking the event loop) and, after an import,
// refreshes every page given by `pages`.
class InteropActions : public QObject {
    Q_OBJECT
public:
    using PageList = std::function<QList<Page*>()>;

    InteropActions(UiContext& context, QWidget* window, PageList pages);

    QList<QAction*> actions() const { return { m_import, m_export }; }
    QAction* importAction() const { return m_import; }
    QAction* exportAction() const { return m_export; }

    ImportWizard* openImportWizard();
    ExportDialog* openExportDialog();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();

    UiContext& m_context;
    QWidget* m_window;
    PageList m_pages;
    QAction* m_import;
    QAction* m_export;
};

} // namespace tansiq::ui
