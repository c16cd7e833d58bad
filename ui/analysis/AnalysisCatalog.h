#pragma once

#include <QList>
#include <QString>

class QComboBox;

namespace tansiq::engine {
struct Snapshot;
}

namespace tansiq::ui {

class DisplaySettings;

// What the analysis pages offer in their filter lists, read from the same snapshot the engine
// queries (on the analysis thread), so a list never names something the engine does not know.
// Entries carry stable keys (sector code, organisation id, 'YYYY-MM'), never snapshot indices,
// which change from one snapshot to the next.
struct CatalogEntry {
    QString key;
    QString labelEn;
    QString labelAr;
};

struct AnalysisCatalog {
    QList<CatalogEntry> sectors; // key: sector code
    QList<CatalogEntry> organisations; // key: id in hex
    QStringList months; // 'YYYY-MM', first to last month of the data

    static AnalysisCatalog of(const engine::Snapshot& snapshot);
};

// Refills `combo` with an "all" entry (empty key) and the entries in the interface language,
// keeping the current choice when it is still offered.
void fillCatalogCombo(QComboBox* combo, const QList<CatalogEntry>& entries, const QString& allText,
    const DisplaySettings& display);
// Refills a month combo ("YYYY-MM" data, the user's digits); `fallback` chooses the index
// when the previous month is not offered (-1: the last).
void fillMonthCombo(
    QComboBox* combo, const QStringList& months, const DisplaySettings& display, int fallback);

} // namespace tansiq::ui
