#include "ui/common/PlaceChip.h"

#include "core/registry/Registry.h"
#include "core/workspace/Workspace.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/PlaceSelection.h"
#include "ui/common/UiContext.h"

#include <QEvent>

namespace tansiq::ui {

PlaceChip::PlaceChip(UiContext& context, QWidget* parent) : QPushButton(parent), m_context(context)
{
    setObjectName(QStringLiteral("placeChip"));
    setCursor(Qt::PointingHandCursor);
    setStyleSheet(QStringLiteral(
        "QPushButton#placeChip { background: #e3f0fa; color: #0b4f7c; border: 1px solid #7fb2d9;"
        " border-radius: 11px; padding: 3px 12px; font-weight: bold; }"
        "QPushButton#placeChip:hover { background: #cfe4f5; }"));
    connect(this, &QPushButton::clicked, this, [this] { m_context.selection.setPcode({}); });
    connect(&context.selection, &PlaceSelection::changed, this, &PlaceChip::update);
    connect(&context.display, &DisplaySettings::changed, this, &PlaceChip::update);
    update();
}

void PlaceChip::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QPushButton::changeEvent(event);
}

void PlaceChip::update()
{
    const QString pcode = m_context.selection.pcode();
    setVisible(!pcode.isEmpty());
    if (pcode.isEmpty())
        return;
    QString name = pcode;
    if (const auto unit = m_context.workspace.registry().reference().adminUnit(pcode))
        name = m_context.display.pick(unit->nameEn, unit->nameAr);
    setText(tr("Place: %1 ✕").arg(name));
    setToolTip(tr("Only %1 is shown here, as chosen on the map. Click to show every place again.")
                   .arg(name));
}

} // namespace tansiq::ui
