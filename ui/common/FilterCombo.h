#pragma once

#include <QComboBox>

class QCompleter;

namespace tansiq::ui {

class FoldingFilterProxy;

// A drop-down that narrows its list as you type: the typed text is folded like every other
// search (text::foldForSearch: Arabic diacritics and letter variants, Latin case and accents)
// and matched against each entry's search text (both names, a code, an acronym), so Arabic or
// Latin finds an entry whatever the interface language. Choosing from the narrowed list sets
// the entry; leaving the field when one entry is left chooses it, otherwise the current entry
// comes back. The one picker behind the project, organisation and activity-type fields.
class FilterCombo : public QComboBox {
    Q_OBJECT
public:
    explicit FilterCombo(QWidget* parent = nullptr);

    // `searchText` is matched besides the label (e.g. the name in the other language).
    void addEntry(const QString& label, const QVariant& data, const QString& searchText = {});
    // Selects the entry holding `data`; the first entry when none does.
    void setCurrentData(const QVariant& data);
    // The entries the typed text leaves (in the list the popup shows).
    const QAbstractItemModel* matches() const;
    // Chooses the n-th entry left by the typed text, as a click in the list would.
    void chooseMatch(int n);

signals:
    // The person chose an entry (from the list or by leaving the field on a single match).
    void chosen();

private:
    void narrow(const QString& typed);
    void settle();

    FoldingFilterProxy* m_proxy;
    QCompleter* m_completer;
};

} // namespace tansiq::ui
