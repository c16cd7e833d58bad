#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QAction;

namespace tansiq::ui {

class Page;
struct UiContext;

// The main window only composes: a navigation list (on the reading side: right in Arabic),
// the pages in a stack, undo/redo, and a status line. Pages are added by the caller.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(UiContext& context, QWidget* parent = nullptr);

    void addPage(Page* page);
    QList<Page*> pages() const { return m_pages; }
    Page* page(const QString& pageId) const;
    Page* currentPage() const;
    bool showPage(const QString& pageId);
    QListWidget* navigation() const { return m_navigation; }
    // Places feature actions (import, export …) in the File menu, above Quit.
    void addFileActions(const QList<QAction*>& actions);
    // Places the actions on files (New, Open, Recent …) at the top of the File menu.
    void addDocumentActions(const QList<QAction*>& actions);
    // True for a sample database: marked in the title and the status bar.
    bool isSampleData() const { return m_sample; }
    // "Tansiq — office — file", read again (after the office name is saved).
    void updateTitle();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    UiContext& m_context;
    bool m_sample = false;
    QLabel* m_sampleMark = nullptr;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QList<Page*> m_pages;
    QMenu* m_fileMenu;
    QMenu* m_editMenu;
    QAction* m_quit;
    QAction* m_undo;
    QAction* m_redo;
};

} // namespace tansiq::ui
