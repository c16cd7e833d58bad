#pragma once

#include "core/registry/Need.h"
#include "ui/registry/RecordListPage.h"

namespace tansiq::ui {

class NeedModel;

// Needs (severity and people in need per place and sector), narrowed to the place chosen on
// the map when there is one.
class NeedsPage : public RecordListPage {
    Q_OBJECT
public:
    explicit NeedsPage(UiContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("needs"); }
    QString title() const override { return tr("Needs"); }
    void refresh() override;

protected:
    void addRecord() override;
    void editRecord(int sourceRow) override;
    void removeRecord(int sourceRow) override;
    void retranslate() override;

private:
    void openEditor(std::optional<Need> need);

    NeedModel* m_model;
};

} // namespace tansiq::ui
