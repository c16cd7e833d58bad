#pragma once

#include <QIdentityProxyModel>

namespace tansiq::ui {

class DisplaySettings;

// Shows the engine's models (which format with the language's locale) in the digits the user
// chose: every displayed figure and header goes through DisplaySettings. Numbers are aligned
// to the trailing edge (the left in Arabic). Optionally sets the last row and column (totals)
// in bold.
class DigitsProxy : public QIdentityProxyModel {
    Q_OBJECT
public:
    explicit DigitsProxy(const DisplaySettings& display, QObject* parent = nullptr);

    void setBoldTotals(bool bold) { m_boldTotals = bold; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Any Arabic-Indic or Latin digits and separators in `text` written the user's way.
    static QString redigit(const QString& text, const DisplaySettings& display);

private:
    QVariant shown(const QVariant& value) const;

    const DisplaySettings& m_display;
    bool m_boldTotals = false;
};

} // namespace tansiq::ui
