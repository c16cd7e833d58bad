#pragma once

#include <QPushButton>

namespace tansiq::ui {

struct UiContext;

// The visible trace of the place chosen on the map (or elsewhere) on a page it filters:
// «الموقع: دير الزور ✕». Hidden while no place is chosen; a click clears the choice for every
// page at once. No page is ever filtered silently.
class PlaceChip : public QPushButton {
    Q_OBJECT
public:
    explicit PlaceChip(UiContext& context, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void update();

    UiContext& m_context;
};

} // namespace tansiq::ui
