#pragma once

#include <QAbstractScrollArea>
#include <QImage>
#include <QList>

namespace tansiq::ui {

// The bulletin preview where Qt Pdf is missing (Windows, docs/decisions/0097): the pages drawn
// from the bulletin's own layout (report::PageImages), one under the other on a grey desk,
// each fitted to the width, scrolled like a PDF viewer.
class PagePreviewView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit PagePreviewView(QWidget* parent = nullptr);

    void setPages(QList<QImage> pages);
    void clear() { setPages({}); }
    int pageCount() const { return int(m_pages.size()); }
    const QList<QImage>& pages() const { return m_pages; }
    // The page drawn at the top of the view (0 when empty).
    int currentPage() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    double scale() const;
    int pageTop(int page) const;
    void updateScrollBars();

    QList<QImage> m_pages;
};

} // namespace tansiq::ui
