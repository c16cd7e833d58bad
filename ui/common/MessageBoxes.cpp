#include "ui/common/MessageBoxes.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace tansiq::ui {

void showIssues(QWidget* parent, const QString& summary, const Issues& issues)
{
    QMessageBox box(QMessageBox::Warning,
        QCoreApplication::translate("tansiq::ui::MessageBoxes", "Tansiq"), summary, QMessageBox::Ok,
        parent);
    box.setInformativeText(issuesToText(issues));
    box.exec();
}

} // namespace tansiq::ui
