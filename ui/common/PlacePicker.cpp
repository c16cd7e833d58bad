#include "ui/common/PlacePicker.h"

#include "core/common/Text.h"
#include "ui/common/DisplaySettings.h"

#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace tansiq::ui {

namespace {
constexpr int kMaxResults = 40;
}

PlacePicker::PlacePicker(QList<AdminUnit> units, const DisplaySettings& display, QWidget* parent)
    : QWidget(parent), m_display(display)
{
    for (AdminUnit& unit : units) {
        if (unit.level < 1)
            continue;
        const QString key = unit.nameEn + QLatin1Char(' ') + unit.nameAr + QLatin1Char(' ')
            + unit.altNames + QLatin1Char(' ') + unit.pcode;
        m_entries << Entry { std::move(unit), text::foldForSearch(key) };
    }
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("placeSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Type a place name or P-code"));
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("placeResults"));
    m_results->setMaximumHeight(110);
    m_results->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    connect(m_search, &QLineEdit::textEdited, this, &PlacePicker::search);
    connect(m_results, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { setPcode(item->data(Qt::UserRole).toString()); });
    connect(m_results, &QListWidget::itemClicked, this,
        [this](QListWidgetItem* item) { setPcode(item->data(Qt::UserRole).toString()); });
}

QString PlacePicker::label(const AdminUnit& unit) const
{
    const QString level = unit.level == 1 ? tr("governorate")
        : unit.level == 2                 ? tr("district")
        : unit.level == 3                 ? tr("sub-district")
                                          : tr("community");
    return tr("%1 (%2, %3)").arg(m_display.pick(unit.nameEn, unit.nameAr), level, unit.pcode);
}

void PlacePicker::search(const QString& typed)
{
    m_results->clear();
    // Until a place is chosen from the list, what was typed is taken as a P-code, so the
    // validator can say precisely what is wrong with it.
    // A P-code typed in small letters is the P-code; other text stays as typed, so the
    // refusal quotes what the person wrote.
    static const QRegularExpression pcodeLike(QStringLiteral("^[A-Za-z]{2}[0-9]*$"));
    m_pcode = typed.trimmed();
    if (pcodeLike.match(m_pcode).hasMatch())
        m_pcode = m_pcode.toUpper();
    emit pcodeChanged(m_pcode);
    const QString needle = text::foldForSearch(typed);
    if (needle.isEmpty()) {
        m_results->setVisible(false);
        return;
    }
    int shown = 0;
    for (const Entry& entry : std::as_const(m_entries)) {
        if (!entry.folded.contains(needle))
            continue;
        auto* item = new QListWidgetItem(label(entry.unit), m_results);
        item->setData(Qt::UserRole, entry.unit.pcode);
        if (++shown == kMaxResults)
            break;
    }
    m_results->setVisible(shown > 0);
}

void PlacePicker::setPcode(const QString& pcode)
{
    m_pcode = pcode;
    for (const Entry& entry : std::as_const(m_entries)) {
        if (entry.unit.pcode == pcode) {
            m_search->setText(label(entry.unit));
            break;
        }
    }
    if (pcode.isEmpty())
        m_search->clear();
    m_results->clear();
    m_results->setVisible(false);
    emit pcodeChanged(pcode);
}

} // namespace tansiq::ui
