#pragma once

class QLabel;
class QWidget;

namespace tansiq::ui::setup {

// The assistant's two kinds of text: a step's heading and a wrapped paragraph.
QLabel* heading(QWidget* parent);
QLabel* paragraph(QWidget* parent);

} // namespace tansiq::ui::setup
