#pragma once

#include "core/common/Issue.h"

#include <QString>

class QWidget;

namespace tansiq::ui {

// Readable, translated error reports: the issues' own messages (core translates them), one
// per line, under a short summary. Never a raw SQL or English-only dialog.
void showIssues(QWidget* parent, const QString& summary, const Issues& issues);

} // namespace tansiq::ui
