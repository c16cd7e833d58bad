#include "ui/common/ColumnFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tansiq::ui {

namespace {
constexpr int kMostLines = 3; // a header wraps to at most three lines
// Pixels kept free in a header: the ink of a last letter may pass its advance, and the sort
// indicator's room grows with the header's height.
constexpr int kSlack = 4;
constexpr int kManyLines = 1000;

// The header's text as QHeaderView measures it: bold, whichever section is bold when shown.
QFont headerFont(const QHeaderView& header)
{
    QFont font = header.font();
    font.setBold(true);
    return font;
}

QString headerText(const QTableView& table, int column)
{
    return table.model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

// The height of a header whose text takes one line, as the style sizes it.
int oneLine(const QHeaderView& header)
{
    QStyleOptionHeader option;
    option.initFrom(&header);
    option.orientation = Qt::Horizontal;
    option.text = QStringLiteral("X");
    option.fontMetrics = QFontMetrics(headerFont(header));
    return header.style()
        ->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), &header)
        .height();
}

// The lines `text` takes wrapped at `width` as the header draws it (Qt::TextWordWrap: between
// words, or after a hyphen); many when a word does not fit.
int linesAt(const QFont& font, const QString& text, int width)
{
    if (text.isEmpty())
        return 1;
    if (width <= 0)
        return kManyLines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    int lines = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (line.naturalTextWidth() > width) {
            lines = kManyLines;
            break;
        }
        ++lines;
    }
    layout.endLayout();
    return std::max(lines, 1);
}

// The narrowest width at which `text` takes at most `lines` lines.
int widthIn(const QFont& font, const QString& text, int lines)
{
    int low = 1;
    int high = QFontMetrics(font).horizontalAdvance(text) + 1;
    while (low < high) {
        const int middle = (low + high) / 2;
        if (linesAt(font, text, middle) <= lines)
            high = middle;
        else
            low = middle + 1;
    }
    return high;
}
} // namespace

ColumnFitter::ColumnFitter(QTableView* table) : QObject(table), m_table(table)
{
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(header->defaultAlignment() | Qt::Alignment(Qt::TextWordWrap));
    header->setTextElideMode(Qt::ElideNone); // wrapped, never cut
    // By default no section is narrower than the font's widest glyph (98 px with Noto Sans
    // Arabic, whose widest is a ligature): every short number column took 98 px.
    header->setMinimumSectionSize(header->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 3
        + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header));
    table->viewport()->installEventFilter(this);
    // A column resized by hand stays as the user left it; the last one follows the view.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] {
        if (!m_userSized && !m_measured.isEmpty())
            fit(); // the sort indicator moved to another section
    });
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        QHeaderView* header = m_table->horizontalHeader();
        const bool stretched = header->stretchLastSection()
            && header->visualIndex(logical) == header->count() - 1 - header->hiddenSectionCount();
        const bool byHand = header->sectionResizeMode(logical) == QHeaderView::Interactive;
        if (!m_fitting && !stretched && byHand) {
            m_userSized = true;
            fitHeaderHeight();
        }
    });
}

void ColumnFitter::fit()
{
    QHeaderView& header = *m_table->horizontalHeader();
    const QFont font = headerFont(header);
    const int margin = header.style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, &header);
    // Public in QAbstractItemView: the view's own sampling (the header's resize precision).
    const QAbstractItemView& view = *m_table;
    m_measured.clear();
    m_fitting = true;
    QList<int> sorted;
    QList<int> unsorted;
    const bool indicator = header.isSortIndicatorShown();
    for (int column = 0; column < header.count(); ++column)
        sorted << header.sectionSizeHint(column);
    header.setSortIndicatorShown(false);
    for (int column = 0; column < header.count(); ++column)
        unsorted << header.sectionSizeHint(column);
    header.setSortIndicatorShown(indicator);
    m_fitting = false;
    for (int column = 0; column < header.count(); ++column) {
        Measure measure;
        measure.content = std::max(0, view.sizeHintForColumn(column));
        const QString text = headerText(*m_table, column);
        // The header's margins, and room for the sort indicator (Qt's own reservation) only in
        // the section that shows it (fitted again when the sorting changes).
        measure.overhead = 2 * margin
            + (column == header.sortIndicatorSection() ? sorted.at(column) - unsorted.at(column)
                                                       : 0);
        measure.header << 0; // lines counted from one
        for (int lines = 1; lines <= kMostLines; ++lines)
            measure.header << measure.overhead + widthIn(font, text, lines) + kSlack;
        m_measured << measure;
    }
    m_userSized = false;
    distribute();
}

QList<int> ColumnFitter::widthsFor(int room) const
{
    const int count = int(m_measured.size());
    QList<int> shown;
    for (int column = 0; column < count; ++column) {
        if (!m_table->isColumnHidden(column))
            shown << column;
    }
    // What each column needs with its header in `lines` lines.
    const auto needs = [this](int column, int lines) {
        const Measure& m = m_measured.at(column);
        return std::max(m.content, m.header.at(lines));
    };
    const auto total = [&](int lines) {
        int sum = 0;
        for (const int column : shown)
            sum += needs(column, lines);
        return sum;
    };
    // The fewest header lines at which the table fits.
    int lines = 1;
    while (lines < kMostLines && total(lines) > room)
        ++lines;
    QList<int> widths(count, 0);
    for (const int column : shown)
        widths[column] = needs(column, lines);
    if (total(lines) <= room) {
        // Room left: headers on fewer lines, those that cost least first.
        int spare = room - total(lines);
        for (int fewer = lines - 1; fewer >= 1; --fewer) {
            QList<int> costly;
            for (const int column : shown) {
                if (needs(column, fewer) > widths.at(column))
                    costly << column;
            }
            std::sort(costly.begin(), costly.end(), [&](int a, int b) {
                return needs(a, fewer) - widths.at(a) < needs(b, fewer) - widths.at(b);
            });
            for (const int column : costly) {
                const int more = needs(column, fewer) - widths.at(column);
                if (more > spare)
                    break;
                widths[column] += more;
                spare -= more;
            }
        }
        return widths;
    }
    // Too wide even so: the widest columns come down to a common width (a level), each at most
    // to its floor (its header, or eight letters of an 'x's width: an Arabic font's "average"
    // letter is a wide one), until the table fits.
    const int letters = m_table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 8;
    QList<int> floors(count, 0);
    for (const int column : shown) {
        floors[column] = std::min(
            widths.at(column), std::max(m_measured.at(column).header.at(lines), letters));
    }
    const auto widthAt = [&](int level) {
        int sum = 0;
        for (const int column : shown)
            sum += std::max(floors.at(column), std::min(widths.at(column), level));
        return sum;
    };
    // Two pixels inside the room: a table cut to the pixel showed a scroll bar for one column.
    const int inside = room - 2;
    int low = 0;
    int high = *std::max_element(widths.begin(), widths.end());
    while (low < high) { // the highest level at which the table fits
        const int middle = (low + high + 1) / 2;
        if (widthAt(middle) <= inside)
            low = middle;
        else
            high = middle - 1;
    }
    int spare = inside - widthAt(low);
    for (const int column : shown) {
        const int wanted = widths.at(column);
        widths[column] = std::max(floors.at(column), std::min(wanted, low));
        // What the level leaves (less than a pixel a column) goes to the first columns cut.
        const int more = std::min(spare, wanted - widths.at(column));
        if (more > 0) {
            widths[column] += more;
            spare -= more;
        }
    }
    return widths;
}

void ColumnFitter::distribute()
{
    if (m_measured.isEmpty() || m_userSized)
        return;
    m_fitting = true;
    const QList<int> widths = widthsFor(m_table->viewport()->width());
    const int count = int(std::min<qsizetype>(widths.size(), m_table->horizontalHeader()->count()));
    for (int column = 0; column < count; ++column) {
        if (!m_table->isColumnHidden(column))
            m_table->setColumnWidth(column, widths.at(column));
    }
    m_fitting = false;
    fitHeaderHeight();
}

void ColumnFitter::fitHeaderHeight()
{
    QHeaderView* header = m_table->horizontalHeader();
    if (m_measured.size() != header->count())
        return;
    const QFont font = headerFont(*header);
    int lines = 1;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        // The room the style gives the text (the slack is for choosing widths, not drawing).
        const int label = header->sectionSize(column) - m_measured.at(column).overhead;
        lines = std::max(lines, linesAt(font, headerText(*m_table, column), label));
    }
    lines = std::min(lines, kMostLines); // a column narrowed by hand: cut there
    const int height
        = lines > 1 ? oneLine(*header) + (lines - 1) * QFontMetrics(font).lineSpacing() : 0;
    if (height != header->minimumHeight()) {
        header->setMinimumHeight(height);
        // The view places its header and viewport again (QTableView takes the larger of the
        // header's minimum and hinted heights).
        QMetaObject::invokeMethod(m_table, "updateGeometries", Qt::QueuedConnection);
    }
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event)
{
    // Laid out again once the resize is over: setting widths may show or hide a scroll bar,
    // which resizes the viewport again while the widths are being set.
    if (watched == m_table->viewport() && event->type() == QEvent::Resize && !m_pending) {
        m_pending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pending = false;
                distribute();
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tansiq::ui
