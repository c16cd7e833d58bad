#include "ui/analysis/AnalysisCatalog.h"

#include "core/engine/Calendar.h"
#include "core/engine/PivotEngine.h"
#include "core/engine/Snapshot.h"
#include "ui/common/DisplaySettings.h"

#include <QComboBox>

#include <algorithm>

namespace tansiq::ui {

AnalysisCatalog AnalysisCatalog::of(const engine::Snapshot& s)
{
    AnalysisCatalog out;
    for (const engine::SectorEntry& sector : s.sectors)
        out.sectors << CatalogEntry { sector.code, sector.nameEn, sector.nameAr };
    std::sort(out.sectors.begin(), out.sectors.end(),
        [](const CatalogEntry& a, const CatalogEntry& b) { return a.key < b.key; });
    for (const engine::OrgEntry& org : s.orgs) {
        const QString key = QString::fromLatin1(org.id.toHex());
        out.organisations << CatalogEntry { key, org.acronym + QStringLiteral(" — ") + org.nameEn,
            org.acronym + QStringLiteral(" — ")
                + (org.nameAr.isEmpty() ? org.nameEn : org.nameAr) };
    }
    std::sort(out.organisations.begin(), out.organisations.end(),
        [](const CatalogEntry& a, const CatalogEntry& b) {
            return QString::compare(a.labelEn, b.labelEn, Qt::CaseInsensitive) < 0;
        });
    if (s.liveCount() > 0) {
        const engine::Period horizon = engine::PivotEngine(s).horizon();
        for (int month = horizon.firstMonth; month <= horizon.lastMonth && out.months.size() < 1200;
             ++month)
            out.months << engine::calendar::monthLabel(month);
    }
    return out;
}

void fillCatalogCombo(QComboBox* combo, const QList<CatalogEntry>& entries, const QString& allText,
    const DisplaySettings& display)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker quiet(combo);
    if (combo->sizeAdjustPolicy() == QComboBox::AdjustToContentsOnFirstShow)
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents); // filled after the first show
    combo->clear();
    combo->addItem(allText, QString());
    for (const CatalogEntry& entry : entries)
        combo->addItem(display.pick(entry.labelEn, entry.labelAr), entry.key);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void fillMonthCombo(
    QComboBox* combo, const QStringList& months, const DisplaySettings& display, int fallback)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker quiet(combo);
    combo->clear();
    for (const QString& month : months)
        combo->addItem(display.date(month), month);
    int index = combo->findData(current);
    if (index < 0)
        index = fallback < 0 ? int(months.size()) - 1 : std::min(fallback, int(months.size()) - 1);
    combo->setCurrentIndex(index);
}

} // namespace tansiq::ui
