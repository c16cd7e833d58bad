#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace tansiq::engine {
class PivotTableModel;
}

namespace tansiq::ui {

// Writes the pivot on screen to a CSV file that Excel opens with Arabic intact: UTF-8 with a
// byte order mark, CRLF line ends, headers and member names in the interface language, a
// code column (P-code, acronym, month...) for machines, figures with Latin digits and a dot
// (coverage as a percentage). Written through QSaveFile: a failed export leaves any earlier
// file untouched.
class PivotCsv {
    Q_DECLARE_TR_FUNCTIONS(tansiq::ui::PivotCsv)
public:
    static Status write(const engine::PivotTableModel& model, const QString& path);
    static QByteArray text(const engine::PivotTableModel& model);
};

} // namespace tansiq::ui
