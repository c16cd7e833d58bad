#pragma once

#include <QWidget>

namespace tansiq::ui {

// One screen of the main window. A page owns its widgets, knows its title in the current
// language and re-translates itself when the language changes while the application runs.
class Page : public QWidget {
    Q_OBJECT
public:
    explicit Page(QWidget* parent = nullptr) : QWidget(parent) { }

    virtual QString pageId() const = 0; // stable, for screenshots and tests: "activities"
    virtual QString title() const = 0; // translated
    // Re-reads what the page shows (after edits, a filter change or an import).
    virtual void refresh() { }
    // True while the page waits for a background query (screenshots and tests wait for it).
    virtual bool busy() const { return false; }
    // Shows the page at work for the screenshot tool (the bulletin page makes a bulletin);
    // true when it started something that paints in the background.
    virtual bool prepareScreenshot() { return false; }

signals:
    void titleChanged();

protected:
    virtual void retranslate() = 0;
    void changeEvent(QEvent* event) override;
    // For a page whose refresh keeps the analysis thread busy: true (and refresh() is called
    // again when the page is next shown) while the page is hidden. `if (deferredWhileHidden())
    // return;` first thing in refresh().
    bool deferredWhileHidden();
    void showEvent(QShowEvent* event) override;

private:
    bool m_stale = false; // refreshed while hidden: refresh when shown
};

} // namespace tansiq::ui
