#include "ui/bulletin/PagePreviewView.h"

#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace tansiq::ui {

namespace {
constexpr int kGap = 12; // around and between pages, in screen pixels
}

PagePreviewView::PagePreviewView(QWidget* parent) : QAbstractScrollArea(parent)
{
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalScrollBar()->setSingleStep(40);
    viewport()->setAutoFillBackground(false);
}

void PagePreviewView::setPages(QList<QImage> pages)
{
    m_pages = std::move(pages);
    verticalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

double PagePreviewView::scale() const
{
    if (m_pages.isEmpty() || m_pages.first().width() <= 0)
        return 1.0;
    const int available = std::max(50, viewport()->width() - 2 * kGap);
    return double(available) / m_pages.first().width();
}

int PagePreviewView::pageTop(int page) const
{
    int top = kGap;
    for (int i = 0; i < page && i < m_pages.size(); ++i)
        top += qRound(m_pages[i].height() * scale()) + kGap;
    return top;
}

int PagePreviewView::currentPage() const
{
    const int y = verticalScrollBar()->value();
    for (int page = int(m_pages.size()) - 1; page > 0; --page) {
        if (pageTop(page) <= y + kGap)
            return page;
    }
    return 0;
}

void PagePreviewView::updateScrollBars()
{
    const int total = m_pages.isEmpty() ? 0 : pageTop(int(m_pages.size()));
    QScrollBar* bar = verticalScrollBar();
    bar->setPageStep(viewport()->height());
    bar->setRange(0, std::max(0, total - viewport()->height()));
}

void PagePreviewView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void PagePreviewView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void PagePreviewView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().color(QPalette::Mid));
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const double s = scale();
    int top = kGap - verticalScrollBar()->value();
    for (const QImage& page : std::as_const(m_pages)) {
        const QRect target(kGap, top, qRound(page.width() * s), qRound(page.height() * s));
        if (target.bottom() >= 0 && target.top() <= viewport()->height()) {
            painter.fillRect(target.translated(2, 2), QColor(0, 0, 0, 60)); // a little shadow
            painter.drawImage(target, page);
        }
        top += target.height() + kGap;
    }
}

} // namespace tansiq::ui
